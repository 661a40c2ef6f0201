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

/** Days after a quarter's end during which that quarter is still the one being reported. */
const REPORTING_GRACE_DAYS = 20;

/**
 * The quarter being reported on a given day: the quarter of (today − 20 days). Quarterly progress tables are filled
 * in the last weeks of a quarter and the first weeks after it (区妇联按季度开展工作统筹调度), so 10 October still
 * reports 第三季度, 25 October 第四季度, 5 January the past year's 第四季度 and 20 December 第四季度.
 *
 * `today` is a Date (its local calendar day is used, as the user sees it) or a text starting with an ISO date
 * `YYYY-MM-DD` (anything after the date, such as a time, is ignored). Only the quarter is returned, not the year.
 * Throws RangeError for an invalid Date or a text that does not start with a valid ISO date.
 */
export function defaultQuarter(today: Date | string): Quarter {
  let y: number;
  let m: number;
  let d: number;
  if (typeof today === 'string') {
    const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(toHalfWidth(today));
    if (!match) throw new RangeError(`not an ISO date: ${today}`);
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (m < 1 || m > 12 || d < 1 || d > 31) throw new RangeError(`not an ISO date: ${today}`);
  } else {
    if (Number.isNaN(today.getTime())) throw new RangeError('invalid Date');
    [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  }
  const reported = new Date(Date.UTC(y, m - 1, d - REPORTING_GRACE_DAYS));
  return (Math.floor(reported.getUTCMonth() / 3) + 1) as Quarter;
}
