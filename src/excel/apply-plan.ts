import type { CellRange } from '../core/sheet/grid';
import { finalizeNames } from '../core/sheet/metadata';
import { isVisibleSheet, visibleSheetNames, type CellStyle, type PlanDataBar, type PlanPrint, type PlanValidation, type SheetPlan, type WorkbookPlan } from '../core/sheet/plan';
import {
  cellBounds,
  clip,
  columnWidthToPoints,
  columnsAddress,
  rangeAddress,
  rowsAddress,
  sizeRuns,
  styleRects,
  valueArrays,
  MARGIN_SIDES,
  marginPoints,
  titleRowsAddress,
  VALIDATION_LIST_LIMIT,
  VALIDATION_TEXT_LIMIT,
  VALIDATION_TITLE_LIMIT,
} from './plan-ranges';
import { writeCharts } from './charts';
import { hostSupport, type ApiSupport } from './requirements';
import { syncContext } from './sync';

/**
 * Apply a WorkbookPlan (core/sheet/plan) to the open workbook with Office.js: every sheet is added as a new
 * worksheet, never written over an existing one (`finalizeNames` picks clash-free names first).
 *
 * Round trips: one sync to read the existing sheet names, one to write everything; two in all, whatever the size
 * of the plan (DESIGN.md: the number of syncs never grows with the data).
 *
 * Requirement sets (Microsoft, "Excel JavaScript API requirement sets"): values, number formats, fonts, fills,
 * borders, alignment and wrap need ExcelApi 1.1 (Excel 2016); merges, column widths, row heights, cell locking,
 * sheet visibility and protection 1.2; conditional formats (data bars) 1.6; freeze panes and tab colour 1.7; data
 * validation 1.8; page layout, print titles and manual page breaks 1.9; comments 1.10; notes 1.18. What the host
 * lacks is skipped and named in the result, so the pane can say so.
 */

/** Features of a plan that a host may lack. */
export type PlanFeature =
  | 'merges'
  | 'sizes'
  | 'locking'
  | 'visibility'
  | 'protection'
  | 'dataBars'
  | 'freeze'
  | 'tabColor'
  | 'validation'
  | 'print'
  | 'notes'
  | 'pageBreaks'
  | 'charts';

/** The minimum ExcelApi set of each feature (notes: 1.10 for comments, 1.18 for notes). */
export const FEATURE_SET: Record<PlanFeature, '1.2' | '1.6' | '1.7' | '1.8' | '1.9' | '1.10'> = {
  merges: '1.2',
  sizes: '1.2',
  locking: '1.2',
  visibility: '1.2',
  protection: '1.2',
  dataBars: '1.6',
  freeze: '1.7',
  tabColor: '1.7',
  validation: '1.8',
  print: '1.9',
  notes: '1.10',
  pageBreaks: '1.9',
  // A chart whose label and value columns are apart needs 1.7 (excel/charts); side by side, 1.1 draws it.
  charts: '1.7',
};

/** Options of `insertWorkbookPlan` / `writeSheetPlan`. */
export interface ApplyOptions {
  /** Requirement-set answers; default: the host's (`Office.context.requirements.isSetSupported`). */
  support?: ApiSupport;
  /** Activate the first new visible sheet after writing (default true). */
  activate?: boolean;
}

/** What an insert did. */
export interface InsertResult {
  /** Final names of the sheets added, in plan order (the metadata sheet included when written). */
  sheets: string[];
  /** The visible ones among them, in plan order: the names to tell a person (the metadata sheet is very hidden). */
  visible: string[];
  /** Features of the plan the host could not apply (sorted, unique). */
  skipped: PlanFeature[];
}

/**
 * Insert `plan` into the workbook of `context` as new sheets. Existing sheet names are loaded first (sync 1);
 * `finalizeNames` renames clashes ("进展情况表 (2)") and appends the very hidden metadata sheet; then every sheet
 * is added and written (sync 2). On ExcelApi 1.1 (no sheet visibility) the metadata sheet is left out rather than
 * shown. Rejects with the `OfficeExtension.Error` of a failed sync (map it with `excel/errors`).
 */
export async function insertWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<InsertResult> {
  const support = options.support ?? hostSupport;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await syncContext(context, 'insert:names');
  const existing = worksheets.items.map((w) => w.name);
  const final = finalizeNames(plan, existing);
  const skipped = new Set<PlanFeature>();
  const sheets = final.sheets.filter((s) => s.role !== 'metadata' || support('1.2'));
  let first: Excel.Worksheet | undefined;
  for (const sheetPlan of sheets) {
    const worksheet = worksheets.add(sheetPlan.name); // ExcelApi 1.1
    for (const f of writeSheetPlan(worksheet, sheetPlan, support)) skipped.add(f);
    if (!first && isVisibleSheet(sheetPlan)) first = worksheet;
  }
  if (first && options.activate !== false) first.activate(); // ExcelApi 1.1
  await syncContext(context, 'insert:write');
  return { sheets: sheets.map((s) => s.name), visible: visibleSheetNames(sheets), skipped: [...skipped].sort() };
}

/**
 * Queue everything of one SheetPlan on `worksheet` (a new, empty, unprotected sheet): values and number formats,
 * styles, merges, sizes, validation, data bars, notes, print setup, freeze panes, tab colour, visibility and
 * protection, in that order (protection last, so nothing queued after it meets a locked cell). Makes no sync.
 * Returns the features the host lacks and that were skipped.
 */
export function writeSheetPlan(
  worksheet: Excel.Worksheet,
  plan: SheetPlan,
  support: ApiSupport = hostSupport,
): PlanFeature[] {
  writeValues(worksheet, plan);
  const skipped = writeFormatting(worksheet, plan, support);
  writeAutoHeights(worksheet, plan, support);
  return [...skipped, ...writeFinish(worksheet, plan, support)];
}

/** A `need` function: true when the host has the feature's set, else records the feature as skipped. */
function needFor(support: ApiSupport, skipped: PlanFeature[]) {
  return (f: PlanFeature): boolean => {
    if (support(FEATURE_SET[f])) return true;
    if (!skipped.includes(f)) skipped.push(f);
    return false;
  };
}

/**
 * Queue everything of a SheetPlan but its values, visibility and protection: styles, merges, sizes, validation,
 * data bars, notes, print setup and page breaks, freeze panes, tab colour. Makes no sync; returns the features
 * skipped. The rows of `plan.autoHeightRows` get no fixed height here: `writeAutoHeights` autofits them once the
 * values are queued.
 */
export function writeFormatting(worksheet: Excel.Worksheet, plan: SheetPlan, support: ApiSupport = hostSupport): PlanFeature[] {
  const skipped: PlanFeature[] = [];
  const need = needFor(support, skipped);
  writeStyles(worksheet, plan, support('1.2'));
  if (plan.cells.some((c) => c.style && plan.styles[c.style]?.locked !== undefined)) need('locking');
  if (plan.merges.length && need('merges')) writeMerges(worksheet, plan.merges);
  if ((plan.columnWidths.length || Object.keys(plan.rowHeights).length) && need('sizes')) writeSizes(worksheet, plan);
  if (plan.validations?.length && need('validation')) for (const v of plan.validations) writeValidation(worksheet, v);
  if (plan.dataBars?.length && need('dataBars')) for (const d of plan.dataBars) writeDataBar(worksheet, d);
  if (plan.cells.some((c) => c.note) && need('notes')) writeNotes(worksheet, plan, support('1.18'));
  if (plan.print && need('print')) writePrint(worksheet, plan.print);
  if (plan.rowBreaks?.length && need('pageBreaks')) writePageBreaks(worksheet, plan.rowBreaks);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) && need('freeze')) writeFreeze(worksheet, plan.freeze);
  if (plan.tabColor && need('tabColor')) worksheet.tabColor = plan.tabColor; // ExcelApi 1.7
  return skipped;
}

/** Queue the last steps of a SheetPlan: visibility (ExcelApi 1.2 to set) and protection (1.2). No sync. */
export function writeFinish(worksheet: Excel.Worksheet, plan: SheetPlan, support: ApiSupport = hostSupport): PlanFeature[] {
  const skipped: PlanFeature[] = [];
  const need = needFor(support, skipped);
  if (plan.visibility && plan.visibility !== 'visible' && need('visibility')) {
    worksheet.visibility = plan.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
  }
  // Before protection: a protected sheet refuses new objects. Charts the host cannot draw are named as skipped.
  if (writeCharts(worksheet, plan.charts, support).length) skipped.push('charts');
  if (plan.protect && need('protection')) protectSheet(worksheet);
  return skipped;
}

/**
 * Values and number formats over the bounding box of the plan's cells (ExcelApi 1.1), or over the rows
 * `rows.r0..rows.r1` of it. The number formats go first, so a string cell already has the text format "@" when
 * its value arrives and a value starting with = + - @ stays text.
 */
export function writeValues(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, 'cells' | 'styles'>, rows?: { r0: number; r1: number }): void {
  const bounds = cellBounds(plan.cells);
  if (!bounds) return;
  const box: CellRange = rows ? { ...bounds, r0: Math.max(bounds.r0, rows.r0), r1: Math.min(bounds.r1, rows.r1) } : bounds;
  if (box.r0 > box.r1) return;
  const { values, numberFormat } = valueArrays(plan, box);
  const range = worksheet.getRange(rangeAddress(box));
  range.numberFormat = numberFormat as string[][]; // ExcelApi 1.1; null entries are left unchanged
  range.values = values as (string | number)[][]; // ExcelApi 1.1
}

/** Fonts, fills, borders, alignment, wrap (ExcelApi 1.1) and locking (1.2, when `locking`). */
export function writeStyles(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, 'cells' | 'merges' | 'styles'>, locking: boolean): void {
  for (const [key, rects] of styleRects(plan)) {
    const style = plan.styles[key];
    if (!style) continue;
    for (const rect of rects) applyStyle(worksheet.getRange(rangeAddress(rect)).format, style, rect, locking);
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** One style on one range's format. Inside borders only where the range spans several unmerged rows/columns. */
function applyStyle(format: Excel.RangeFormat, style: CellStyle, rect: CellRange & { merged: boolean }, locking: boolean): void {
  if (style.font) {
    if (style.font.name !== undefined) format.font.name = style.font.name;
    if (style.font.size !== undefined) format.font.size = style.font.size;
    if (style.font.bold !== undefined) format.font.bold = style.font.bold;
    if (style.font.color !== undefined) format.font.color = style.font.color;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border === 'thin') {
    // String forms of Excel.BorderIndex: the `Excel` global exists only inside Office.
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (!rect.merged && rect.r1 > rect.r0) edges.push('InsideHorizontal');
    if (!rect.merged && rect.c1 > rect.c0) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
  if (locking && style.locked !== undefined) format.protection.locked = style.locked; // ExcelApi 1.2
}

/** Merged areas (ExcelApi 1.2). */
function writeMerges(worksheet: Excel.Worksheet, merges: readonly CellRange[]): void {
  for (const m of merges) worksheet.getRange(rangeAddress(m)).merge(false);
}

/** Column widths (character units → points, see `columnWidthToPoints`) and row heights in points (ExcelApi 1.2). */
function writeSizes(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, 'columnWidths' | 'rowHeights' | 'autoHeightRows'>): void {
  const widths = new Map<number, number>();
  plan.columnWidths.forEach((w, i) => widths.set(i, w));
  for (const run of sizeRuns(widths)) {
    worksheet.getRange(columnsAddress(run.from, run.to)).format.columnWidth = columnWidthToPoints(run.size);
  }
  const auto = new Set(plan.autoHeightRows ?? []);
  const heights = new Map<number, number>(
    Object.entries(plan.rowHeights)
      .map(([k, v]): [number, number] => [Number(k), v])
      .filter(([r]) => !auto.has(r)),
  );
  for (const run of sizeRuns(heights)) {
    worksheet.getRange(rowsAddress(run.from, run.to)).format.rowHeight = Math.min(run.size, 409);
  }
}

/**
 * Autofit the rows of `plan.autoHeightRows` (`Range.format.autofitRows`, ExcelApi 1.2; skipped on 1.1, where no row
 * height is set at all), grouped into runs of consecutive rows. Queue it after the values, styles (wrap, font) and
 * column widths, which the autofit measures. Makes no sync.
 *
 * Why not the plan's starting height: Excel has no minimum row height. A row's height is either fixed (custom),
 * and then Excel never grows it as people type, or automatic. Office.js can only make it automatic by autofitting,
 * which sizes the row to its present text (实事名称, 责任单位) rather than the few empty lines of room the plan
 * asks for. Growing with the text matters more than the empty room, so these rows start at their autofit height
 * here. The xlsx writer can keep both (the starting height stored without customHeight).
 */
export function writeAutoHeights(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, 'autoHeightRows'>, support: ApiSupport = hostSupport): void {
  const rows = [...new Set(plan.autoHeightRows ?? [])].sort((a, b) => a - b);
  if (!rows.length || !support('1.2')) return;
  let from = rows[0];
  rows.forEach((row, i) => {
    if (rows[i + 1] === row + 1) return;
    worksheet.getRange(rowsAddress(from, row)).format.autofitRows(); // ExcelApi 1.2
    from = rows[i + 1];
  });
}

/**
 * Data validation (ExcelApi 1.8). Excel limits a prompt or alert title to 32 characters, its text to 255 and a
 * list source to 255: longer text is cut (a too long value would fail the whole batch); a list longer than that
 * is not set.
 */
function writeValidation(worksheet: Excel.Worksheet, v: PlanValidation): void {
  const range = worksheet.getRange(rangeAddress(v.range));
  if (v.type === 'decimal') {
    let rule: Excel.BasicDataValidation;
    if (v.min !== undefined && v.max !== undefined) rule = { formula1: v.min, formula2: v.max, operator: 'Between' };
    else if (v.min !== undefined) rule = { formula1: v.min, operator: 'GreaterThanOrEqualTo' };
    else if (v.max !== undefined) rule = { formula1: v.max, operator: 'LessThanOrEqualTo' };
    else rule = { formula1: -1e307, formula2: 1e307, operator: 'Between' };
    range.dataValidation.rule = { decimal: rule };
  } else {
    const source = v.values.join(',');
    if (source.length > VALIDATION_LIST_LIMIT) return;
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
  if (v.prompt || v.promptTitle) {
    range.dataValidation.prompt = { showPrompt: true, title: clip(v.promptTitle ?? '', VALIDATION_TITLE_LIMIT), message: clip(v.prompt ?? '', VALIDATION_TEXT_LIMIT) };
  }
  if (v.error || v.errorTitle) {
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: clip(v.errorTitle ?? '', VALIDATION_TITLE_LIMIT),
      message: clip(v.error ?? '', VALIDATION_TEXT_LIMIT),
    };
  }
}

/** A data bar with fixed bounds and a solid colour (ExcelApi 1.6). */
function writeDataBar(worksheet: Excel.Worksheet, d: PlanDataBar): void {
  const cf = worksheet.getRange(rangeAddress(d.range)).conditionalFormats.add('DataBar');
  cf.dataBar.lowerBoundRule = { type: 'Number', formula: String(d.min) };
  cf.dataBar.upperBoundRule = { type: 'Number', formula: String(d.max) };
  cf.dataBar.positiveFormat.fillColor = d.color;
  cf.dataBar.positiveFormat.gradientFill = false;
}

/** Cell notes: notes on ExcelApi 1.18, else comments on 1.10. The sheet is new, so no cell has one yet. */
function writeNotes(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, 'cells'>, notes: boolean): void {
  for (const cell of plan.cells) {
    if (!cell.note) continue;
    const range = worksheet.getRange(rangeAddress({ r0: cell.row, c0: cell.col, r1: cell.row, c1: cell.col }));
    if (notes) worksheet.notes.add(range, cell.note); // ExcelApi 1.18
    else worksheet.comments.add(range, cell.note); // ExcelApi 1.10
  }
}

/** Page setup (ExcelApi 1.9): orientation, A4, fit to width, title rows, footer, margins (inches → points), centring. */
function writePrint(worksheet: Excel.Worksheet, print: PlanPrint): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(titleRowsAddress(print.titleRows));
  if (print.footerCenter) layout.headersFooters.defaultForAllPages.centerFooter = print.footerCenter;
  if (print.margins) {
    const points = marginPoints(print.margins);
    for (const side of MARGIN_SIDES) layout[`${side}Margin`] = points[side];
  }
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
}

/**
 * Manual page breaks (ExcelApi 1.9, `worksheet.horizontalPageBreaks.add`): a break before the top-left cell of the
 * range given, so a page starting at 0-based row r gets `A{r+1}`. Queued with the print setup; no sync. The sheet is
 * new, so it has no manual break yet. Rows ≤ 0 or not whole are skipped.
 */
function writePageBreaks(worksheet: Excel.Worksheet, rows: readonly number[]): void {
  for (const r of rows) {
    if (Number.isInteger(r) && r > 0) worksheet.horizontalPageBreaks.add(rangeAddress({ r0: r, c0: 0, r1: r, c1: 0 }));
  }
}

/** Freeze panes (ExcelApi 1.7): the top `rows` rows and the left `cols` columns. */
function writeFreeze(worksheet: Excel.Worksheet, freeze: { rows: number; cols: number }): void {
  if (freeze.rows > 0 && freeze.cols > 0) {
    worksheet.freezePanes.freezeAt(rangeAddress({ r0: 0, c0: 0, r1: freeze.rows - 1, c1: freeze.cols - 1 }));
  } else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
  else worksheet.freezePanes.freezeColumns(freeze.cols);
}

/**
 * Protect without a password (ExcelApi 1.2), allowing cell and row formatting so people can resize rows as they
 * write and the add-in can mark findings, and editing objects so 一键校验 can put its comments (notes) on the cells
 * it marks — as the .xlsx writer's protection leaves objects editable too. The sheet is new, so it is known to be
 * unprotected (protect() on a protected sheet throws AccessDenied).
 */
function protectSheet(worksheet: Excel.Worksheet): void {
  worksheet.protection.protect({ allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true, allowEditObjects: true });
}
