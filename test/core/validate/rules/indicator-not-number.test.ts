import { indicatorNotNumber } from '../../../../src/core/validate/rules/indicator-not-number';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, run } from './rule-helpers';

test('约一万人左右 is not a number', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', '约一万人左右');
  expect(run(indicatorNotNumber, book)).toEqual([
    expected('indicator-not-number', INDICATOR, 'I4', { text: '约一万人左右', metric: '35—64岁妇女“两癌”免费检查' }),
  ]);
});

test.each(['14250名', '１４２５０', '1.425万', '14250'])('%s is a number', (text) => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', text);
  expect(run(indicatorNotNumber, book)).toEqual([]);
});

test('90%, 三场 and a boolean', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I7', '90%');
  setCell(indicatorSheet(book), 'H7', '三场');
  setCell(indicatorSheet(book), 'H8', true);
  expect(run(indicatorNotNumber, book)).toEqual([expected('indicator-not-number', INDICATOR, 'H8', { text: 'TRUE', metric: '新生儿遗传代谢病筛查率' })]);
});
