import { indicatorValue, metricOf } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-not-number` (error): 本季度完成 or 累计完成 holds text that is no figure (2场, ２, 1.9万, 90%, 三场 are figures). */
export const indicatorNotNumber: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const row of ind.rows) {
    for (const c of [row.quarterValue, row.cumulativeValue]) {
      const v = indicatorValue(c);
      if (v.kind === 'bad') out.push(finding(ctx, 'indicator-not-number', ind.sheet, c.cell, { text: v.text, metric: metricOf(ctx.spec, row) }));
    }
  }
  return out;
};
