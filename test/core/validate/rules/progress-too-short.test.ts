import { progressTooShort } from '../../../../src/core/validate/rules/progress-too-short';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('已完成。 is too short (3 characters)', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D8', '已完成。');
  expect(run(progressTooShort, book)).toEqual([expected('progress-too-short', PROGRESS, 'D8', { length: 3 })]);
});

test('a placeholder is not reported twice; a real sentence passes', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D8', '无');
  setCell(progressSheet(book), 'D5', '举办招聘会2场，服务女性求职者300人');
  expect(run(progressTooShort, book)).toEqual([]);
});
