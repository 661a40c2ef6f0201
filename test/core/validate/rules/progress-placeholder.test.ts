import { progressPlaceholder } from '../../../../src/core/validate/rules/progress-placeholder';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test.each(['无', '/', '同上', '略', '详见附件', '详见附件1。', '——', '暂无进展'])('%s is a placeholder', (text) => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', text);
  expect(run(progressPlaceholder, book)).toEqual([expected('progress-placeholder', PROGRESS, 'D5', { text })]);
});

test('real text is not', () => {
  expect(run(progressPlaceholder, healthBook())).toEqual([]);
});
