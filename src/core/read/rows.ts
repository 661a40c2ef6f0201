import type { ColumnKey, TemplateSpec } from '../spec/schema';
import type { Grid } from '../sheet/grid';
import { toHalfWidth } from '../text/normalize';
import { resolveUnit, splitUnitList } from '../text/units';
import { readCell, rowSpan } from './cells';
import type { HeaderMatch } from './headers';
import { matchItem } from './items';
import { mergeAt } from './merges';
import { NO_READ_CELL, type ProgressRow, type ReadCell } from './report';

/** Words that start a line under the table (signatures, notes), not a row of it. */
const FOOTER = /^(填表人|填报人|联系人|联系电话|审核人|负责人|分管领导|制表|注[:：]|备注[:：]|说明[:：]|注[1-9１-９一二三])/;

/**
 * The table's rows below its header (0-based sheet rows): every row naming an item by 序号 or 实事名称, every
 * sub-row of a merged 序号 / 实事名称 block (per-unit layout: `group` is the block's top row), and every other row
 * with text in 本季度具体措施及任务进度情况 or 完成时限 (mapped to no item). Every cell is read as a person sees it
 * (`readCell`): a cell inside a merged area reads as the area's anchor, so a 完成时限 merged down a unit's rows gives
 * each row that deadline, and a progress cell merged over two items gives both items its text (reported by
 * `readingFindings`). Blank rows, a repeated header row and lines under the table (填表人：…, 注：…) are skipped.
 * A column the header lacks reads as `NO_READ_CELL` (`hasCell` false).
 */
export function readProgressRows(grid: Grid, header: HeaderMatch<ColumnKey>, spec: TemplateSpec): ProgressRow[] {
  const out: ProgressRow[] = [];
  const { end } = rowSpan(grid);
  const col = header.columns;
  const at = (r: number, key: ColumnKey): { cell: ReadCell; group?: number } => {
    const c = col[key];
    if (c === undefined) return { cell: NO_READ_CELL };
    const cell = readCell(grid, r, c);
    if (key !== 'number' && key !== 'name') return { cell };
    const m = mergeAt(grid, r, c);
    return m && m.r1 > m.r0 && m.r0 > header.row ? { cell, group: m.r0 } : { cell };
  };
  const headerKeys = new Set(['序号', '实事名称']);
  for (let r = header.row + 1; r < end; r++) {
    const number = at(r, 'number');
    const name = at(r, 'name');
    const unit = at(r, 'unit');
    const progressText = at(r, 'progressText');
    const deadline = at(r, 'deadline');
    let group = number.group ?? name.group;
    const hasKey = number.cell.text !== '' || name.cell.text !== '';
    const hasFill = progressText.cell.text !== '' || deadline.cell.text !== '';
    // A per-unit sub-row whose merge the host did not report (ExcelApi < 1.13, a file that lost its merges): blank
    // 序号 / 实事名称 under an item's row, naming one unit of that item.
    const above = !hasKey && group === undefined ? subRowOf(out[out.length - 1], r, unit.cell.text, spec) : undefined;
    if (above) {
      above.group ??= above.row;
      group = above.group;
    }
    if (!hasKey && !above && !hasFill && unit.cell.text === '') continue;
    if (!hasKey && !above && !hasFill && group === undefined) continue;
    if (group === undefined && FOOTER.test(toHalfWidth(number.cell.text || name.cell.text))) continue;
    if (headerKeys.has(number.cell.text.replace(/\s+/g, '')) || headerKeys.has(name.cell.text.replace(/\s+/g, ''))) continue;
    const row: ProgressRow = {
      row: r,
      number: above ? above.number : number.cell,
      name: above ? above.name : name.cell,
      unit: unit.cell,
      progressText: progressText.cell,
      deadline: deadline.cell,
    };
    // Every sub-row of a merged 序号 / 实事名称 block, its top row included, carries the block's top row.
    if (group !== undefined) row.group = group;
    const m = hasKey ? matchItem(spec, number.cell, name.cell) : undefined;
    if (m) {
      row.itemNumber = m.item.number;
      row.matchedBy = m.by;
    } else if (above?.itemNumber !== undefined) {
      row.itemNumber = above.itemNumber;
      if (above.matchedBy) row.matchedBy = above.matchedBy;
    }
    out.push(row);
  }
  return out;
}

/**
 * The row `prev` when sheet row `r` is its per-unit sub-row without a merge: `prev` is the row just above (or the
 * sub-row just above), mapped to an item, with a 责任单位 cell naming exactly one unit of that item, and `unitText` names
 * exactly one other unit of that item. Undefined otherwise.
 */
function subRowOf(prev: ProgressRow | undefined, r: number, unitText: string, spec: TemplateSpec): ProgressRow | undefined {
  if (!prev || prev.row !== r - 1 || prev.itemNumber === undefined || unitText === '') return undefined;
  const item = spec.items.find((i) => i.number === prev.itemNumber);
  const one = (text: string) => {
    const parts = splitUnitList(text);
    const m = parts.length === 1 ? resolveUnit(parts[0], spec) : undefined;
    return m?.kind === 'unit' ? m.unit.id : undefined;
  };
  const mine = one(unitText);
  const theirs = one(prev.unit.text);
  return item && mine && theirs && mine !== theirs && item.units.includes(mine) && item.units.includes(theirs) ? prev : undefined;
}
