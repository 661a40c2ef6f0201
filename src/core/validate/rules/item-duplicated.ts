import { hasCell, type ProgressRow } from '../../read/report';
import type { Rule } from '../context';
import { finding, itemOf, rowUnits } from '../context';

/**
 * `item-duplicated` (error): two rows of one item speak for the same unit: two official rows of the item, or two
 * per-unit sub-rows naming the same unit. Sub-rows naming different units (per-unit layout, with or without merged
 * 序号 cells) are not duplicates. Points at the later row's 序号 cell (else 实事名称); `other` names the first row.
 */
export const itemDuplicated: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet) return [];
  const seen = new Map<number, ProgressRow[]>();
  const out = [];
  for (const row of report.rows) {
    if (row.itemNumber === undefined) continue;
    const earlier = seen.get(row.itemNumber) ?? [];
    const mine = rowUnits(row, spec);
    const clash = earlier.find((e) => rowUnits(e, spec).some((u) => mine.includes(u)));
    if (clash) {
      const item = itemOf(spec, row.itemNumber);
      const at = (hasCell(row.number) && row.number.cell !== clash.number.cell ? row.number : hasCell(row.progressText) ? row.progressText : row.name).cell;
      out.push(
        finding(ctx, 'item-duplicated', report.sheet, at, {
          number: row.itemNumber,
          name: item?.name ?? '',
          other: clash.number.cell || clash.name.cell,
        }),
      );
    }
    earlier.push(row);
    seen.set(row.itemNumber, earlier);
  }
  return out;
};
