import type { Quarter } from '../spec/schema';
import { toHalfWidth } from './normalize';

/** Chinese quarter labels, index 0 = quarter 1: 第一季度 … 第四季度. */
export const QUARTER_LABELS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

/** "第三季度" for 3. Throws RangeError for anything but 1..4. */
export function quarterLabel(q: number): string {
  if (!isQuarter(q)) throw new RangeError(`quarter must be 1, 2, 3 or 4, got ${q}`);
  return QUARTER_LABELS[q - 1];
}

/** True for 1, 2, 3, 4. */
export function isQuarter(q: unknown): q is Quarter {
  return q === 1 || q === 2 || q === 3 || q === 4;
}

const CN: Record<string, Quarter> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The quarter named in a text, or undefined: 第三季度, 三季度, 第3季度, 3季度, Q3, 2026Q3, 2026年第3季度,
 * 前三季度 (read as 3), full-width forms too. Returns undefined when the text names no quarter or several different ones.
 */
export function parseQuarter(text: string): Quarter | undefined {
  const t = toHalfWidth(text);
  const found = new Set<Quarter>();
  for (const m of t.matchAll(/([一二三四1-4])\s*季度/g)) found.add(CN[m[1]]);
  for (const m of t.matchAll(/(?:^|[^A-Za-z])[Qq]([1-4])(?![0-9])/g)) found.add(CN[m[1]]);
  return found.size === 1 ? [...found][0] : undefined;
}
