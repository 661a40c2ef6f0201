import { indicatorValue, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** A cumulative figure more than this many times its target is likely a typo (an extra digit, 万 written out). */
export const FAR_ABOVE_FACTOR = 3;

/** `indicator-far-above-target` (warning): a cumulative target's 累计完成 over FAR_ABOVE_FACTOR × the target value. */
export const indicatorFarAboveTarget: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (target.kind !== 'cumulative' || target.value <= 0 || ['<=', '<'].includes(target.comparator)) continue;
    const c = indicatorValue(row.cumulativeValue);
    if (c.kind === 'number' && c.value > FAR_ABOVE_FACTOR * target.value) {
      out.push(
        finding(ctx, 'indicator-far-above-target', ind.sheet, row.cumulativeValue.cell, {
          metric: target.metric,
          cumulative: c.value,
          target: target.value,
          measure: target.measure,
          times: FAR_ABOVE_FACTOR,
        }),
      );
    }
  }
  return out;
};
