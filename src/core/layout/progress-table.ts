import type { ColumnKey, TemplateSpec } from '../spec/schema';
import type { PlanCell, SheetPlan } from '../sheet/plan';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import {
  checkOptions,
  officialPrint,
  DATE_LINE,
  TEMPLATE_SHEET_NAMES,
  unitLine,
  type TemplateOptions,
} from './options';
import { progressTitle } from '../spec/titles';
import { SIZES, templateStyles, type TemplateStyleKey } from './styles';
import { withPageBreaks } from './page-breaks';

/** Column widths (Excel character units) used when the spec gives none; they sum to about one A4 landscape page. */
export const DEFAULT_PROGRESS_WIDTHS: Record<ColumnKey, number> = {
  number: 6,
  name: 20,
  unit: 16,
  progressText: 72,
  deadline: 14,
};

/** 0-based rows of the progress table: title, 填报单位 line, header; item rows start at `firstItem`. */
export const PROGRESS_ROWS = { title: 0, line: 1, header: 2, firstItem: 3 } as const;

/** Lines of room kept in an empty fill row, so the printed form and the screen have space to write. */
const FILL_LINES = 3;

/**
 * The official progress table (工作进展情况表, the notice's attachment) as a SheetPlan, sheet "进展情况表":
 *
 * - row 0 (Excel 1): the title with the quarter, merged across the five columns, 方正小标宋简体 18 pt;
 * - row 1: "填报单位：区卫健局" (A:C merged; unlocked and blank after the colon when no unit is chosen) and
 *   "填报日期：    年  月  日" (D:E merged, unlocked);
 * - row 2: the five headers as in the spec's columns (本季度具体措施\n及任务进度情况 with its break), bold, centred,
 *   bordered, repeated on every printed page;
 * - rows 3.. (Excel 4..): one row per item in the spec's order: 序号 (number), 实事名称, 责任单位 (one unit per line)
 *   prefilled and locked; 本季度具体措施及任务进度情况 (text format "@") and 完成时限 empty and unlocked.
 *   When `opts.unit` is chosen, its rows' fill cells are light yellow and unlocked, other rows are grey and locked.
 *
 * Column widths come from the spec's columns, else `DEFAULT_PROGRESS_WIDTHS`; row heights are computed from the
 * text (Excel does not autofit wrapped or merged rows). The fill rows (the chosen unit's rows, or every item row
 * when no unit is chosen) are `autoHeightRows`: their height is a starting height that grows as people type.
 * Print: A4 landscape, one page wide, footer 第 &P 页，共 &N 页, manual page breaks (`withPageBreaks`, computed from the
 * fill rows' starting heights: right for an empty or lightly filled table). Frozen below the header; protected without
 * a password.
 *
 * Throws RangeError for a quarter outside 1..4 or an unknown unit id (see `checkOptions`).
 */
export function progressTablePlan(spec: TemplateSpec, opts: TemplateOptions): SheetPlan {
  const unit = checkOptions(spec, opts);
  const widths = spec.columns.map((c) => c.width ?? DEFAULT_PROGRESS_WIDTHS[c.key]);
  const last = spec.columns.length - 1;
  const sum = (from: number, to: number): number => widths.slice(from, to + 1).reduce((a, b) => a + b, 0);

  const cells: PlanCell[] = [];
  const put = (row: number, c: number, value: string | number | null, style: TemplateStyleKey): void => {
    cells.push({ row, col: c, value, style });
  };
  const rowHeights: Record<number, number> = {};
  const autoHeightRows: number[] = [];

  // Title and the 填报单位 / 填报日期 line.
  const title = progressTitle(spec, opts.quarter);
  put(PROGRESS_ROWS.title, 0, title, 'title');
  rowHeights[PROGRESS_ROWS.title] = rowHeightFor([title], [sum(0, last)], SIZES.title);
  const split = Math.min(2, last - 1);
  put(PROGRESS_ROWS.line, 0, unitLine(unit), unit ? 'line' : 'lineFill');
  put(PROGRESS_ROWS.line, split + 1, DATE_LINE, 'lineRight');
  rowHeights[PROGRESS_ROWS.line] = heightForLines(1, SIZES.line) + 4;

  // Header.
  spec.columns.forEach((c, i) => put(PROGRESS_ROWS.header, i, c.header, 'header'));
  rowHeights[PROGRESS_ROWS.header] = rowHeightFor(
    spec.columns.map((c) => c.header),
    widths,
    SIZES.header,
  );

  // Items.
  spec.items.forEach((item, k) => {
    const row = PROGRESS_ROWS.firstItem + k;
    const mine = unit === undefined || item.units.includes(unit.id);
    const marked = unit !== undefined;
    const units = item.units.join('\n');
    const fixedStyle: TemplateStyleKey = mine ? 'fixed' : 'otherFixed';
    const fixedCenter: TemplateStyleKey = mine ? 'fixedCenter' : 'otherFixedCenter';
    const text: TemplateStyleKey = !mine ? 'otherText' : marked ? 'ownText' : 'fillText';
    const center: TemplateStyleKey = !mine ? 'otherCenter' : marked ? 'ownCenter' : 'fillCenter';
    const values: Record<ColumnKey, [string | number | null, TemplateStyleKey]> = {
      number: [item.number, fixedCenter],
      name: [item.name, fixedStyle],
      unit: [units, fixedCenter],
      progressText: [null, text],
      deadline: [null, center],
    };
    spec.columns.forEach((c, i) => put(row, i, values[c.key][0], values[c.key][1]));
    rowHeights[row] = rowHeightFor(
      spec.columns.map((c) => (c.key === 'name' ? item.name : c.key === 'unit' ? units : c.key === 'number' ? String(item.number) : '')),
      widths,
      SIZES.body,
      mine ? FILL_LINES : 1,
    );
    if (mine) autoHeightRows.push(row);
  });

  return withPageBreaks({
    name: TEMPLATE_SHEET_NAMES.progress,
    role: 'progress',
    styles: templateStyles(),
    cells,
    merges: [
      { r0: PROGRESS_ROWS.title, c0: 0, r1: PROGRESS_ROWS.title, c1: last },
      { r0: PROGRESS_ROWS.line, c0: 0, r1: PROGRESS_ROWS.line, c1: split },
      { r0: PROGRESS_ROWS.line, c0: split + 1, r1: PROGRESS_ROWS.line, c1: last },
    ],
    columnWidths: widths,
    rowHeights,
    autoHeightRows,
    print: officialPrint(PROGRESS_ROWS.header),
    freeze: { rows: PROGRESS_ROWS.firstItem, cols: 0 },
    protect: true,
  });
}

/** 0-based column of `key` in the progress table made from `spec` (the spec's column order). */
export function progressColumn(spec: TemplateSpec, key: ColumnKey): number {
  return spec.columns.findIndex((c) => c.key === key);
}
