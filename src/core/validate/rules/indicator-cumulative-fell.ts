import { indicatorValue, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `indicator-cumulative-fell` (error): for a cumulative target, 累计完成 is below the figure in `opts.previous` (last
 * quarter's report of the same unit). Off without a previous report, or when the two reports name different units.
 */
export const indicatorCumulativeFell: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  const prev = ctx.opts.previous;
  if (!ind || !prev?.indicators) return [];
  const unit = ctx.report.identity.unit;
  const prevUnit = prev.identity.unit;
  if (unit !== undefined && prevUnit !== undefined && unit !== prevUnit) return [];
  const out = [];
  for (const { row, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (target.kind !== 'cumulative') continue;
    const now = indicatorValue(row.cumulativeValue);
    const before = prev.indicators.rows.find((r) => r.targetId === row.targetId);
    const then = before ? indicatorValue(before.cumulativeValue) : undefined;
    if (now.kind === 'number' && then?.kind === 'number' && now.value < then.value) {
      out.push(
        finding(ctx, 'indicator-cumulative-fell', ind.sheet, row.cumulativeValue.cell, {
          metric: target.metric,
          cumulative: now.value,
          previous: then.value,
        }),
      );
    }
  }
  return out;
};
