import { indicatorCumulativeBelowQuarter } from '../../../../src/core/validate/rules/indicator-cumulative-below-quarter';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, run } from './rule-helpers';

test('累计 4000 below 本季度 4750 is flagged at 累计完成', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 4000);
  expect(run(indicatorCumulativeBelowQuarter, book)).toEqual([
    expected('indicator-cumulative-below-quarter', INDICATOR, 'I4', { metric: '35—64岁妇女“两癌”免费检查', cumulative: 4000, quarterValue: 4750 }),
  ]);
});

test('rates are not cumulative', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H7', 95);
  setCell(indicatorSheet(book), 'I7', 92);
  expect(run(indicatorCumulativeBelowQuarter, book)).toEqual([]);
});
