import { nameKey, parseItemNumber } from '../../read/items';
import { parseA1 } from '../../sheet/grid';
import type { Rule } from '../context';
import { columnLabel, finding, hasCell, itemOf, unitsIn } from '../context';

/**
 * `fixed-text-changed` (warning): the fixed text of a mapped row differs from the list —
 * - 序号: not the item's number (01, 一、, 1. are the same number and pass); when 序号 and 实事名称 disagree the row is
 *   the item its NAME says (see read/items `matchItem`), and the 序号 cell is flagged;
 * - 实事名称: not the item's name (spaces, line breaks, width and punctuation ignored);
 * - 责任单位: names a unit that is not the item's, an unknown name, or (official row) leaves out one of the item's
 *   units; a per-unit sub-row names one of the item's units. Variants (卫健局 = 区卫健局) pass.
 * Cells read through a merged block (sub-rows of a per-unit layout) are checked once, at the block's top.
 */
export const fixedTextChanged: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet) return [];
  const out = [];
  for (const row of report.rows) {
    const item = itemOf(spec, row.itemNumber);
    if (!item) continue;
    const own = (cell: string) => parseA1(cell)?.row === row.row;
    if (hasCell(row.number) && own(row.number.cell) && parseItemNumber(row.number) !== item.number) {
      out.push(
        finding(ctx, 'fixed-text-changed', report.sheet, row.number.cell, {
          column: columnLabel(spec, 'number'),
          expected: String(item.number),
          found: row.number.text,
        }),
      );
    }
    if (hasCell(row.name) && own(row.name.cell) && nameKey(row.name.text) !== nameKey(item.name)) {
      out.push(finding(ctx, 'fixed-text-changed', report.sheet, row.name.cell, { column: columnLabel(spec, 'name'), expected: item.name, found: row.name.text }));
    }
    if (hasCell(row.unit)) {
      const { ids, unknown } = unitsIn(row.unit, spec);
      const siblings = report.rows.filter((r) => r.itemNumber === item.number).length > 1;
      const subRow = ids.length === 1 && unknown.length === 0 && (row.group !== undefined || siblings);
      const foreign = ids.some((u) => !item.units.includes(u));
      const incomplete = !subRow && item.units.some((u) => !ids.includes(u));
      if (unknown.length > 0 || foreign || incomplete) {
        out.push(
          finding(ctx, 'fixed-text-changed', report.sheet, row.unit.cell, {
            column: columnLabel(spec, 'unit'),
            expected: item.units.join('、'),
            found: row.unit.text.replace(/\n/g, '、'),
          }),
        );
      }
    }
  }
  return out;
};
