import { cumulativeFalls } from '../cumulative-fall';
import { indicatorValue } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `indicator-cumulative-fell` (error): for a cumulative target, 累计完成 is below the figure in `opts.previous` (last
 * quarter's report of the same unit). Off without a previous report, or when the two reports name different units.
 * The comparison is `cumulativeFalls` (shared with the ledger's check, core/ledger).
 */
export const indicatorCumulativeFell: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  const prev = ctx.opts.previous;
  if (!ind || !prev?.indicators) return [];
  const unit = ctx.report.identity.unit;
  const prevUnit = prev.identity.unit;
  if (unit !== undefined && prevUnit !== undefined && unit !== prevUnit) return [];
  const prevRows = prev.indicators.rows;
  const earlier = (targetId: string) => {
    const before = prevRows.find((r) => r.targetId === targetId);
    const then = before ? indicatorValue(before.cumulativeValue) : undefined;
    return then?.kind === 'number' ? then.value : undefined;
  };
  return cumulativeFalls(ctx.spec, ind.rows, earlier).map(({ row, target, now, before }) =>
    finding(ctx, 'indicator-cumulative-fell', ind.sheet, row.cumulativeValue.cell, {
      metric: target.metric,
      cumulative: now,
      previous: before,
    }),
  );
};
