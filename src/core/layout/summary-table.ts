import type { ColumnKey, TemplateSpec } from '../spec/schema';
import type { SheetPlan } from '../sheet/plan';
import { columnWidthFor, heightForLines, MAX_ROW_HEIGHT, rowHeightFor } from '../sheet/text-metrics';
import { entryBody, MARK_HAS_ERRORS } from '../merge/items';
import { CONTINUATION, splitWithContinuation } from '../text/split';
import type { Summary, SummaryItem } from '../merge/types';
import { DEFAULT_PROGRESS_WIDTHS } from './progress-table';
import { SIZES } from './styles';
import { withPageBreaks } from './page-breaks';
import { fitRowHeight } from './row-fit';
import { summarySheetBuilder } from './summary-sheet';
import { SUMMARY_SHEET_NAMES, type SummaryStyleKey } from './summary-styles';

/** The widest the 完成时限 column grows to fit its lines (Excel character units); a longer unreadable text wraps. */
const MAX_DEADLINE_WIDTH = 24;

/** 0-based rows of the 汇总表: title, 汇总单位 line, header; item rows start at `firstItem`. */
export const SUMMARY_ROWS = { title: 0, line: 1, header: 2, firstItem: 3 } as const;

/** One output row of the table: a value per column key and the style of the text cell. */
interface TableRow {
  values: Record<ColumnKey, string | number>;
  textStyle: SummaryStyleKey;
}

/** Each cell-sized part split again into parts whose rows fit Excel's 409-point row height (`fitRowHeight`). */
function fitted(parts: readonly string[], width: number): string[] {
  // A part after the first is a continuation already: its first piece is written with the prefix too.
  return parts.flatMap((part, i) => fitRowHeight(part, width, SIZES.body, CONTINUATION, i > 0));
}

/** The rows of one item in the official layout: the joined text, then continuation rows (续) when it overflows. */
function officialRows(item: SummaryItem, width: number): TableRow[] {
  return fitted(item.textParts, width).map((part, i) => ({
    values: {
      number: item.number,
      name: item.name,
      unit: item.units.join('\n'),
      progressText: i === 0 ? part : CONTINUATION + part,
      deadline: item.deadline,
    },
    textStyle: 'text',
  }));
}

/** The rows of one item in the per-unit layout: one sub-row per entry (and its continuation rows when it overflows). */
function perUnitRows(item: SummaryItem, width: number): TableRow[] {
  const rows: TableRow[] = [];
  for (const e of item.entries) {
    const body = entryBody(e);
    const unit = (e.responsible ? e.unit : `${e.unit}\n（非责任单位）`) + (e.flaggedBy?.length ? `\n${MARK_HAS_ERRORS}` : '');
    fitted(splitWithContinuation(body), width).forEach((part, i) => {
      rows.push({
        values: { number: item.number, name: item.name, unit, progressText: i === 0 ? part : CONTINUATION + part, deadline: e.deadlineShown ?? e.deadline },
        textStyle: e.status === 'filled' ? 'text' : 'marker',
      });
    });
  }
  return rows;
}

/**
 * The 汇总表 sheet: the official five-column table with every unit's text.
 *
 * - row 0: the title with the quarter and 汇总 ("2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总"), merged;
 * - row 1: 汇总单位 and the count of units that sent their table;
 * - row 2: the spec's five headers, repeated on every printed page;
 * - rows 3..: per item in spec order. Layout 'official': one row per item, the units' texts joined under 【unit】
 *   labels; a text over Excel's cell limit, or taller than Excel's 409-point row (`fitRowHeight`), continues in rows
 *   starting with （续）, with 序号, 实事名称, 责任单位 and
 *   完成时限 merged over them. Layout 'per-unit': one sub-row per unit (未报送 / 未填写 markers in red), 序号 and
 *   实事名称 merged over the item's sub-rows.
 * - 完成时限 as normalised (2026年12月31日, 2026年12月, 长期坚持; unreadable text kept and flagged 无法识别); when units
 *   differ, a 【unit】 line above each value; the column widened (up to 24) so no label or date breaks.
 * - An entry the unit's own file flags as an error is marked （有错误） after its label (per-unit: under the unit).
 *
 * Every text from a file is a string cell in the text format "@" (never a formula). Row heights are computed
 * (text-metrics); A4 landscape, one page wide, page numbers, manual page breaks that never cut an item's merged
 * block (`withPageBreaks`, unless the block alone is taller than a page). Not protected.
 */
export function summaryTablePlan(summary: Summary, spec: TemplateSpec): SheetPlan {
  const widths = spec.columns.map((c) => c.width ?? DEFAULT_PROGRESS_WIDTHS[c.key]);
  // 完成时限 wide enough for its longest line (a 【unit】 label, or a value), so no label or date is broken (issue 12).
  const deadlineAt = spec.columns.findIndex((c) => c.key === 'deadline');
  if (deadlineAt >= 0) {
    let need = 0;
    for (const i of summary.items) {
      for (const t of [i.deadline, ...i.entries.map((e) => e.deadlineShown ?? e.deadline)]) need = Math.max(need, columnWidthFor(t, SIZES.body));
    }
    widths[deadlineAt] = Math.min(MAX_DEADLINE_WIDTH, Math.max(widths[deadlineAt], need));
  }
  const sheet = summarySheetBuilder(widths);
  const { put, merges, rowHeights } = sheet;

  sheet.fullRow(SUMMARY_ROWS.title, summary.title, 'title', SIZES.title);

  const t = summary.totals;
  const line = `汇总单位：${summary.coordinator}　　应报${t.units}个单位，已报送${t.submitted}个，未报送${t.missing}个（详见“${SUMMARY_SHEET_NAMES.roster}”）`;
  sheet.fullRow(SUMMARY_ROWS.line, line, 'line', SIZES.line);
  // One line high, whatever the text's length.
  rowHeights[SUMMARY_ROWS.line] = heightForLines(1, SIZES.line) + 4;

  sheet.headerRow(SUMMARY_ROWS.header, spec.columns.map((c) => c.header));

  const numberCol = spec.columns.findIndex((c) => c.key === 'number');
  const nameCol = spec.columns.findIndex((c) => c.key === 'name');
  const unitCol = spec.columns.findIndex((c) => c.key === 'unit');
  const deadlineCol = spec.columns.findIndex((c) => c.key === 'deadline');
  const textCol = spec.columns.findIndex((c) => c.key === 'progressText');
  const textWidth = textCol >= 0 ? widths[textCol] : DEFAULT_PROGRESS_WIDTHS.progressText;
  let row = SUMMARY_ROWS.firstItem;
  for (const item of summary.items) {
    const rows = summary.layout === 'per-unit' ? perUnitRows(item, textWidth) : officialRows(item, textWidth);
    const first = row;
    rows.forEach((r, i) => {
      spec.columns.forEach((c, col) => {
        const v = r.values[c.key];
        // Merged columns carry their value in the first row only.
        const mergedHere =
          i > 0 &&
          (c.key === 'number' || c.key === 'name' || (summary.layout === 'official' && (c.key === 'unit' || c.key === 'deadline')));
        const style: SummaryStyleKey =
          c.key === 'progressText' ? r.textStyle : c.key === 'number' ? 'index' : c.key === 'unit' || c.key === 'deadline' ? 'center' : 'left';
        put(row, col, mergedHere ? null : c.key === 'number' ? v : String(v), style);
      });
      rowHeights[row] = rowHeightFor(
        spec.columns.map((c) => {
          if (rows.length > 1 && (c.key === 'number' || c.key === 'name')) return '';
          return String(r.values[c.key]);
        }),
        widths,
        SIZES.body,
      );
      row++;
    });
    if (rows.length > 1) {
      // The merged 实事名称 must fit in the block: grow the last sub-row when the block is shorter than the name.
      const need = rowHeightFor([item.name], [nameCol >= 0 ? widths[nameCol] : 20], SIZES.body);
      let have = 0;
      for (let r = first; r < row; r++) have += rowHeights[r];
      if (have < need) rowHeights[row - 1] = Math.min(MAX_ROW_HEIGHT, rowHeights[row - 1] + need - have);
      const cols = summary.layout === 'per-unit' ? [numberCol, nameCol] : [numberCol, nameCol, unitCol, deadlineCol];
      for (const c of cols) if (c >= 0) merges.push({ r0: first, c0: c, r1: row - 1, c1: c });
    }
  }

  return withPageBreaks(sheet.plan({ name: SUMMARY_SHEET_NAMES.summary, role: 'summary', headerRow: SUMMARY_ROWS.header }));
}
