import { yearMismatch } from '../../../../src/core/validate/rules/year-mismatch';
import { setCell } from '../../../helpers/fixtures';
import { FILE, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

/** The words are pinned here as users read them (not from the catalogue nor the golden file). */
const MESSAGE = '本表是2025年的，本次要的是2026年的表';
const HINT = '请用2026年的模板填报，或改正标题中的年份';

const metaOf = (book: ReturnType<typeof healthBook>) => book.sheets.find((s) => s.name.startsWith('_ptmeta'))!;

test('last year\'s table (title and metadata say 2025) is an error at the title', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A1', '2025年为全区妇女儿童办实事工作进展情况表（第三季度）');
  setCell(progressSheet(book), 'D2', '填报日期：2025年10月8日');
  setCell(metaOf(book), 'B5', '2025');
  expect(run(yearMismatch, book, { quarter: 3 })).toEqual([
    { code: 'year-mismatch', severity: 'error', file: FILE, sheet: PROGRESS, cell: 'A1', message: MESSAGE, hint: HINT, params: { fileYear: 2025, year: 2026 } },
  ]);
});

test('a year known only from the metadata or the file name is flagged at file level', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A1', '为全区妇女儿童办实事工作进展情况表（第三季度）');
  setCell(metaOf(book), 'B5', '2025');
  expect(run(yearMismatch, book)).toEqual([
    { code: 'year-mismatch', severity: 'error', file: FILE, sheet: null, cell: null, message: MESSAGE, hint: HINT, params: { fileYear: 2025, year: 2026 } },
  ]);
  book.sheets = book.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  book.file = '区卫健局2025年三季度.xlsx';
  expect(run(yearMismatch, book)).toMatchObject([{ code: 'year-mismatch', sheet: null, cell: null, file: '区卫健局2025年三季度.xlsx', message: MESSAGE }]);
});

test('this year\'s table, a table naming no year, and a 填报日期 in the next year give nothing', () => {
  expect(run(yearMismatch, healthBook(), { quarter: 3 })).toEqual([]);
  const book = healthBook();
  setCell(progressSheet(book), 'A1', '为全区妇女儿童办实事工作进展情况表（第四季度）');
  setCell(progressSheet(book), 'D2', '填报日期：2027年1月8日');
  book.sheets = book.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  expect(run(yearMismatch, book)).toEqual([]);
});
