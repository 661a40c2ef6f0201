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

test('one wrong figure is one error: the same 120 in 本季度完成 and 累计完成 gives one finding, at 累计完成', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H8', 120);
  setCell(indicatorSheet(book), 'I8', 120);
  expect(run(indicatorRateOver100, book)).toEqual([expected('indicator-rate-over-100', INDICATOR, 'I8', { value: 120, metric: '新生儿遗传代谢病筛查率' })]);
});

test('two different figures over 100 are two wrong figures', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H8', 110);
  setCell(indicatorSheet(book), 'I8', 120);
  expect(run(indicatorRateOver100, book)).toEqual([
    expected('indicator-rate-over-100', INDICATOR, 'I8', { value: 120, metric: '新生儿遗传代谢病筛查率' }),
    expected('indicator-rate-over-100', INDICATOR, 'H8', { value: 110, metric: '新生儿遗传代谢病筛查率' }),
  ]);
});
