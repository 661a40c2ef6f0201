import { hasCell, type ReadCell } from '../../read/report';
import type { Finding } from '../finding';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `text-formula-like` (info): a text cell (progress text, 完成时限, an indicator figure) starting with = + - @, the
 * characters Excel takes for a formula: it is kept as text when merged (never a formula). A cell holding a real
 * formula is `cell-formula` instead (its calculated result is what merging takes).
 */
export const textFormulaLike: Rule = (ctx) => {
  const { report } = ctx;
  const out: Finding[] = [];
  const check = (sheet: string, c: ReadCell) => {
    if (!hasCell(c) || !c.raw || c.raw.formula) return;
    const v = c.raw.value;
    if (typeof v === 'string' && /^[=+\-@]/.test(v)) out.push(finding(ctx, 'text-formula-like', sheet, c.cell, { first: v[0] }));
  };
  if (report.sheet) for (const r of report.rows) [r.progressText, r.deadline].forEach((c) => check(report.sheet as string, c));
  if (report.indicators) {
    const sheet = report.indicators.sheet;
    for (const r of report.indicators.rows) [r.quarterValue, r.cumulativeValue].forEach((c) => check(sheet, c));
  }
  return out;
};
