import { indicatorValue, isRate, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-rate-over-100` (error): a rate target (kind rate, or measure %) with a figure over 100 (90 means 90%). */
export const indicatorRateOver100: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (!isRate(target)) continue;
    for (const c of [row.quarterValue, row.cumulativeValue]) {
      const v = indicatorValue(c);
      if (v.kind === 'number' && v.value > 100) out.push(finding(ctx, 'indicator-rate-over-100', ind.sheet, c.cell, { value: v.value, metric: target.metric }));
    }
  }
  return out;
};
