import { readReport } from '../../../src/core/read';
import type { GridBook } from '../../../src/core/sheet/grid';
import { filledBook, LINZI_2026, setCell, sheetOf } from '../../helpers/fixtures';

/** The table's year (计划年度) is read as the quarter is: title, sheet name, metadata, file name; never a date. */

const P = '进展情况表';
const base = () => structuredClone(filledBook(LINZI_2026, '区商务局', { file: '区商务局.xlsx' }));
const dropMeta = (b: GridBook) => {
  b.sheets = b.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
};
const metaOf = (b: GridBook) => b.sheets.find((s) => s.name.startsWith('_ptmeta'))!;

test('from the title cell, with its cell', () => {
  const b = base();
  setCell(sheetOf(b, P), 'A1', '2025年为全区妇女儿童办实事工作进展情况表（第三季度）');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2025, yearSource: 'title', yearCell: 'A1', quarter: 3, quarterCell: 'A1' });
});

test('from a title on two rows: the year on one, the quarter on the other', () => {
  const b = base();
  setCell(sheetOf(b, P), 'A1', '（第三季度）');
  setCell(sheetOf(b, P), 'B1', '2025年为全区妇女儿童办实事工作进展情况表');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2025, yearSource: 'title', yearCell: 'B1', quarter: 3, quarterCell: 'A1', titleCell: 'A1' });
});

test('not from 填报日期: a Q4 table filled in January names the next year there', () => {
  const b = base();
  setCell(sheetOf(b, P), 'A1', '为全区妇女儿童办实事工作进展情况表（第四季度）');
  setCell(sheetOf(b, P), 'D2', '填报日期：2027年1月8日');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2026, yearSource: 'metadata', filledOn: '2027-01-08' });
});

test('then the sheet name, then the metadata, then the file name', () => {
  const b = base();
  setCell(sheetOf(b, P), 'A1', '为全区妇女儿童办实事工作进展情况表（第三季度）');
  setCell(metaOf(b), 'B5', '2025');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2025, yearSource: 'metadata' });
  expect(readReport(b, LINZI_2026).identity).not.toHaveProperty('yearCell');

  dropMeta(b);
  sheetOf(b, P).name = '2024年第三季度';
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2024, yearSource: 'sheet' });

  sheetOf(b, '2024年第三季度').name = 'Sheet1';
  b.file = '区商务局-2025年第三季度.xlsx';
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ year: 2025, yearSource: 'file-name' });

  b.file = '区商务局20251008.xlsx';
  expect(readReport(b, LINZI_2026).identity).not.toHaveProperty('year');
});

test('a workbook kept across years is read at the spec year\'s table', () => {
  const b = base();
  const old = structuredClone(sheetOf(b, P));
  old.name = '去年';
  setCell(old, 'A1', '2025年为全区妇女儿童办实事工作进展情况表（第三季度）');
  b.sheets.unshift(old);
  for (const quarter of [3, undefined] as const) {
    const r = readReport(b, LINZI_2026, { quarter });
    expect([r.sheet, r.identity.year]).toEqual([P, 2026]);
    expect(r.findings.map((f) => [f.code, f.sheet])).toEqual([['table-not-chosen', '去年']]);
  }
});
