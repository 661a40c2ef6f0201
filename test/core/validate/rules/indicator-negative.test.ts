import { indicatorNegative } from '../../../../src/core/validate/rules/indicator-negative';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, run } from './rule-helpers';

test('-5 is negative', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H4', -5);
  expect(run(indicatorNegative, book)).toEqual([expected('indicator-negative', INDICATOR, 'H4', { value: -5, metric: '35—64岁妇女“两癌”免费检查' })]);
});

test('0 is not', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H4', 0);
  expect(run(indicatorNegative, book)).toEqual([]);
});
