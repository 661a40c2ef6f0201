import * as XLSX from '@e965/xlsx';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../src/core/layout/template-workbook';
import { readMetadata } from '../../src/core/sheet/metadata';
import { cellAt, type Grid, type GridBook } from '../../src/core/sheet/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { FORMULA_LIKE, trickyPlan } from './fixtures';
import { handmadeXlsx } from './handmade';
import { SMALL_SPEC } from '../core/layout/small-spec';

const sheet = (book: GridBook, name: string): Grid => {
  const g = book.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
};
const value = (g: Grid, row: number, col: number) => cellAt(g, row, col)?.value ?? null;

describe('readWorkbook: the written template reads back', () => {
  let book: GridBook;
  beforeAll(async () => {
    book = readWorkbook(await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' })), '模板.xlsx');
  });

  test('sheets, visibility and file name', () => {
    expect(book.file).toBe('模板.xlsx');
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['进展情况表', 'visible'],
      ['指标完成情况', 'visible'],
      ['_ptmeta', 'veryHidden'],
    ]);
  });

  test('values with line breaks, merges, number formats', () => {
    const g = sheet(book, '进展情况表');
    expect(value(g, 0, 0)).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(value(g, 1, 0)).toBe('填报单位：区卫健局');
    expect(value(g, 2, 3)).toBe('本季度具体措施\n及任务进度情况');
    expect(value(g, 4, 0)).toBe(2);
    expect(value(g, 4, 2)).toBe('区卫健局\n区妇联');
    expect(cellAt(g, 4, 3)).toEqual({ value: null, text: '', numberFormat: '@' });
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { r0: 0, c0: 0, r1: 0, c1: 4 },
        { r0: 1, c0: 0, r1: 1, c1: 2 },
        { r0: 1, c0: 3, r1: 1, c1: 4 },
      ]),
    );
    expect(g.rows).toHaveLength(13);
  });

  test('the hidden metadata gives the identity', () => {
    expect(readMetadata(book)).toEqual([
      {
        templateId: 'linzi-2026-women-children',
        templateVersion: '1',
        year: 2026,
        quarter: 3,
        unit: '区卫健局',
        createdAt: undefined,
        sheets: { progress: '进展情况表', indicator: '指标完成情况' },
        specJson: undefined,
      },
    ]);
  });

  test('indicator sheet: target id as text, value as number', () => {
    const g = sheet(book, '指标完成情况');
    expect(value(g, 3, 2)).toBe('2.1');
    expect(value(g, 3, 4)).toBe(19000);
  });

  test('an embedded spec survives the round trip', async () => {
    const b = readWorkbook(await writeWorkbook(templateWorkbookPlan(SMALL_SPEC, { quarter: 1, embedSpec: true })), 's.xlsx');
    expect(JSON.parse(readMetadata(b)[0].specJson ?? '')).toEqual(SMALL_SPEC);
  });
});

describe('readWorkbook: text stays text', () => {
  test('"=1+1" and the other formula-like strings read back as text, not formulas', async () => {
    const g = readWorkbook(await writeWorkbook(trickyPlan()), 't.xlsx').sheets[0];
    FORMULA_LIKE.forEach((text, i) => {
      expect(cellAt(g, i, 0)).toEqual({ value: text, text, numberFormat: '@' });
    });
    expect(value(g, 7, 0)).toBe('长'.repeat(5000));
  });
});

describe('readWorkbook: what other writers put in files', () => {
  const book = readWorkbook(handmadeXlsx(), 'h.xlsx');
  const g = sheet(book, '表');

  test('rich text joined, _x000D_ and CRLF become LF', () => {
    expect(value(g, 1, 1)).toBe('第一段\n第二段');
    expect(cellAt(g, 1, 2)?.text).toBe('甲\n乙');
  });

  test('date cells are serials flagged isDate with their number format', () => {
    expect(cellAt(g, 1, 3)).toMatchObject({ value: 46387, isDate: true });
    expect(cellAt(g, 1, 4)).toEqual({ value: 46387, text: '2026年12月31日', numberFormat: 'yyyy"年"m"月"d"日"', isDate: true });
    expect(cellAt(g, 3, 2)?.isDate).toBeUndefined();
  });

  test('a 1904 workbook gives 1900 serials', () => {
    const g1904 = sheet(readWorkbook(handmadeXlsx({ date1904: true }), 'h.xlsx'), '表');
    expect(cellAt(g1904, 1, 4)).toMatchObject({ value: 46387 + 1462, text: '2031年1月1日', isDate: true });
  });

  test('formula flag, error and boolean cells', () => {
    expect(cellAt(g, 2, 1)).toEqual({ value: 2, text: '2', numberFormat: 'General', formula: true });
    expect(cellAt(g, 2, 2)).toMatchObject({ value: '#N/A', text: '#N/A' });
    expect(cellAt(g, 2, 3)).toMatchObject({ value: true, text: 'TRUE' });
    expect(cellAt(g, 2, 4)).toEqual({ value: '=1+1', text: '=1+1', numberFormat: '@' });
  });

  test('origin, merges and sheet visibility', () => {
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.merges).toEqual([{ r0: 3, c0: 1, r1: 4, c1: 2 }]);
    expect(book.sheets.map((s) => s.visibility)).toEqual(['hidden', 'visible', 'veryHidden']);
  });
});

describe('readWorkbook: limits', () => {
  test('cells beyond maxRows × maxCols are dropped', () => {
    const ws = XLSX.utils.aoa_to_sheet(Array.from({ length: 30 }, (_, r) => Array.from({ length: 30 }, (_, c) => r * 100 + c)));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'big');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
    const g = readWorkbook(bytes, 'big.xlsx', { maxRows: 10, maxCols: 5 }).sheets[0];
    expect(g.rows).toHaveLength(10);
    expect(Math.max(...g.rows.map((r) => r.length))).toBe(5);
    expect(value(g, 9, 4)).toBe(904);
  });
});

describe('readWorkbook: .xls (BIFF8) gives the same grid values as the .xlsx', () => {
  test('the template saved as .xls by SheetJS', async () => {
    const xlsx = await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 2, unit: '区妇联' }));
    const wb = XLSX.read(xlsx, { type: 'array', cellNF: true, cellStyles: true });
    const xls = new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
    expect(Array.from(xls.subarray(0, 4))).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const a = readWorkbook(xlsx, 't.xlsx');
    const b = readWorkbook(xls, 't.xls');
    expect(b.sheets.map((s) => [s.name, s.visibility])).toEqual(a.sheets.map((s) => [s.name, s.visibility]));
    const values = (book: GridBook) => book.sheets.map((s) => s.rows.map((r) => r.map((c) => c?.value ?? null)));
    const trim = (rows: (string | number | boolean | null)[][][]) =>
      rows.map((sheetRows) => sheetRows.map((r) => { const out = [...r]; while (out.length && out[out.length - 1] === null) out.pop(); return out; }));
    expect(trim(values(b))).toEqual(trim(values(a)));
    expect(b.sheets[0].merges).toEqual(expect.arrayContaining(a.sheets[0].merges));
    expect(readMetadata(b)).toEqual(readMetadata(a));
  });
});

describe('readWorkbook: .ods', () => {
  test('the template saved as .ods by SheetJS reads back', async () => {
    const xlsx = await writeWorkbook(templateWorkbookPlan(SMALL_SPEC, { quarter: 2 }));
    const ods = new Uint8Array(XLSX.write(XLSX.read(xlsx, { type: 'array' }), { bookType: 'ods', type: 'array' }) as ArrayBuffer);
    const g = readWorkbook(ods, 't.ods').sheets[0];
    expect(value(g, 0, 0)).toBe('2030年测试实事工作进展情况表（第二季度）');
    expect(value(g, 3, 2)).toBe('区甲局\n区乙局');
  });
});
