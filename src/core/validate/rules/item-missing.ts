import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `item-missing`: an item of the list has no row. An error for the report's unit's own items (and for every item
 * when the unit is not known); a warning for other units' items (their rows are not this unit's to fill).
 * Sheet level (cell null): there is no cell to point at.
 */
export const itemMissing: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet || !report.header) return [];
  const unit = report.identity.unit;
  return spec.items
    .filter((item) => !report.rows.some((r) => r.itemNumber === item.number))
    .map((item) =>
      finding(
        ctx,
        'item-missing',
        report.sheet,
        null,
        { number: item.number, name: item.name },
        unit === undefined || item.units.includes(unit) ? 'error' : 'warning',
      ),
    );
};
