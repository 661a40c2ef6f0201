import { indicatorValue, metricOf } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-negative` (error): 本季度完成 or 累计完成 below 0. */
export const indicatorNegative: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const row of ind.rows) {
    for (const c of [row.quarterValue, row.cumulativeValue]) {
      const v = indicatorValue(c);
      if (v.kind === 'number' && v.value < 0) out.push(finding(ctx, 'indicator-negative', ind.sheet, c.cell, { value: v.value, metric: metricOf(ctx.spec, row) }));
    }
  }
  return out;
};
