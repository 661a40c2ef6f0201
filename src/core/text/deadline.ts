import type { GridCell } from '../sheet/grid';
import { toHalfWidth } from './normalize';

/**
 * 完成时限 (deadline) as written in a progress table, normalised.
 *
 * - `date`: a day, ISO `yyyy-mm-dd`, always the END of the period written (end-of-period semantics):
 *   2026年12月底 / 2026.12 / 12月 -> the month's last day; 年底 / 年内 / 全年 / 2026年 -> 12-31; 上半年 -> 06-30;
 *   下半年 -> 12-31; 第一季度 … 第四季度 -> 03-31, 06-30, 09-30, 12-31. `precision` says what was written.
 * - `ongoing`: a standing task without an end (长期坚持, 长期, 持续推进, 持续开展, 常态化, 长效, 常年, 每年, 每季度).
 * - `empty`: nothing written (blank, spaces incl. U+3000).
 * - `unreadable`: something written that is none of the above; `text` is what was written (trimmed).
 */
export type Deadline =
  | { kind: 'date'; iso: string; precision: DeadlinePrecision }
  | { kind: 'ongoing' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; text: string };

/** What a date deadline was written as: a day, a month, a quarter, a half year or a whole year. */
export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** Last day of month `m` (1..12) of year `y` (UTC arithmetic, no time zone). */
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date deadline, or undefined when y/m/d is not a real day (2026-02-30, month 13, year outside 1900..2999). */
function day(y: number, m: number, d: number, precision: DeadlinePrecision): Deadline | undefined {
  if (!Number.isInteger(y) || y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { kind: 'date', iso: iso(y, m, d), precision };
}

function endOfMonth(y: number, m: number): Deadline | undefined {
  if (m < 1 || m > 12) return undefined;
  return day(y, m, daysInMonth(y, m), 'month');
}

/**
 * The ISO day of an Excel serial day number in the 1900 date system (Windows Excel's default; WPS too).
 * Excel counts 1900-02-29, a day that never was (the Lotus 1-2-3 bug): serial 1 = 1900-01-01, 59 = 1900-02-28,
 * 60 = the fictitious 1900-02-29 (returned as 1900-02-28, the nearest real day), 61 = 1900-03-01, 46022 = 2025-12-31.
 * A fractional part (time of day) is dropped. Returns undefined outside 1 .. 2958465 (9999-12-31) or for NaN.
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  const offset = whole < 60 ? whole : whole === 60 ? 59 : whole - 1;
  const ms = Date.UTC(1899, 11, 31) + offset * 86400000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The Excel serial day number (1900 date system, as `serialToIso` reads it) of an ISO day "yyyy-mm-dd" from
 * 1900-03-01 on (the days after the fictitious 1900-02-29): 2026-12-31 = 46387. Returns undefined for text that is
 * not an ISO day or a day before 1900-03-01.
 */
export function isoToSerial(isoDay: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return undefined;
  const serial = (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86400000;
  return serial >= 61 ? serial : undefined;
}

/** Words of a standing task with no end date. */
const ONGOING = /^(长期坚持|长期推进|长期开展|长期|持续推进|持续开展|持续|常态化(开展|推进)?|长效(机制)?|常年(开展)?|每年|每季度|每月|常态长效)$/;

/** Trailing words that do not change the meaning: 前 / 之前 / 以前 / 止 / 截止 / 完成 / 内. */
const TRAIL = /(之前|以前|前|为止|止|截止|完成|结束)$/;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** Parse one piece of deadline text (half-width, no spaces) in plan year `year`. */
function parseText(t: string, year: number): Deadline | undefined {
  let m: RegExpExecArray | null;
  if (ONGOING.test(t)) return { kind: 'ongoing' };
  const s = t.replace(TRAIL, '').replace(TRAIL, '');
  if (s === '') return undefined;
  if (ONGOING.test(s)) return { kind: 'ongoing' };
  // yyyy年m月d日, yyyy-m-d, yyyy/m/d, yyyy.m.d, yyyymmdd
  if ((m = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?号?$/.exec(s))) return day(+m[1], +m[2], +m[3], 'day');
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return day(+m[1], +m[2], +m[3], 'day');
  // yyyy年m月(底|末|份|中旬|下旬), yyyy.m, yyyy-m, yyyy/m
  if ((m = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月(?:份)?)?(?:底|末|下旬|中旬|上旬)?$/.exec(s))) return endOfMonth(+m[1], +m[2]);
  // m月d日 (plan year)
  if ((m = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(s))) return day(year, +m[1], +m[2], 'day');
  // m月(底|末|份)
  if ((m = /^(\d{1,2})月(?:份)?(?:底|末|下旬|中旬|上旬)?$/.exec(s))) return endOfMonth(year, +m[1]);
  // (yyyy年)? 年底 / 年末 / 年内 / 全年 / 年度 / 本年度 / 底
  if ((m = /^(?:(\d{4})年?)?(?:年底|年末|年内|全年|年度内?|本年度?内?|当年|底|末)?$/.exec(s))) {
    if (m[1] === undefined && s.length === 0) return undefined;
    const y = m[1] === undefined ? year : +m[1];
    const d = day(y, 12, 31, 'year');
    return d;
  }
  // (yyyy年)? 上半年 / 下半年
  if ((m = /^(?:(\d{4})年?)?(上|下)半年(?:底|末)?$/.exec(s))) {
    const y = m[1] === undefined ? year : +m[1];
    return m[2] === '上' ? day(y, 6, 30, 'half') : day(y, 12, 31, 'half');
  }
  // (yyyy年)? 第一季度 / 一季度 / 第1季度 / Q1 (…末/底)
  if ((m = /^(?:(\d{4})年?)?(?:第?([一二三四1-4])季度|[Qq]([1-4]))(?:末|底)?$/.exec(s))) {
    const y = m[1] === undefined ? year : +m[1];
    const qs = m[2] ?? m[3];
    const q = CN_DIGIT[qs] ?? Number(qs);
    const month = q * 3;
    const d = day(y, month, daysInMonth(y, month), 'quarter');
    return d;
  }
  return undefined;
}

/** Range separators: the end of a range is its deadline (2026年6月至12月 -> 12-31 of the plan year). */
const RANGE = /(?:至|到|~|～|—|–|－－|--)/;

/**
 * Parse a 完成时限 cell (or its text or number) for plan year `year` (e.g. 2026; used when the text names no year:
 * 12月31日前, 12月底, 年底, 上半年, 第四季度). Never throws.
 *
 * Accepted, with what they mean (always the end of the period, see `Deadline`):
 * - a date cell (`isDate`) or a date serial (Excel 1900 system, see `serialToIso`) -> that day;
 * - a number 2026 -> 2026-12-31 (a year); a number 2026.12 (what Excel keeps when 2026.12 is typed) -> 2026-12-31
 *   (the displayed text decides 2026.1 vs 2026.10 when it shows it; otherwise 2026.1 is January);
 * - a bare number between 36526 (2000-01-01) and 73051 (2100-01-01) -> a serial that lost its date format;
 * - text: 2026年12月31日, 2026-12-31, 2026/12/31, 2026.12.31, 20261231 -> that day; 2026年12月底, 2026年12月,
 *   2026.12, 2026-12, 2026/12 -> the month's last day; 12月31日(前) -> that day of `year`; 12月底 / 12月 / 12月份 ->
 *   end of that month of `year`; 年底 / 年末 / 年内 / 全年 / 本年度 / 2026年底 -> 12-31; 上半年 -> 06-30;
 *   下半年 -> 12-31; 第一季度 / 一季度 / Q1 … -> the quarter's last day; a range (6月至12月) -> its end;
 *   trailing 前 / 之前 / 以前 / 止 / 完成 are ignored (6月前 = by the end of June);
 * - 长期坚持, 长期, 持续推进, 持续开展, 常态化, 长效, 常年, 每年, 每季度 -> ongoing.
 * Full-width digits and spaces (incl. U+3000) are tolerated. Anything else is `unreadable` with the text.
 */
export function parseDeadline(cell: GridCell | string | number | null | undefined, year: number): Deadline {
  if (cell === null || cell === undefined) return { kind: 'empty' };
  if (typeof cell === 'number') return parseNumber(cell, undefined, false);
  if (typeof cell === 'string') return parseString(cell, year);
  const v = cell.value;
  if (v === null || v === undefined) return isBlankText(cell.text) ? { kind: 'empty' } : parseString(String(cell.text), year);
  if (typeof v === 'number') return parseNumber(v, typeof cell.text === 'string' ? cell.text : undefined, cell.isDate === true);
  if (typeof v === 'boolean') return { kind: 'unreadable', text: String(v).toUpperCase() };
  return parseString(String(v), year);
}

function isBlankText(t: unknown): boolean {
  return typeof t !== 'string' || toHalfWidth(t).trim() === '';
}

function parseNumber(n: number, text: string | undefined, isDate: boolean): Deadline {
  const shown = text !== undefined && !isBlankText(text) ? text.trim() : String(n);
  if (!Number.isFinite(n)) return { kind: 'unreadable', text: shown };
  if (isDate) {
    const d = serialToIso(n);
    return d ? { kind: 'date', iso: d, precision: 'day' } : { kind: 'unreadable', text: shown };
  }
  if (Number.isInteger(n) && n >= 1900 && n <= 2999) return day(n, 12, 31, 'year') ?? { kind: 'unreadable', text: shown };
  if (n > 1900 && n < 3000) {
    // 2026.12 typed into a General cell is kept as the number 2026.12; the text shows what was typed.
    const fromText = text !== undefined ? /^\s*(\d{4})\.(\d{1,2})\s*$/.exec(toHalfWidth(text)) : null;
    const y = Math.floor(n);
    const frac = /^\d{4}\.(\d{1,2})$/.exec(String(n));
    const month = fromText ? Number(fromText[2]) : frac ? Number(frac[1]) : NaN;
    return endOfMonth(y, month) ?? { kind: 'unreadable', text: shown };
  }
  if (n >= 36526 && n < 73051) {
    const d = serialToIso(n);
    if (d) return { kind: 'date', iso: d, precision: 'day' };
  }
  // A number in a date-formatted cell the reader did not mark as a date.
  return { kind: 'unreadable', text: shown };
}

function parseString(raw: string, year: number): Deadline {
  const t = toHalfWidth(raw).replace(/\s+/g, '');
  if (t === '') return { kind: 'empty' };
  const whole = parseText(t, year);
  if (whole) return whole;
  const parts = t.split(RANGE).filter((p) => p !== '');
  if (parts.length === 2) {
    const first = parseText(parts[0], year);
    let end = parseText(parts[1], year);
    // 2026年6月至12月: the end borrows the start's year.
    const y = /^(\d{4})年/.exec(parts[0]);
    if (y && !/^\d{4}/.test(parts[1])) end = parseText(`${y[1]}年${parts[1]}`, year) ?? end;
    if (first && end) return end;
  }
  return { kind: 'unreadable', text: raw.trim() };
}

/**
 * A calendar day written as text or a cell (填报日期：2026年10月8日, 2026-10-08, a date cell), ISO yyyy-mm-dd, or
 * undefined when it is blank, not a single day (a month, 年底, 长期) or unreadable. `year` fills 10月8日.
 */
export function parseDay(cell: GridCell | string | number | null | undefined, year: number): string | undefined {
  const d = parseDeadline(cell, year);
  return d.kind === 'date' && d.precision === 'day' ? d.iso : undefined;
}

/** Year of an ISO day "2026-12-31" -> 2026. */
export function isoYear(isoDay: string): number {
  return Number(isoDay.slice(0, 4));
}
