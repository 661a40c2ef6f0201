import { indicatorTextMismatch } from '../../../../src/core/validate/rules/indicator-text-mismatch';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('the text says 1.2万名, the sheet 14250: a warning at the text', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '截至9月底，累计为1.2万名适龄妇女开展“两癌”免费检查。');
  expect(run(indicatorTextMismatch, book)).toEqual([
    expected('indicator-text-mismatch', PROGRESS, 'D5', { text: '1.2万名', metric: '35—64岁妇女“两癌”免费检查', value: 14250, measure: '名' }),
  ]);
});

test('the same figure in both places passes', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '截至9月底，累计为14250名适龄妇女开展“两癌”免费检查。');
  expect(run(indicatorTextMismatch, book)).toEqual([]);
});
