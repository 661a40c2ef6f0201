import { targetUnits } from '../../spec/targets';
import type { Rule } from '../context';
import { finding, hasCell } from '../context';
import type { Finding } from '../finding';
import { rowsWithTargets } from '../indicator-values';

/**
 * `indicator-empty`: a target the report's unit answers for (target.units, else the item's units) has a blank
 * 本季度完成 or 累计完成 cell on the 指标完成情况 sheet; one finding per blank cell, params {metric} {column}.
 * An error when the unit reports the target alone (its figure is the whole target's) and the target is a count or
 * a rate; a warning when other units share it, or it is a per-person standard or a frequency (kind `per-person`,
 * `frequency`: the figure is a standard, which some units leave blank). Off when the unit is unknown (`unit-missing`
 * / `unit-unknown` say so) and when there is no indicator sheet (`indicator-sheet-missing` says so).
 */
export const indicatorEmpty: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  const unit = ctx.report.identity.unit;
  if (!ind || unit === undefined) return [];
  const out: Finding[] = [];
  for (const { row, item, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    const units = targetUnits(item, target);
    if (!units.includes(unit)) continue;
    const alone = units.length === 1 && (target.kind === 'cumulative' || target.kind === 'rate');
    const cells: [typeof row.quarterValue, string][] = [
      [row.quarterValue, '本季度完成'],
      [row.cumulativeValue, '累计完成'],
    ];
    for (const [c, column] of cells) {
      // A formula without a saved result is the reader's `formula-no-result`, not a blank.
      if (!hasCell(c) || c.text !== '' || c.raw?.formula) continue;
      out.push(finding(ctx, 'indicator-empty', ind.sheet, c.cell, { metric: target.metric, column }, alone ? 'error' : 'warning'));
    }
  }
  return out;
};
