import { toHalfWidth } from './normalize';

/** Chinese digits a year is written with, one by one (二〇二六年, 二零二六年). */
const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const CN_YEAR = '[〇零一二三四五六七八九]{4}';
/** A month right after 年: the year of a date (2025年10月8日, 2026年12月底, 二〇二五年十月), not of a table. */
const NOT_A_DATE = '(?!\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月)';
/** What follows a year that names a table's year: 年 (2026年, 2026年度, 2026年第三季度), a quarter (2026Q3, 2026-Q3, 2026三季度). */
const YEAR_PATTERNS: RegExp[] = [
  new RegExp(`(?<!\\d)((?:19|20)\\d{2})\\s*年${NOT_A_DATE}`, 'g'),
  new RegExp(`(${CN_YEAR})\\s*年${NOT_A_DATE}`, 'g'),
  /(?<!\d)((?:19|20)\d{2})\s*[-_]?\s*(?:[Qq][1-4](?![0-9])|第?[一二三四1-4]\s*季度)/g,
];
/** Two years joined as a span (2025—2027年, 2025年至2027年): such a text names no single year. */
const YEAR_SPAN = /(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}/;

/**
 * The year (计划年度) a title, sheet name or file name names, or undefined: 2026年, 2026年度, 2026年第三季度,
 * 二〇二六年, 2026Q3, 2026-Q3, 2026三季度, full-width digits too. A year followed by a month (2025年10月8日, 2026年12月底)
 * is a date's, not the table's, and is not read: a Q4 table is often filled in January of the next year. Undefined when
 * the text names no year (1900..2099), several different ones, or a span of years (2025—2027年).
 */
export function parseYear(text: string): number | undefined {
  const t = toHalfWidth(text);
  if (YEAR_SPAN.test(t)) return undefined;
  const found = new Set<number>();
  for (const re of YEAR_PATTERNS) {
    for (const m of t.matchAll(re)) {
      const year = Number([...m[1]].map((ch) => CN_YEAR_DIGITS[ch] ?? ch).join(''));
      if (year >= 1900 && year <= 2099) found.add(year);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
