import { indicatorBehindPace } from '../../../../src/core/validate/rules/indicator-behind-pace';
import { setCell } from '../../../helpers/fixtures';
import { readReport } from '../../../../src/core/read';
import { expected, healthBook, INDICATOR, indicatorSheet, LINZI_2026, run } from './rule-helpers';

test('10000 of 19000 by the third quarter is behind 75%', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 10000);
  expect(run(indicatorBehindPace, book)).toEqual([
    expected('indicator-behind-pace', INDICATOR, 'I4', {
      metric: '35—64岁妇女“两癌”免费检查',
      cumulative: 10000,
      expectedValue: 14250,
      target: 19000,
      measure: '名',
      percent: 75,
    }),
  ]);
});

test('spec.pace overrides the default', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 10000);
  const spec = { ...LINZI_2026, pace: [0.1, 0.2, 0.5, 1] };
  expect(indicatorBehindPace({ report: readReport(book, spec), spec, opts: {} })).toEqual([]);
});

test("a target shared by several units is not paced in one unit's file", () => {
  const book = healthBook('区人社局'); // row 5: target 1.2 (16场, 区人社局 / 区妇联 / 区商务局)
  setCell(indicatorSheet(book), 'I5', 0);
  setCell(indicatorSheet(book), 'H5', 0);
  expect(run(indicatorBehindPace, book)).toEqual([]);
});
