import { deadlineEmpty } from '../../../../src/core/validate/rules/deadline-empty';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('an own row without 完成时限 is flagged at E', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E8', null);
  expect(run(deadlineEmpty, book)).toEqual([expected('deadline-empty', PROGRESS, 'E8')]);
});

test("other units' empty deadlines are not this unit's to fill", () => {
  expect(run(deadlineEmpty, healthBook())).toEqual([]);
});
