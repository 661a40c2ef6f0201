import { indicatorValue, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** `indicator-cumulative-below-quarter` (error): for a cumulative target, 累计完成 is below 本季度完成. Points at 累计完成. */
export const indicatorCumulativeBelowQuarter: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (target.kind !== 'cumulative') continue;
    const q = indicatorValue(row.quarterValue);
    const c = indicatorValue(row.cumulativeValue);
    if (q.kind === 'number' && c.kind === 'number' && c.value < q.value) {
      out.push(
        finding(ctx, 'indicator-cumulative-below-quarter', ind.sheet, row.cumulativeValue.cell, {
          metric: target.metric,
          cumulative: c.value,
          quarterValue: q.value,
        }),
      );
    }
  }
  return out;
};
