import { findingFrom } from '../i18n/catalogue';
import type { Finding } from './finding';
import { VALIDATE_MESSAGES } from './messages';

/** At most this many findings of one code are listed per sheet (a 10,000-row sheet would otherwise give thousands). */
export const MAX_FINDINGS_PER_CODE = 50;

/**
 * Keep the first `max` findings (in the given order: pass them sorted) of each code in each sheet (file-level findings,
 * sheet null, count as one sheet); for every code that had more, add one `findings-truncated` (info, cell null, same
 * file and sheet, params {count} left out and {code}), placed right after the last finding kept of that code.
 * Never drops a `findings-truncated`. Pure; returns a new array.
 */
export function capFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_CODE): Finding[] {
  const key = (f: Finding) => `${f.sheet ?? '\u0000'}\u0001${f.code}`;
  const total = new Map<string, number>();
  for (const f of findings) total.set(key(f), (total.get(key(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = key(f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > max) continue;
    out.push(f);
    const all = total.get(k) ?? 0;
    if (n === max && all > max) {
      const place = { sheet: f.sheet, cell: null, ...(f.file !== undefined ? { file: f.file } : {}) };
      out.push(findingFrom(VALIDATE_MESSAGES, 'findings-truncated', place, { count: all - max, code: f.code }));
    }
  }
  return out;
}
