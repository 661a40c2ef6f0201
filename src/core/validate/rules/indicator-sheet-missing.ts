import { targetsFor } from '../../spec/targets';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `indicator-sheet-missing` (warning, file level): no 指标完成情况 sheet, while the unit (or, unit unknown, the list)
 * has targets. One warning, never one per target: a hand-made file typed from a copy of the table often lacks it.
 */
export const indicatorSheetMissing: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet || report.indicators) return [];
  if (targetsFor(spec, report.identity.unit).length === 0) return [];
  return [finding(ctx, 'indicator-sheet-missing', null, null)];
};
