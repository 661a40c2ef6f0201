import { word } from '../i18n/words';
import type { GridCell } from '../sheet/grid';
import { parseDeadline, serialToIso } from './deadline';

/**
 * A date cell shown as a Chinese reader sees it, whatever number format the file carries: SheetJS formats Excel's
 * built-in date formats (numFmt 14, 22, 31, 57, 58 and the locale ones) with US patterns ("12/31/26"), while a
 * Chinese Excel or WPS shows 2026/12/31 or 2026年12月31日 (NOTES.md, Files). The summary and every message use
 * 2026年12月31日, the style of the notice (临政办字〔2026〕2号 dates its text "2026年1月15日").
 */

/** The parts of a date a number format shows: year, month, day; time-only formats show none. */
export interface DateParts {
  year: boolean;
  month: boolean;
  day: boolean;
}

/**
 * Which date parts a number format code shows (first section; quoted text, escapes, [brackets] and fill/padding
 * ignored; "m" next to h or s is minutes). Undefined format (the reader could not tell): all three.
 */
export function dateParts(format: string | undefined): DateParts {
  if (!format) return { year: true, month: true, day: true };
  let s = format.split(';')[0];
  // Built-in ids some readers give instead of a code: numFmt 14 (short date), 31 (long date), 57, 58.
  if (/^\d+$/.test(s.trim())) return { year: true, month: true, day: true };
  s = s
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '')
    .toLowerCase();
  // Minutes: an m run after h or before s.
  const noMinutes = s.replace(/(h+[^a-z]*)m+/g, '$1').replace(/m+([^a-z]*s)/g, '$1');
  return { year: /y|e/.test(noMinutes), month: /m/.test(noMinutes), day: /d/.test(noMinutes) };
}

/**
 * The Chinese text of a date serial (1900 date system, see `serialToIso`) under `format`: 2026年12月31日 when the
 * format shows a day (or is unknown), 2026年12月 for a month format (yyyy年m月, mmm-yy), 2026年 for a year only;
 * undefined for a time-only format (h:mm), a serial outside Excel's range, or NaN (callers keep the shown text).
 */
export function chineseDateText(serial: number, format?: string): string | undefined {
  const iso = serialToIso(serial);
  if (!iso) return undefined;
  const parts = dateParts(format);
  if (!parts.year && !parts.month && !parts.day) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  if (parts.day) return `${y}年${m}月${d}日`;
  if (parts.month) return `${y}年${m}月`;
  return `${y}年`;
}

/**
 * An ISO day (yyyy-mm-dd, as the core keeps dates) in the notice's style: "2026-12-02" -> "2026年12月2日"; a text
 * that is no ISO day is returned as it is (trimmed).
 */
export function chineseIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? word('date-day', 'zh-CN', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : iso.trim();
}

/**
 * 完成时限 as the summary shows it, normalised and in the notice's words (issue 12): a day as 2026年12月31日; a month,
 * quarter, half year or year as the month it ends (2026年12月底, 2026.12, 年底 -> 2026年12月; 第三季度 -> 2026年9月); a
 * standing task as 长期坚持; '' for blank; anything else kept verbatim and flagged: "尽快（无法识别）" (`readable`
 * false). `raw` is the cell as read (a date serial, a number or text), `year` the plan year for texts without one.
 */
export function deadlineShown(raw: GridCell | string | undefined, year: number): { text: string; readable: boolean } {
  const d = parseDeadline(raw ?? '', year);
  if (d.kind === 'empty') return { text: '', readable: true };
  if (d.kind === 'ongoing') return { text: word('summary-deadline-ongoing', 'zh-CN'), readable: true };
  if (d.kind === 'unreadable') return { text: word('summary-deadline-unreadable', 'zh-CN', { text: d.text }), readable: false };
  // A date cell shown as a month (yyyy"年"m"月") is a month, as the reader's text of it says.
  const shownAs = typeof raw === 'object' && raw.isDate === true && typeof raw.text === 'string' ? parseDeadline(raw.text, year) : undefined;
  const precision = shownAs?.kind === 'date' ? shownAs.precision : d.precision;
  const [y, m, day] = d.iso.split('-').map(Number);
  return { text: word(precision === 'day' ? 'date-day' : 'date-month', 'zh-CN', { year: y, month: m, day }), readable: true };
}
