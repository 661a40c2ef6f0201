import type { Rule } from '../context';
import { finding } from '../context';
import { hasCell } from '../../read/report';

/**
 * `text-outer-spaces` (info): a progress text or 完成时限 with spaces, tabs or blank lines at its start or end.
 * A leading run of ideographic spaces (U+3000, the paragraph indent of Chinese documents) alone is not flagged.
 */
export const textOuterSpaces: Rule = (ctx) => {
  const { report } = ctx;
  if (!report.sheet) return [];
  const out = [];
  for (const r of report.rows) {
    for (const c of [r.progressText, r.deadline]) {
      const v = c.raw?.value;
      if (!hasCell(c) || typeof v !== 'string' || v.trim() === '') continue;
      const lead = /^\s+/.exec(v)?.[0] ?? '';
      const trail = /\s+$/.test(v);
      if (trail || (lead !== '' && !/^\u3000+$/.test(lead))) out.push(finding(ctx, 'text-outer-spaces', report.sheet, c.cell));
    }
  }
  return out;
};
