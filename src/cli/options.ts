import type { Quarter } from '../core/spec/schema';
import { toHalfWidth } from '../core/text/normalize';
import { isQuarter, parseQuarter } from '../core/text/quarter';
import { CliInputError } from './errors';

/**
 * The quarter of a `--quarter` option (template, validate, merge): 1..4, or a Chinese / Q form (3, ３, 第三季度,
 * 三季度, Q3). Throws CliInputError listing the valid choices.
 */
export function parseQuarterOption(text: string): Quarter {
  const t = toHalfWidth(text).trim();
  const n = t === '' ? NaN : Number(t);
  if (isQuarter(n)) return n;
  const q = /季度|^[Qq]\d$/.test(t) ? parseQuarter(t) : undefined;
  if (q) return q;
  throw new CliInputError(`季度“${text}”无效。可选：1（第一季度）、2（第二季度）、3（第三季度）、4（第四季度）`);
}

/**
 * The day of a `--today` option: an ISO calendar date yyyy-mm-dd that exists (2026-02-29 and 2026-13-45 do not),
 * returned as given (zero-padded). Throws CliInputError with an example.
 */
export function parseDateOption(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(toHalfWidth(text).trim());
  const bad = () => new CliInputError(`日期“${text}”无效，应写成 yyyy-mm-dd 且是真实的日期，如 2026-10-08`);
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw bad();
  return `${m[1]}-${m[2]}-${m[3]}`;
}
