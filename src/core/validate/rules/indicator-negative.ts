import { indicatorFigures, metricOf } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-negative` (error): 本季度完成 or 累计完成 below 0. */
export const indicatorNegative: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, cell: c, value: v } of indicatorFigures(ind.rows)) {
    if (v.kind === 'number' && v.value < 0) out.push(finding(ctx, 'indicator-negative', ind.sheet, c.cell, { value: v.value, metric: metricOf(ctx.spec, row) }));
  }
  return out;
};
