import { indicatorFigures, metricOf } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-not-number` (error): 本季度完成 or 累计完成 holds text that is no figure (2场, ２, 1.9万, 90%, 三场 are figures). */
export const indicatorNotNumber: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, cell: c, value: v } of indicatorFigures(ind.rows)) {
    if (v.kind === 'bad') out.push(finding(ctx, 'indicator-not-number', ind.sheet, c.cell, { text: v.text, metric: metricOf(ctx.spec, row) }));
  }
  return out;
};
