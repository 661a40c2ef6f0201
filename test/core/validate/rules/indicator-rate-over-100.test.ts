import { indicatorRateOver100 } from '../../../../src/core/validate/rules/indicator-rate-over-100';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, run } from './rule-helpers';

test('a rate of 120 is over 100%', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I7', 120);
  expect(run(indicatorRateOver100, book)).toEqual([expected('indicator-rate-over-100', INDICATOR, 'I7', { value: 120, metric: '产前筛查率' })]);
});

test('a percent-formatted 0.95 is 95%; a count over 100 is no rate', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I7', 0.95, { numberFormat: '0%', text: '95%' });
  expect(run(indicatorRateOver100, book)).toEqual([]);
});
