import { DEFAULT_PACE } from '../../spec/pace';
import { indicatorValue, shown, soleUnit, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `indicator-behind-pace` (warning): a cumulative target (comparator >=, >, = or ~) whose 累计完成 is below the share
 * expected by the end of the report's quarter (spec.pace, else DEFAULT_PACE 25/50/75/100%) × the target value.
 * Only where one file's figure can stand for the target: a target reported by one unit alone, or a report without a
 * unit (a summary). Quarter: the report's, else `opts.quarter`; off when neither is known.
 */
export const indicatorBehindPace: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  const q = ctx.report.identity.quarter ?? ctx.opts.quarter;
  if (!ind || q === undefined) return [];
  const pace = (ctx.spec.pace ?? DEFAULT_PACE)[q - 1];
  const out = [];
  for (const { row, item, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (target.kind !== 'cumulative' || !['>=', '>', '=', '~'].includes(target.comparator)) continue;
    if (ctx.report.identity.unit !== undefined && !soleUnit(item, target)) continue;
    const c = indicatorValue(row.cumulativeValue);
    const expected = pace * target.value;
    if (c.kind === 'number' && c.value < expected) {
      out.push(
        finding(ctx, 'indicator-behind-pace', ind.sheet, row.cumulativeValue.cell, {
          metric: target.metric,
          cumulative: c.value,
          expectedValue: shown(expected),
          target: target.value,
          measure: target.measure,
          percent: shown(pace * 100),
        }),
      );
    }
  }
  return out;
};
