import { validateBook } from '../../../../src/core/validate';
import { expected, healthBook, LINZI_2026, PROGRESS, progressSheet } from './rule-helpers';

test('a sheet the reader cut short gives a sheet-truncated warning naming it', () => {
  const book = healthBook();
  progressSheet(book).truncated = { rows: 10000, cols: 6 };
  const { findings } = validateBook(book, LINZI_2026);
  expect(findings).toContainEqual(expected('sheet-truncated', PROGRESS, null, { sheet: PROGRESS, rows: 10000, cols: 6 }, 'warning'));
  expect(findings.find((f) => f.code === 'sheet-truncated')?.message).toBe('工作表“进展情况表”有 10000 行 × 6 列，超出读取上限，超出部分没有读取（不校验，也不汇总）');
});

test('a truncated sheet is named even when no table was found', () => {
  const book = healthBook();
  book.sheets = [{ name: '大表', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [[{ value: 'x', text: 'x' }]], merges: [], truncated: { rows: 9000, cols: 200 } }];
  const { findings } = validateBook(book, LINZI_2026);
  expect(findings.map((f) => f.code).sort()).toEqual(['sheet-truncated', 'table-not-found']);
});

test('a whole sheet gives none', () => {
  expect(validateBook(healthBook(), LINZI_2026).findings.filter((f) => f.code === 'sheet-truncated')).toEqual([]);
});
