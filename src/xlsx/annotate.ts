import type ExcelJS from 'exceljs';
import { markPlan, type MarkPlan, type MarkSheet } from '../core/marks/plan';
import { MARK_PREFIX } from '../core/marks/note';
import type { GridBook } from '../core/sheet/grid';
import type { SheetPlan, WorkbookPlan } from '../core/sheet/plan';
import type { Finding } from '../core/validate/finding';
import { readWorkbook } from './read';
import { loadExcelJS } from './exceljs';
import { toExcelStyle, writeSheet, writeWorkbook } from './write';

/**
 * The annotated copy (标注副本) of a checked workbook, for people who work on files (the pane outside Excel, the CLI):
 * it applies the findings' MarkPlan (core/marks: every finding's cell filled by severity with a note listing its
 * findings, and the 校验结果 sheet listing them all). Values are never touched: only fills, notes and the new sheet.
 */

/**
 * A WorkbookPlan that writes a GridBook's cells back as they were read: values (strings always as text, booleans as
 * TRUE/FALSE text, non-finite numbers left empty), number formats of cells that have one (so dates stay dates),
 * merges and sheet states. Styles, widths and validation are not in a GridBook and are not written. Used for inputs
 * ExcelJS cannot open (.xls, .ods, .et): their annotated copy is a fresh .xlsx made this way.
 */
export function planFromGridBook(book: GridBook): WorkbookPlan {
  return {
    sheets: book.sheets.map((g): SheetPlan => {
      const styles: SheetPlan['styles'] = {};
      const cells: SheetPlan['cells'] = [];
      g.rows.forEach((row, r) =>
        (row ?? []).forEach((cell, c) => {
          if (!cell || cell.value === null || cell.value === undefined) return;
          const value = typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : cell.value;
          const pc: SheetPlan['cells'][number] = { row: r + g.origin.row, col: c + g.origin.col, value };
          if (cell.numberFormat && cell.numberFormat !== 'General' && typeof value === 'number') {
            styles[cell.numberFormat] = { numberFormat: cell.numberFormat };
            pc.style = cell.numberFormat;
          }
          cells.push(pc);
        }),
      );
      // Role only matters for the add-in's own metadata; every sheet here is written as it was (the metadata sheet too).
      return { name: g.name, role: 'progress', visibility: g.visibility, styles, cells, merges: g.merges, columnWidths: [], rowHeights: {} };
    }),
  };
}

/** Load .xlsx bytes with ExcelJS; undefined when ExcelJS cannot open them (.xls, .ods, a broken file). */
async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return undefined;
  }
  return wb.worksheets.length > 0 ? wb : undefined;
}

/** ExcelJS sheet state as a Grid visibility. */
function visibilityOf(state: ExcelJS.WorksheetState): MarkSheet['visibility'] {
  return state === 'visible' ? 'visible' : state === 'veryHidden' ? 'veryHidden' : 'hidden';
}

/** The text of an ExcelJS note (a string or rich text), '' when none. */
function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (typeof note === 'string') return note;
  return note?.texts?.map((t) => t.text).join('') ?? '';
}

/**
 * Apply a MarkPlan to a loaded workbook: each MarkCell's fill and note (a person's note is kept, the add-in's note
 * appended after a blank line; what the add-in wrote there before, from MARK_PREFIX on, is replaced), then the
 * results sheet, made the active tab.
 */
export async function applyMarkPlan(wb: ExcelJS.Workbook, plan: MarkPlan): Promise<void> {
  for (const mark of plan.cells) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    // A new style object: ExcelJS may share one style object between cells, so never mutate cell.fill in place.
    cell.style = { ...cell.style, fill: toExcelStyle({ fill: mark.fill }).fill! };
    const old = noteOf(cell);
    const ours = old.indexOf(MARK_PREFIX);
    const theirs = (ours < 0 ? old : old.slice(0, ours)).replace(/\s+$/, '');
    cell.note = theirs ? `${theirs}\n\n${mark.note}` : mark.note;
  }
  const ws = await writeSheet(wb, plan.results);
  const index = wb.worksheets.indexOf(ws);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  for (const other of wb.worksheets) if (other !== ws) other.views = (other.views ?? []).map((v) => ({ ...v, tabSelected: false }));
}

/**
 * The annotated copy of a workbook as .xlsx bytes: the MarkPlan of `findings` (core/marks `markPlan`) applied by
 * `applyMarkPlan`.
 *
 * - .xlsx / .xlsm input: opened with ExcelJS, so everything ExcelJS keeps (values, styles, merges, widths, validation)
 *   stays as it was.
 * - Any other input ExcelJS cannot open (.xls, .ods, .et, Excel 2003 XML): the workbook is read with `readWorkbook`
 *   (SheetJS), or `book` when given, and written afresh as .xlsx from its cells (`planFromGridBook`: values, number
 *   formats, merges, sheet states — not the original styles), then annotated the same way. The copy is always .xlsx.
 *
 * Values are never changed. Findings naming a sheet or cell the workbook lacks are only listed in 校验结果. Rejects
 * with the reader's WorkbookReadError when the bytes are no workbook at all.
 */
export async function annotateWorkbook(bytes: Uint8Array, findings: readonly Finding[], opts: { book?: GridBook; fileName?: string } = {}): Promise<Uint8Array> {
  let wb = await loadXlsx(bytes);
  if (!wb) {
    const book = opts.book ?? readWorkbook(bytes, opts.fileName ?? 'workbook');
    wb = await loadXlsx(await writeWorkbook(planFromGridBook(book)));
    if (!wb) throw new Error('the fresh copy could not be reopened');
  }
  await applyMarkPlan(wb, markPlan(findings, wb.worksheets.map((w) => ({ name: w.name, visibility: visibilityOf(w.state) }))));
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
