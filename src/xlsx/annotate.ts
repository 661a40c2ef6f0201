import ExcelJS from 'exceljs';
import type { GridBook } from '../core/sheet/grid';
import { uniqueSheetName } from '../core/sheet/names';
import type { SheetPlan, WorkbookPlan } from '../core/sheet/plan';
import type { Finding, Severity } from '../core/validate/finding';
import { readWorkbook } from './read';
import { writeWorkbook } from './write';

/**
 * The annotated copy (标注副本) of a checked workbook, for people who work on files (the pane outside Excel, the CLI):
 * every finding's cell gets a fill by severity and a note (批注) with the message and hint, and a new sheet
 * 校验结果 lists all findings. Values are never touched: only fills, notes and the new sheet.
 */

/** Fill colours by severity, ARGB: error light red, warning light orange, info light blue. */
export const ANNOTATION_FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFD8A8', info: 'FFDDEBF7' };

/** Name of the findings sheet (a clash gets "校验结果 (2)" …). */
export const RESULTS_SHEET = '校验结果';

const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

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
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return undefined;
  }
  return wb.worksheets.length > 0 ? wb : undefined;
}

/** The note text of a finding: message, then 建议：hint. */
function noteText(f: Finding): string {
  return `【${SEVERITY_TEXT[f.severity]}】${f.message}${f.hint ? `\n建议：${f.hint}` : ''}`;
}

/**
 * The annotated copy of a workbook as .xlsx bytes.
 *
 * - .xlsx / .xlsm input: opened with ExcelJS, so everything ExcelJS keeps (values, styles, merges, widths, validation)
 *   stays as it was; each finding's cell (sheet + A1) gets a solid fill (ANNOTATION_FILLS: the worst severity at that
 *   cell wins) and a note with every finding of that cell (an existing note is kept, the findings appended).
 * - Any other input ExcelJS cannot open (.xls, .ods, .et, Excel 2003 XML): the workbook is read with `readWorkbook`
 *   (SheetJS), or `book` when given, and written afresh as .xlsx from its cells (`planFromGridBook`: values, number
 *   formats, merges, sheet states — not the original styles), then annotated the same way. The copy is always .xlsx.
 * - A sheet 校验结果 is added (and made the active tab) listing every finding: 序号, 文件, 工作表, 单元格, 级别, 代码,
 *   问题, 建议 — all as text cells (format "@"), never formulas. File-level findings (cell null) appear only there.
 *
 * Values are never changed. Findings naming a sheet or cell the workbook lacks are only listed. Rejects with the
 * reader's WorkbookReadError when the bytes are no workbook at all.
 */
export async function annotateWorkbook(bytes: Uint8Array, findings: readonly Finding[], opts: { book?: GridBook; fileName?: string } = {}): Promise<Uint8Array> {
  let wb = await loadXlsx(bytes);
  if (!wb) {
    const book = opts.book ?? readWorkbook(bytes, opts.fileName ?? 'workbook');
    wb = await loadXlsx(await writeWorkbook(planFromGridBook(book)));
    if (!wb) throw new Error('the fresh copy could not be reopened');
  }

  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  for (const [key, list] of byCell) {
    const [sheet, address] = key.split('\u0000');
    const ws = wb.getWorksheet(sheet);
    if (!ws || !/^[A-Z]{1,3}[0-9]{1,7}$/.test(address)) continue;
    const cell = ws.getCell(address);
    const worst = [...list].sort((a, b) => rank[a.severity] - rank[b.severity])[0].severity;
    // A new style object: ExcelJS may share one style object between cells, so never mutate cell.fill in place.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS[worst] } } };
    const old = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
    const text = list.map(noteText).join('\n\n');
    cell.note = old ? `${old}\n\n${text}` : text;
  }

  const name = uniqueSheetName(RESULTS_SHEET, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  const headers = ['序号', '文件', '工作表', '单元格', '级别', '代码', '问题', '建议'];
  const widths = [6, 20, 14, 8, 6, 26, 60, 50];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).numFmt = '@';
  });
  const put = (row: number, values: string[]) => {
    values.forEach((v, i) => {
      const c = ws.getCell(row, i + 1);
      c.numFmt = '@';
      c.value = v; // a string is always stored as text by ExcelJS, never as a formula
      c.alignment = { wrapText: true, vertical: 'top' };
    });
  };
  put(1, headers);
  ws.getRow(1).font = { bold: true };
  findings.forEach((f, i) => {
    put(i + 2, [String(i + 1), f.file ?? '', f.sheet ?? '', f.cell ?? '', SEVERITY_TEXT[f.severity], f.code, f.message, f.hint]);
    ws.getCell(i + 2, 5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS[f.severity] } };
  });
  if (findings.length === 0) put(2, ['', '', '', '', '', '', '未发现问题，可以报送', '']);
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }];
  const index = wb.worksheets.indexOf(ws);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  for (const other of wb.worksheets) if (other !== ws) other.views = (other.views ?? []).map((v) => ({ ...v, tabSelected: false }));

  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
