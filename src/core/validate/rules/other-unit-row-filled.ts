import type { Rule } from '../context';
import { finding, itemOf, singleUnit } from '../context';

/**
 * `other-unit-row-filled` (warning): the report's unit wrote progress text in a row it is not responsible for: an
 * item whose 责任单位 does not include it (official layout), or another unit's sub-row (per-unit layout).
 */
export const otherUnitRowFilled: Rule = (ctx) => {
  const { report, spec } = ctx;
  const unit = report.identity.unit;
  if (!report.sheet || unit === undefined) return [];
  const out = [];
  for (const row of report.rows) {
    const item = itemOf(spec, row.itemNumber);
    if (!item || row.progressText.text === '') continue;
    const sub = singleUnit(row, spec);
    const foreign = !item.units.includes(unit) || (sub !== undefined && sub !== unit && report.rows.filter((r) => r.itemNumber === item.number).length > 1);
    if (foreign) out.push(finding(ctx, 'other-unit-row-filled', report.sheet, row.progressText.cell, { number: item.number, name: item.name, unit }));
  }
  return out;
};
