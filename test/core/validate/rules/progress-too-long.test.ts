import { progressTooLong } from '../../../../src/core/validate/rules/progress-too-long';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('a text over 32,767 characters is an error', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '进'.repeat(32768));
  expect(run(progressTooLong, book)).toEqual([expected('progress-too-long', PROGRESS, 'D5', { length: 32768 })]);
});

test('exactly 32,767 characters pass', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '进'.repeat(32767));
  expect(run(progressTooLong, book)).toEqual([]);
});
