import { indicatorValue, targetOf } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/** A cumulative figure more than this many times its target is likely a typo (an extra digit, 万 written out). */
export const FAR_ABOVE_FACTOR = 3;

/** `indicator-far-above-target` (warning): a cumulative target's 累计完成 over FAR_ABOVE_FACTOR × the target value. */
export const indicatorFarAboveTarget: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const row of ind.rows) {
    const t = targetOf(ctx.spec, row.targetId);
    if (!t || t.target.kind !== 'cumulative' || t.target.value <= 0 || ['<=', '<'].includes(t.target.comparator)) continue;
    const c = indicatorValue(row.cumulativeValue);
    if (c.kind === 'number' && c.value > FAR_ABOVE_FACTOR * t.target.value) {
      out.push(
        finding(ctx, 'indicator-far-above-target', ind.sheet, row.cumulativeValue.cell, {
          metric: t.target.metric,
          cumulative: c.value,
          target: t.target.value,
          measure: t.target.measure,
          times: FAR_ABOVE_FACTOR,
        }),
      );
    }
  }
  return out;
};
