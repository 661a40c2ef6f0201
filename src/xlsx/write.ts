import type ExcelJS from 'exceljs';
import { a1, a1Range, type CellRange } from '../core/sheet/grid';
import { finalizeNames } from '../core/sheet/metadata';
import { clip, VALIDATION_LIST_LIMIT, VALIDATION_TEXT_LIMIT, VALIDATION_TITLE_LIMIT } from '../core/sheet/plan-ranges';
import { EXCEL_CELL_LIMIT } from '../core/text/split';
import { isVisibleSheet, type CellStyle, type PlanPrint, type PlanValidation, type SheetPlan, type WorkbookPlan } from '../core/sheet/plan';
import { loadExcelJS } from './exceljs';

/**
 * The file adapter's writer: a WorkbookPlan -> .xlsx bytes, with ExcelJS 4.4. It applies everything a plan says:
 * values, styles, merges, column widths (character units), row heights (points; a plan's `autoHeightRows` are written
 * without customHeight, so Excel lets them grow), data validation, data bars, notes, print setup (paper,
 * orientation, fit to width, print titles, footer, margins, manual row page breaks), freeze panes, sheet protection
 * (without password) and sheet visibility (the metadata sheet is very hidden).
 *
 * Strings are always text: ExcelJS stores a JavaScript string as a shared string (`t="s"`), never a formula,
 * so "=1+1" stays the text "=1+1" (a formula needs `{formula}`, which this writer never makes).
 */


/** "#RRGGBB" -> ExcelJS ARGB "FFRRGGBB". */
function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

/** `clip` of a text that may be absent (ExcelJS leaves an absent one out). */
function clipOptional(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : clip(text, max);
}

/** A plan style as an ExcelJS style. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.font.name) font.name = style.font.name;
    if (style.font.size) font.size = style.font.size;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    if (style.font.color) font.color = { argb: argb(style.font.color) };
    out.font = font;
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border === 'thin') {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical === 'center' ? 'middle' : style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

function toValidation(v: PlanValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: Boolean(v.prompt || v.promptTitle),
    promptTitle: clipOptional(v.promptTitle, VALIDATION_TITLE_LIMIT),
    prompt: clipOptional(v.prompt, VALIDATION_TEXT_LIMIT),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clipOptional(v.errorTitle, VALIDATION_TITLE_LIMIT),
    error: clipOptional(v.error, VALIDATION_TEXT_LIMIT),
  } as const;
  if (v.type === 'list') {
    const list = `"${v.values.map((s) => s.replace(/"/g, '""')).join(',')}"`;
    if (list.length - 2 > VALIDATION_LIST_LIMIT) throw new RangeError(`list validation over ${VALIDATION_LIST_LIMIT} characters at ${a1Range(v.range)}`);
    return { ...common, type: 'list', formulae: [list] };
  }
  if (v.min !== undefined && v.max !== undefined) return { ...common, type: 'decimal', operator: 'between', formulae: [v.min, v.max] };
  if (v.min !== undefined) return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v.min] };
  if (v.max !== undefined) return { ...common, type: 'decimal', operator: 'lessThanOrEqual', formulae: [v.max] };
  return { ...common, type: 'decimal', operator: 'between', formulae: [-1e15, 1e15] };
}

function applyPrint(ws: ExcelJS.Worksheet, print: PlanPrint): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4 (ECMA-376 ST_PaperSize 9)
    orientation: print.orientation,
    horizontalCentered: print.centerHorizontally ?? false,
  };
  if (print.fitToWidth !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = print.fitToWidth;
    setup.fitToHeight = 0;
  }
  if (print.margins) setup.margins = { ...print.margins };
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.r0 + 1}:${print.titleRows.r1 + 1}`;
  ws.pageSetup = { ...ws.pageSetup, ...setup };
  if (print.footerCenter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footerCenter}` };
}

function cellsOf(range: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) out.push({ row: r, col: c });
  return out;
}

/**
 * Write one sheet plan into a new worksheet of `wb`. A merged area takes the style of its top-left cell on every
 * cell (so its borders draw all round). Throws RangeError for a text over Excel's 32,767 characters (never cut
 * silently) or a list validation over 255 characters.
 */
export async function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(plan.name, {
    state: plan.visibility ?? 'visible',
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
  });
  const styles = new Map(Object.entries(plan.styles).map(([k, s]) => [k, toExcelStyle(s)]));
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r) + 1).height = h;

  const styleAt = new Map<string, Partial<ExcelJS.Style>>();
  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.row + 1, pc.col + 1);
    const style = pc.style ? styles.get(pc.style) : undefined;
    if (style) {
      cell.style = structuredClone(style);
      styleAt.set(`${pc.row},${pc.col}`, style);
    }
    if (typeof pc.value === 'string') {
      if (pc.value.length > EXCEL_CELL_LIMIT) {
        throw new RangeError(`text of ${pc.value.length} characters at ${plan.name}!${a1(pc.row, pc.col)} is over Excel's ${EXCEL_CELL_LIMIT}`);
      }
      cell.value = pc.value;
    } else if (typeof pc.value === 'number') {
      cell.value = Number.isFinite(pc.value) ? pc.value : null;
    } else {
      cell.value = null;
    }
    if (pc.note) cell.note = pc.note;
  }
  for (const m of plan.merges) {
    if (m.r0 === m.r1 && m.c0 === m.c1) continue;
    ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    const style = styleAt.get(`${m.r0},${m.c0}`);
    if (style) for (const { row, col } of cellsOf(m)) ws.getCell(row + 1, col + 1).style = structuredClone(style);
  }
  // ExcelJS 4.4 has `dataValidations.add(range, rule)` (written as one sqref) but leaves it out of its typings.
  const validations = (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations ?? []) validations.add(a1Range(v.range), toValidation(v));
  (plan.dataBars ?? []).forEach((bar, i) => {
    ws.addConditionalFormatting({
      ref: a1Range(bar.range),
      rules: [
        {
          type: 'dataBar',
          priority: i + 1,
          minLength: 0,
          maxLength: 100,
          showValue: true,
          gradient: false,
          border: false,
          cfvo: [
            { type: 'num', value: bar.min },
            { type: 'num', value: bar.max },
          ],
          color: { argb: argb(bar.color) },
        } as unknown as ExcelJS.DataBarRuleType,
      ],
    });
  });
  if (plan.print) applyPrint(ws, plan.print);
  // Manual page breaks: a page starting at 0-based row r is a break below 1-based row r. ExcelJS's
  // `row.addPageBreak()` writes <brk id="(its 1-based row)"> in <rowBreaks> (a break below that row; ECMA-376 Part 1,
  // the brk element); the right bound is given so it writes max="16383" (column XFD) rather than its default 16838.
  for (const r of plan.rowBreaks ?? []) if (Number.isInteger(r) && r > 0) ws.getRow(r).addPageBreak(0, 16384);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.cols,
        ySplit: plan.freeze.rows,
        topLeftCell: a1(plan.freeze.rows, plan.freeze.cols),
      },
    ];
  }
  if (plan.protect) {
    // No password: nothing is hashed (ExcelJS hashes only when a password is given), so no spinCount cost.
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: false,
      deleteRows: false,
    });
  }
  return ws;
}

/**
 * Write a whole WorkbookPlan to .xlsx bytes. Calls `finalizeNames(plan, [])` first (legal, unique sheet names and
 * the very hidden metadata sheet when `plan.metadata` is set). The first visible sheet is active. Rows a sheet lists
 * in `autoHeightRows` are written without `customHeight` (see `releaseRowHeightsOnWrite`).
 * Throws RangeError as `writeSheet` does.
 */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  const final = finalizeNames(plan, []);
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '进展情况表助手';
  const autoHeights = new Map<string, number[]>();
  for (const sheet of final.sheets) {
    const ws = await writeSheet(wb, sheet);
    const rows = (sheet.autoHeightRows ?? []).filter((r) => sheet.rowHeights[r] !== undefined);
    // ExcelJS stores worksheet N (its id) as xl/worksheets/sheetN.xml.
    if (rows.length) autoHeights.set(`xl/worksheets/sheet${ws.id}.xml`, rows);
  }
  const first = final.sheets.findIndex(isVisibleSheet);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, first), visibility: 'visible' }];
  if (autoHeights.size) releaseRowHeightsOnWrite(wb, autoHeights);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The part of ExcelJS 4.4's XLSX writer (lib/xlsx/xlsx.js) this file hooks: the zip it appends each part to. */
interface PartZip {
  append(data: unknown, options: { name: string }): void;
}

/**
 * Make rows' heights automatic again in the .xlsx a workbook writes: ExcelJS marks every row height it writes as
 * custom (`customHeight="1"`, ECMA-376 Part 1, 18.3.1.73 row), and Excel never resizes a custom-height row, so a fill
 * row would not grow as people type. For each sheet part (e.g. "xl/worksheets/sheet1.xml") and its 0-based rows, the
 * `customHeight="1"` of those `<row r="N">` elements is dropped from the part's XML as ExcelJS hands it to its zip
 * (its `XLSX.addWorksheets`, hooked on this workbook only); `ht` stays as the starting height (Excel keeps the stored
 * height on open and autofits the row when one of its cells is edited). Other rows keep their fixed heights. Nothing
 * is unzipped or zipped again, and no second zip library is loaded. Throws TypeError if the ExcelJS in use has no
 * `addWorksheets` (a version this was not written for), rather than silently writing custom heights.
 */
export function releaseRowHeightsOnWrite(wb: ExcelJS.Workbook, rowsByPart: ReadonlyMap<string, readonly number[]>): void {
  const xlsx = wb.xlsx as unknown as { addWorksheets?: (zip: PartZip, model: unknown) => Promise<void> };
  const addWorksheets = xlsx.addWorksheets;
  if (typeof addWorksheets !== 'function') throw new TypeError('ExcelJS XLSX.addWorksheets not found: row heights cannot be released');
  xlsx.addWorksheets = async (zip: PartZip, model: unknown) => {
    const append = zip.append;
    zip.append = (data: unknown, options: { name: string }) => {
      const rows = rowsByPart.get(options.name);
      append.call(zip, rows && typeof data === 'string' ? releasedRows(data, rows) : data, options);
    };
    try {
      await addWorksheets.call(xlsx, zip, model);
    } finally {
      zip.append = append;
    }
  };
}

/** A sheet part's XML with `customHeight="1"` dropped from the `<row>` elements of the given 0-based rows. */
function releasedRows(xml: string, rows: readonly number[]): string {
  const wanted = new Set(rows.map((r) => r + 1));
  return xml.replace(/<row r="(\d+)"[^>]*>/g, (tag, r: string) => (wanted.has(Number(r)) ? tag.replace(/ customHeight="1"/, '') : tag));
}
