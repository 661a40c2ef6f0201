import * as fs from 'node:fs';
import * as path from 'node:path';
import { a1, a1Range, type GridBook } from '../../src/core/sheet/grid';
import { mergeBooks } from '../../src/core/merge/books';
import { validateBook } from '../../src/core/validate/index';
import type { Finding } from '../../src/core/validate/finding';
import { readGrid as readExcel } from '../../src/excel/read-grid';
import { readWorkbook } from '../../src/xlsx/read';
import { readGrid as readWps } from '../../src/wps/read-grid';
import { LINZI_2026 } from '../helpers/fixtures';
import { strictHost, type SheetSpec } from '../excel/strict/host';
import { sheetsFromBook, wpsHost } from './fake/host';

/**
 * Issue 13, "Done when": the same workbooks give the same findings and the same summary through the three hosts: the
 * file adapter (src/xlsx/read), the Excel adapter under the real Office.js client and the strict Excel host
 * (test/excel/strict, ExcelApi 1.14), and the WPS adapter over the fake WPS object model (test/wps/fake). The
 * workbooks are the examples/ files (received tables, some with defects); each is read from its bytes once, and the
 * sheets it holds are put into both hosts as a person's workbook would hold them.
 */

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const spec = LINZI_2026;
const TODAY = '2026-10-15';
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

const fromFile = (name: string) => readWorkbook(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))), name);

/** The sheets of a book as the strict Excel host takes them (dates keep their format, merges their areas). */
function excelSheets(book: GridBook): SheetSpec[] {
  return book.sheets.map((g) => {
    const rows: (string | number | boolean | null)[][] = [];
    const numberFormats: Record<string, string> = {};
    g.rows.forEach((row, i) =>
      row.forEach((c, j) => {
        const r = g.origin.row + i;
        while (rows.length <= r) rows.push([]);
        rows[r][g.origin.col + j] = c?.value ?? null;
        if (c?.isDate) numberFormats[a1(r, g.origin.col + j)] = c.numberFormat ?? 'yyyy/m/d';
      }),
    );
    return { name: g.name, visibility: VISIBILITY[g.visibility], rows: rows.map((r) => Array.from(r, (v) => v ?? null)), numberFormats, merges: g.merges.map(a1Range) };
  });
}

type Brief = Pick<Finding, 'code' | 'severity' | 'sheet' | 'cell' | 'message' | 'hint'>;
const brief = (f: Finding): Brief => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, hint: f.hint });
const findingsOf = (book: GridBook) => validateBook(book, spec, { quarter: 3, today: TODAY }).findings.map(brief);

const books = new Map<string, { file: GridBook; excel: GridBook; wps: GridBook }>();

beforeAll(async () => {
  for (const name of files) {
    const file = fromFile(name);
    const excelHost = strictHost({ level: '1.14', sheets: excelSheets(file) });
    const excel = { ...(await readExcel(excelHost.context(), { support: excelHost.support })), file: name };
    const wpsFake = wpsHost({ sheets: sheetsFromBook(file) });
    const wps = { ...readWps(wpsFake.app.ActiveWorkbook!), file: name };
    books.set(name, { file, excel, wps });
  }
}, 60000);

test.each(files)('%s: the same findings from the file, from Excel and from WPS', (name) => {
  const { file, excel, wps } = books.get(name)!;
  const expected = findingsOf(file);
  expect(findingsOf(excel)).toEqual(expected);
  expect(findingsOf(wps)).toEqual(expected);
});

test('the examples merged: the same summary from the files, from Excel and from WPS', () => {
  const summary = (pick: 'file' | 'excel' | 'wps') => mergeBooks(files.map((f) => ({ file: f, book: books.get(f)![pick] })), spec, { quarter: 3 }).summary;
  const expected = summary('file');
  expect(expected.items.some((i) => i.entries.length > 0)).toBe(true);
  // Not a comparison of nothing: the examples hold errors and warnings.
  expect(files.flatMap((f) => findingsOf(books.get(f)!.file)).filter((f) => f.severity !== 'info').length).toBeGreaterThan(5);
  expect(summary('excel')).toEqual(expected);
  expect(summary('wps')).toEqual(expected);
});
