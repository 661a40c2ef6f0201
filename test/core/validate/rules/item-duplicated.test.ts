import { itemDuplicated } from '../../../../src/core/validate/rules/item-duplicated';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('a second row of item 2 is flagged at its 序号, naming the first', () => {
  const book = healthBook();
  const g = progressSheet(book);
  setCell(g, 'A14', 2);
  setCell(g, 'B14', '保护和增进妇女健康');
  setCell(g, 'C14', '区卫健局\n区妇联');
  expect(run(itemDuplicated, book)).toEqual([
    expected('item-duplicated', PROGRESS, 'A14', { number: 2, name: '保护和增进妇女健康', other: 'A5' }),
  ]);
});

test('per-unit sub-rows of different units are not duplicates', () => {
  const book = healthBook();
  const g = progressSheet(book);
  setCell(g, 'C5', '区卫健局');
  setCell(g, 'A14', 2);
  setCell(g, 'B14', '保护和增进妇女健康');
  setCell(g, 'C14', '区妇联');
  expect(run(itemDuplicated, book)).toEqual([]);
});
