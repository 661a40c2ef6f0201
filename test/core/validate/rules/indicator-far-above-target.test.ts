import { indicatorFarAboveTarget } from '../../../../src/core/validate/rules/indicator-far-above-target';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, run } from './rule-helpers';

test('190000 for a target of 19000 is far above', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 190000);
  expect(run(indicatorFarAboveTarget, book)).toEqual([
    expected('indicator-far-above-target', INDICATOR, 'I4', { metric: '35—64岁妇女“两癌”免费检查', cumulative: 190000, target: 19000, measure: '名', times: 3 }),
  ]);
});

test('twice the target passes', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 38000);
  expect(run(indicatorFarAboveTarget, book)).toEqual([]);
});
