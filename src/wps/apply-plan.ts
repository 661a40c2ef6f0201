import { finalizeNames } from '../core/sheet/metadata';
import { isVisibleSheet, visibleSheetNames, type CellStyle, type PlanPrint, type PlanValidation, type SheetPlan, type WorkbookPlan } from '../core/sheet/plan';
import { cellBounds, clip, columnsAddress, rangeAddress, rowsAddress, sizeRuns, styleRects, valueArrays, MARGIN_SIDES, marginPoints, titleRowsAddress, type MarginSide, VALIDATION_LIST_LIMIT, VALIDATION_TEXT_LIMIT, VALIDATION_TITLE_LIMIT } from '../core/sheet/plan-ranges';
import { toBgr, XL, XL_SHEET, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './api';

/**
 * Apply a WorkbookPlan (core/sheet/plan) to the open WPS workbook: every sheet is added as a new worksheet after the
 * last one, never written over an existing sheet (`finalizeNames` picks clash-free names first). The same plan the
 * Excel adapter (excel/apply-plan) and the file writer (xlsx/write) apply.
 *
 * Host calls, per sheet, grow with the plan's rectangles (core/sheet/plan-ranges: cells of one style or number format
 * joined into few ranges, rows of one height into runs), never with the cells: one `Value2` write for all values.
 * Number formats go first, so a string cell is already text ("@") when its value arrives and a value starting with
 * = + - @ stays text (VBA: NumberFormat "@"; a string written to a General cell would be parsed as a formula, a number
 * or a date).
 *
 * What WPS's object model does differently from Office.js: colours are BGR longs (api `toBgr`); column widths are
 * set in character units as the plan gives them (VBA: Range.ColumnWidth); rows people type into keep the plan's
 * starting height (no autofit call here). Not written, and named in the result: freeze panes (need the sheet's
 * window active), data bars and charts (the summary's figures stay as numbers).
 */

/** Features of a plan this adapter does not write. */
export type WpsSkipped = 'freeze' | 'dataBars' | 'charts';

/** What an insert did. */
export interface WpsInsertResult {
  /** Final names of the sheets added, in plan order (the metadata sheet included). */
  sheets: string[];
  /** The visible ones among them, in plan order: the names to tell a person (the metadata sheet is very hidden). */
  visible: string[];
  /** Features of the plan not written (sorted, unique). */
  skipped: WpsSkipped[];
}

/** The names of the workbook's sheets, in tab order (1 + 2 calls a sheet). */
export function sheetNames(workbook: WpsWorkbook): string[] {
  const list = workbook.Worksheets;
  const count = Number(list.Count) || 0;
  const names: string[] = [];
  for (let i = 1; i <= count; i++) names.push(String(list.Item(i).Name));
  return names;
}

/** Add a worksheet named `name` after the last sheet (VBA: Sheets.Add After:=…) and return it. */
export function addSheetAtEnd(workbook: WpsWorkbook, name: string): WpsWorksheet {
  const list = workbook.Worksheets;
  const ws = list.Add(undefined, list.Item(list.Count));
  ws.Name = name;
  return ws;
}

/**
 * Insert `plan` as new sheets: names read, `finalizeNames` (clash renaming, the very hidden metadata sheet appended),
 * every sheet added and written, the first visible new sheet activated. Throws the host's error when a call fails
 * (map it with wps/errors).
 */
export function insertWorkbookPlan(workbook: WpsWorkbook, plan: WorkbookPlan): WpsInsertResult {
  const final = finalizeNames(plan, sheetNames(workbook));
  const skipped = new Set<WpsSkipped>();
  let first: WpsWorksheet | undefined;
  for (const sheetPlan of final.sheets) {
    const ws = addSheetAtEnd(workbook, sheetPlan.name);
    for (const f of writeSheetPlan(ws, sheetPlan)) skipped.add(f);
    if (!first && isVisibleSheet(sheetPlan)) first = ws;
  }
  first?.Activate();
  return { sheets: final.sheets.map((s) => s.name), visible: visibleSheetNames(final.sheets), skipped: [...skipped].sort() };
}

/**
 * Write everything of one SheetPlan on `ws` (a new, empty, unprotected sheet): number formats, values, styles,
 * merges, sizes, validation, notes, print setup and page breaks, tab colour, visibility, protection (last, so nothing
 * after it meets a locked cell). Returns the features not written.
 */
export function writeSheetPlan(ws: WpsWorksheet, plan: SheetPlan): WpsSkipped[] {
  const skipped: WpsSkipped[] = [];
  writeValues(ws, plan);
  writeStyles(ws, plan);
  for (const m of plan.merges) ws.Range(rangeAddress(m)).Merge();
  writeSizes(ws, plan);
  for (const v of plan.validations ?? []) writeValidation(ws.Range(rangeAddress(v.range)), v);
  for (const cell of plan.cells) if (cell.note) ws.Range(rangeAddress({ r0: cell.row, c0: cell.col, r1: cell.row, c1: cell.col })).AddComment(cell.note);
  if (plan.print) writePrint(ws, plan.print);
  for (const r of plan.rowBreaks ?? []) if (Number.isInteger(r) && r > 0) ws.HPageBreaks.Add(ws.Range(`A${r + 1}`));
  if (plan.tabColor) ws.Tab.Color = toBgr(plan.tabColor);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) skipped.push('freeze');
  if (plan.dataBars?.length) skipped.push('dataBars');
  if (plan.charts?.length) skipped.push('charts');
  if (plan.visibility && plan.visibility !== 'visible') ws.Visible = plan.visibility === 'veryHidden' ? XL_SHEET.veryHidden : XL_SHEET.hidden;
  if (plan.protect) protectSheet(ws);
  return skipped;
}

/**
 * Number formats, then all values in one `Value2` write over the bounding box of the plan's cells (a cell the plan
 * does not list is written empty: the sheet is new, or the caller lists every cell). Formats are set per rectangle
 * of one format: "@" for every string cell, the style's format for other cells.
 */
export function writeValues(ws: WpsWorksheet, plan: Pick<SheetPlan, 'cells' | 'styles'>): void {
  const box = cellBounds(plan.cells);
  if (!box) return;
  const { values, numberFormat } = valueArrays(plan, box);
  const formatCells = plan.cells.flatMap((c) => {
    const f = numberFormat[c.row - box.r0][c.col - box.c0];
    return f === null ? [] : [{ row: c.row, col: c.col, value: null, style: f }];
  });
  for (const [format, rects] of styleRects({ cells: formatCells, merges: [] })) {
    for (const rect of rects) ws.Range(rangeAddress(rect)).NumberFormat = format;
  }
  const range = ws.Range(rangeAddress(box));
  range.Value2 = values.length === 1 && values[0].length === 1 ? (values[0][0] ?? '') : values.map((r) => r.map((v) => v ?? ''));
}

const HORIZONTAL = { left: XL.hAlignLeft, center: XL.hAlignCenter, right: XL.hAlignRight } as const;
const VERTICAL = { top: XL.vAlignTop, center: XL.vAlignCenter, bottom: XL.vAlignBottom } as const;

/** Fonts, fills, borders, alignment, wrap and locking, per rectangle of one style (a merged area styled whole). */
function writeStyles(ws: WpsWorksheet, plan: Pick<SheetPlan, 'cells' | 'merges' | 'styles'>): void {
  for (const [key, rects] of styleRects(plan)) {
    const style = plan.styles[key];
    if (!style) continue;
    for (const rect of rects) applyStyle(ws.Range(rangeAddress(rect)), style);
  }
}

/** One style on one range (number formats are written with the values). */
function applyStyle(range: WpsRange, style: CellStyle): void {
  if (style.font) {
    const font = range.Font;
    if (style.font.name !== undefined) font.Name = style.font.name;
    if (style.font.size !== undefined) font.Size = style.font.size;
    if (style.font.bold !== undefined) font.Bold = style.font.bold;
    if (style.font.color !== undefined) font.Color = toBgr(style.font.color);
  }
  if (style.fill) range.Interior.Color = toBgr(style.fill);
  if (style.horizontal) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.border === 'thin') {
    const borders = range.Borders;
    borders.LineStyle = XL.continuous;
    borders.Weight = XL.thin;
    borders.Color = 0;
  }
  if (style.locked !== undefined) range.Locked = style.locked;
}

/** Column widths (character units, VBA: Range.ColumnWidth) and row heights in points (at most 409, Excel's limit). */
function writeSizes(ws: WpsWorksheet, plan: Pick<SheetPlan, 'columnWidths' | 'rowHeights'>): void {
  const widths = new Map<number, number>();
  plan.columnWidths.forEach((w, i) => widths.set(i, w));
  for (const run of sizeRuns(widths)) ws.Range(columnsAddress(run.from, run.to)).ColumnWidth = run.size;
  const heights = new Map<number, number>(Object.entries(plan.rowHeights).map(([k, v]): [number, number] => [Number(k), v]));
  for (const run of sizeRuns(heights)) ws.Range(rowsAddress(run.from, run.to)).RowHeight = Math.min(run.size, 409);
}

/**
 * Data validation (VBA: Validation.Add): a decimal between bounds, or an in-cell list. Titles are cut to 32
 * characters, texts and a list source to 255 (Excel's limits, which WPS keeps; a longer list is not set).
 */
function writeValidation(range: WpsRange, v: PlanValidation): void {
  const validation = range.Validation;
  if (v.type === 'decimal') {
    if (v.min !== undefined && v.max !== undefined) validation.Add(XL.validateDecimal, XL.validAlertStop, XL.between, String(v.min), String(v.max));
    else if (v.min !== undefined) validation.Add(XL.validateDecimal, XL.validAlertStop, XL.greaterEqual, String(v.min));
    else if (v.max !== undefined) validation.Add(XL.validateDecimal, XL.validAlertStop, XL.lessEqual, String(v.max));
    else validation.Add(XL.validateDecimal, XL.validAlertStop, XL.between, '-1E+307', '1E+307');
  } else {
    const source = v.values.join(',');
    if (source.length > VALIDATION_LIST_LIMIT) return;
    validation.Add(XL.validateList, XL.validAlertStop, XL.between, source);
  }
  if (v.promptTitle) validation.InputTitle = clip(v.promptTitle, VALIDATION_TITLE_LIMIT);
  if (v.prompt) validation.InputMessage = clip(v.prompt, VALIDATION_TEXT_LIMIT);
  if (v.errorTitle) validation.ErrorTitle = clip(v.errorTitle, VALIDATION_TITLE_LIMIT);
  if (v.error) validation.ErrorMessage = clip(v.error, VALIDATION_TEXT_LIMIT);
}

/** The PageSetup property of each margin side (VBA: TopMargin …, in points). */
const WPS_MARGIN: Record<MarginSide, 'TopMargin' | 'BottomMargin' | 'LeftMargin' | 'RightMargin' | 'HeaderMargin' | 'FooterMargin'> = {
  top: 'TopMargin',
  bottom: 'BottomMargin',
  left: 'LeftMargin',
  right: 'RightMargin',
  header: 'HeaderMargin',
  footer: 'FooterMargin',
};

/** Page setup (VBA: PageSetup): orientation, A4, fit to width, title rows, footer, margins (inches → points). */
function writePrint(ws: WpsWorksheet, print: PlanPrint): void {
  const setup = ws.PageSetup;
  setup.Orientation = print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  setup.PaperSize = XL.paperA4;
  if (print.fitToWidth) {
    setup.Zoom = false;
    setup.FitToPagesWide = print.fitToWidth;
    setup.FitToPagesTall = false;
  }
  if (print.titleRows) setup.PrintTitleRows = titleRowsAddress(print.titleRows);
  if (print.footerCenter) setup.CenterFooter = print.footerCenter;
  if (print.margins) {
    const points = marginPoints(print.margins);
    for (const side of MARGIN_SIDES) setup[WPS_MARGIN[side]] = points[side];
  }
  if (print.centerHorizontally !== undefined) setup.CenterHorizontally = print.centerHorizontally;
}

/**
 * Protect without a password, cells locked, formatting cells, columns and rows allowed (people resize rows as they
 * write; 一键校验 fills cells), drawing objects left editable (its comments), as the other adapters protect.
 */
export function protectSheet(ws: WpsWorksheet): void {
  ws.Protect(undefined, false, true, false, false, true, true, true);
}
