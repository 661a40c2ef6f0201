import { textFormulaLike } from '../../../../src/core/validate/rules/text-formula-like';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, PROGRESS, progressSheet, run } from './rule-helpers';

test('text starting with = + - @ is an info; a real formula cell is not text-formula-like', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '=SUM(A1:A3)是本季度完成数');
  setCell(progressSheet(book), 'D8', '-开展产前筛查宣传活动，覆盖全区。');
  setCell(progressSheet(book), 'E8', '2026年12月底', { formula: true });
  setCell(indicatorSheet(book), 'I4', '@14250');
  expect(run(textFormulaLike, book)).toEqual([
    expected('text-formula-like', PROGRESS, 'D5', { first: '=' }, 'info'),
    expected('text-formula-like', PROGRESS, 'D8', { first: '-' }, 'info'),
    expected('text-formula-like', INDICATOR, 'I4', { first: '@' }, 'info'),
  ]);
});

test('a negative number is a number, not text', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', -3);
  expect(run(textFormulaLike, book)).toEqual([]);
});
