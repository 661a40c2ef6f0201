import type { Rule } from '../context';
import { finding, hasCell, rowFor } from '../context';

/**
 * `progress-empty` (error): the report's unit is responsible for the item (notice order, spec `item.units`) and its
 * row's 本季度具体措施及任务进度情况 is blank (a formula
 * without a saved result is not blank: the reader's `formula-no-result`). Per-unit layout: the unit's own sub-row. Off when the unit is unknown.
 */
export const progressEmpty: Rule = (ctx) => {
  const { report, spec } = ctx;
  const unit = report.identity.unit;
  if (!report.sheet || unit === undefined) return [];
  const out = [];
  for (const item of spec.items) {
    if (!item.units.includes(unit)) continue;
    const row = rowFor(ctx, item, unit);
    // A formula without a saved result is reported by the reader (formula-no-result), not as blank.
    if (!row || !hasCell(row.progressText) || row.progressText.text !== '' || row.progressText.raw?.formula) continue;
    out.push(finding(ctx, 'progress-empty', report.sheet, row.progressText.cell, { number: item.number, name: item.name, unit }));
  }
  return out;
};
