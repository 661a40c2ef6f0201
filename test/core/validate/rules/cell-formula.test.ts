import { validateBook } from '../../../../src/core/validate';
import { cellFormula } from '../../../../src/core/validate/rules/cell-formula';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, LINZI_2026, PROGRESS, progressSheet, run } from './rule-helpers';

test('=SUM(2,3) in 累计完成 says merging takes its result 5, not that it stays text', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 5, { formula: true });
  const found = validateBook(book, LINZI_2026).findings.filter((f) => f.cell === 'I4' && f.sheet === INDICATOR && f.severity === 'info');
  expect(found).toEqual([
    expected('cell-formula', INDICATOR, 'I4', { value: 5 }, 'info', {
      item: { number: 2, name: '保护和增进妇女健康' },
      column: '累计完成',
      columnKey: 'cumulativeValue',
    }),
  ]);
  expect(found[0].message).toBe('单元格是公式，汇总时取其计算结果 5');
});

test('a formula with a text result quotes the text, cut to 20 characters', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E8', '2026年12月底', { formula: true });
  setCell(progressSheet(book), 'D8', '一二三四五六七八九十一二三四五六七八九十一二三', { formula: true });
  expect(run(cellFormula, book)).toEqual([
    expected('cell-formula', PROGRESS, 'D8', { value: '一二三四五六七八九十一二三四五六七八九…' }),
    expected('cell-formula', PROGRESS, 'E8', { value: '2026年12月底' }),
  ]);
});

test('text that merely starts with = is not a formula cell', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '=SUM(A1:A3)是本季度完成数');
  expect(run(cellFormula, book)).toEqual([]);
});
