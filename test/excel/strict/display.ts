import type { Cell } from './model';

/**
 * `Range.text` of the strict host: what Excel shows for a cell, for the number formats the tests meet — General,
 * text (@), fixed decimals (0, 0.00), percent (0%, 0.0%) and date formats built from y / m / d with literal text
 * ("yyyy/m/d", 'yyyy"年"m"月"d"日"', "yyyy-mm-dd", "m/d/yyyy"). Dates are serials of the 1900 date system.
 * Assumed, not Microsoft-documented in this detail: General shows at most 11 significant characters, as the Excel
 * UI does for a standard-width column.
 */
export function displayText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  const v = cell.value;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = cell.numberFormat;
  if (fmt === '@' || fmt === 'General' || fmt === '') return general(v);
  if (isDateFormat(fmt)) return formatDate(v, fmt);
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${(v * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(fmt);
  if (fixed) return v.toFixed(fixed[1]?.length ?? 0);
  return general(v);
}

function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const s = String(Number(v.toPrecision(10)));
  return s.length <= 11 ? s : v.toExponential(5).replace('e+', 'E+');
}

/** True when the format has a y, m or d token outside quotes and brackets. */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*]/g, '');
  return /[yd]/i.test(bare) || /(^|[^a-z])m+([^a-z]|$)/i.test(bare);
}

function formatDate(serial: number, fmt: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, '0'),
    d: String(d.getUTCDate()),
  };
  let out = '';
  const re = /"([^"]*)"|\\(.)|(yyyy|yy|mm|m|dd|d)|\[[^\]]*]|(.)/gi;
  for (const m of fmt.matchAll(re)) {
    if (m[1] !== undefined) out += m[1];
    else if (m[2] !== undefined) out += m[2];
    else if (m[3] !== undefined) out += parts[m[3].toLowerCase()];
    else if (m[4] !== undefined) out += m[4];
  }
  return out;
}
