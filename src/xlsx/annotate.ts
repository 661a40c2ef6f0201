import type ExcelJS from 'exceljs';
import { isMarksStore, MARKS_STORE_HEADER, MARKS_STORE_SHEET, personsNote, readStoredMarks, type StoredMark } from '../core/marks/clean';
import { isMarkFill } from '../core/marks/palette';
import { loadExcelJS } from './exceljs';
import { markPlan, type MarkPlan, type MarkSheet } from '../core/marks/plan';
import { isResultsSheet } from '../core/marks/results-sheet';
import type { GridBook } from '../core/sheet/grid';
import type { SheetPlan, WorkbookPlan } from '../core/sheet/plan';
import type { Finding } from '../core/validate/finding';
import { readWorkbook } from './read';
import { toExcelStyle, writeSheet, writeWorkbook } from './write';

/**
 * The annotated copy (标注副本) of a checked workbook, for people who work on files (the pane outside Excel, the CLI):
 * it applies the findings' MarkPlan (core/marks: every finding's cell filled by severity with a note listing its
 * findings, and the 校验结果 sheet listing them all). Values are never touched: only fills, notes and the new sheet.
 * A very hidden store sheet (core/marks/clean MARKS_STORE_SHEET) keeps each marked cell's own fill, so the marks can
 * be removed exactly: re-annotating a marked file removes its old marks first, and `cleanWorkbook` makes the clean
 * file (可报送) with every fill, note and sheet the add-in added removed, and nothing else.
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

/** The texts of a sheet's row (1-based `r`), from column A to its last cell. */
function rowTexts(ws: ExcelJS.Worksheet, r: number): string[] {
  const row = ws.getRow(r);
  const out: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) out.push(row.getCell(c).text ?? '');
  return out;
}

/** The cell's fill colour as "#RRGGBB" when it is a solid pattern fill, else undefined. */
function fillColour(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.style?.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = (fill.fgColor as { argb?: string } | undefined)?.argb;
  return typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** Set (or, with undefined, remove) a cell's fill on a new style object (ExcelJS may share one between cells). */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/** ExcelJS's `ValueType.Merge` (exceljs/lib/doc/enums.js): the value, not the enum, so ExcelJS loads only when used. */
const MERGE_VALUE_TYPE = 1 as ExcelJS.ValueType;

/**
 * Set (or, with '', remove) a cell's note. ExcelJS has no public way to delete a note: its `_comment` is cleared, and
 * the value is set again (a loaded cell's value model carries the note read from the file and would write it back).
 */
function setNote(cell: ExcelJS.Cell, text: string): void {
  if (text) {
    cell.note = text;
    return;
  }
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  if (cell.type !== MERGE_VALUE_TYPE) {
    const value = cell.value;
    cell.value = value;
  }
}

/**
 * Remove from a loaded workbook everything the add-in added when marking it (core/marks/clean): each stored cell's
 * fill put back as it was; our part of every note removed (a person's text before it kept; a note that was all ours
 * deleted); a mark fill on a cell that had our note removed (files marked before the store existed); the 校验结果
 * sheets and the store sheet deleted. A person's fills, notes and sheets are never touched. Returns how many cells and
 * sheets changed. Pure of I/O; mutates `wb`.
 */
export function removeMarks(wb: ExcelJS.Workbook): { cells: number; sheets: number } {
  const store = wb.worksheets.find((w) => isMarksStore(w.name, rowTexts(w, 1)));
  const stored: StoredMark[] = [];
  if (store) for (let r = 2; r <= store.rowCount; r++) stored.push(...readStoredMarks([rowTexts(store, r)]));
  const ours = wb.worksheets.filter((w) => w === store || isResultsSheet(w.name, rowTexts(w, 1)));
  const changed = new Set<string>();
  for (const m of stored) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws || ours.includes(ws)) continue;
    const cell = ws.getCell(m.cell);
    if (!isMarkFill(fillColour(cell))) continue; // a person refilled it since: theirs now
    let fill: ExcelJS.Fill | undefined;
    try {
      fill = m.fill ? (JSON.parse(m.fill) as ExcelJS.Fill) : undefined;
    } catch {
      fill = undefined;
    }
    setFill(cell, fill);
    changed.add(`${m.sheet}!${m.cell}`);
  }
  const storedKeys = new Set(stored.map((m) => `${m.sheet}!${m.cell}`));
  for (const ws of wb.worksheets) {
    if (ours.includes(ws)) continue;
    // Empty cells too: a note on an empty cell (完成时限未填写) has no value, and ExcelJS skips valueless cells otherwise.
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const rest = personsNote(noteOf(cell));
        if (rest === undefined) return;
        setNote(cell, rest);
        const key = `${ws.name}!${cell.address}`;
        if (!storedKeys.has(key) && isMarkFill(fillColour(cell))) setFill(cell, undefined);
        changed.add(key);
      }),
    );
  }
  for (const ws of ours) wb.removeWorksheet(ws.id);
  if (ours.length) {
    const first = Math.max(0, wb.worksheets.findIndex((w) => w.state === 'visible'));
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: first, visibility: 'visible' }];
    wb.worksheets.forEach((w, i) => (w.views = (w.views?.length ? w.views : [{}]).map((v) => ({ ...v, tabSelected: i === first }))));
  }
  return { cells: changed.size, sheets: ours.length };
}

/**
 * Apply a MarkPlan to a loaded workbook (whose old marks `removeMarks` took off first): each MarkCell's fill and note
 * (a person's note is kept, the add-in's note appended after a blank line), the store sheet (very hidden) listing
 * every marked cell with its own fill before marking, then the results sheet, made the active tab.
 */
export async function applyMarkPlan(wb: ExcelJS.Workbook, plan: MarkPlan): Promise<void> {
  const stored: StoredMark[] = [];
  for (const mark of plan.cells) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    const own = cell.style?.fill;
    stored.push({ sheet: mark.sheet, cell: cell.address, fill: own ? JSON.stringify(own) : '' });
    setFill(cell, toExcelStyle({ fill: mark.fill }).fill!);
    const theirs = personsNote(noteOf(cell)) ?? noteOf(cell).replace(/\s+$/, '');
    cell.note = theirs ? `${theirs}\n\n${mark.note}` : mark.note;
  }
  if (stored.length && !wb.getWorksheet(MARKS_STORE_SHEET)) {
    const store = wb.addWorksheet(MARKS_STORE_SHEET, { state: 'veryHidden' });
    store.addRow([...MARKS_STORE_HEADER]);
    for (const m of stored) store.addRow([m.sheet, m.cell, m.fill]);
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
 * A file marked before (by this add-in) has its old marks removed first (`removeMarks`), so fixed cells lose their
 * red fill and their 【错误】 note, and the old 校验结果 sheet goes. Values are never changed. Findings naming a sheet or
 * cell the workbook lacks are only listed in 校验结果. Rejects with the reader's WorkbookReadError when the bytes are
 * no workbook at all.
 */
export async function annotateWorkbook(bytes: Uint8Array, findings: readonly Finding[], opts: { book?: GridBook; fileName?: string } = {}): Promise<Uint8Array> {
  let wb = await loadXlsx(bytes);
  if (!wb) {
    const book = opts.book ?? readWorkbook(bytes, opts.fileName ?? 'workbook');
    wb = await loadXlsx(await writeWorkbook(planFromGridBook(book)));
    if (!wb) throw new Error('the fresh copy could not be reopened');
  }
  removeMarks(wb);
  await applyMarkPlan(wb, markPlan(findings, wb.worksheets.map((w) => ({ name: w.name, visibility: visibilityOf(w.state) }))));
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/**
 * The clean file (清除标记后的文件，可报送): the workbook with every fill, note and sheet the add-in added when marking
 * it removed (`removeMarks`) and nothing else, as .xlsx bytes. Input ExcelJS cannot open (.xls, .ods …) holds no marks
 * of ours (the add-in always writes .xlsx): its bytes are returned unchanged.
 */
export async function cleanWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await loadXlsx(bytes);
  if (!wb) return bytes;
  removeMarks(wb);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
