import { itemMissing } from '../../../../src/core/validate/rules/item-missing';
import { deleteRows } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test("a deleted own row is an error; another unit's row a warning", () => {
  const book = healthBook();
  deleteRows(progressSheet(book), 4); // item 2 (own)
  deleteRows(progressSheet(book), 3); // item 1 (区人社局 …)
  expect(run(itemMissing, book)).toEqual([
    expected('item-missing', PROGRESS, null, { number: 1, name: '促进女性高质量充分就业' }, 'warning'),
    expected('item-missing', PROGRESS, null, { number: 2, name: '保护和增进妇女健康' }, 'error'),
  ]);
});

test('the template has every item', () => {
  expect(run(itemMissing, healthBook())).toEqual([]);
});
