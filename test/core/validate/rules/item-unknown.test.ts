import { itemUnknown } from '../../../../src/core/validate/rules/item-unknown';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('an added row with text and an unknown name is an error at its 序号', () => {
  const book = healthBook();
  const g = progressSheet(book);
  setCell(g, 'A14', 11);
  setCell(g, 'B14', '其他工作');
  setCell(g, 'D14', '本季度还开展了其他多项工作，效果良好。');
  expect(run(itemUnknown, book)).toEqual([expected('item-unknown', PROGRESS, 'A14', { text: '11 其他工作' }, 'error')]);
});

test('text written under the table in a row of its own is an error at that cell', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D14', '补充说明：第二项工作还包括宣传。');
  expect(run(itemUnknown, book)).toEqual([expected('item-unknown', PROGRESS, 'D14', { text: '补充说明：第二项工作还包括宣传。' }, 'error')]);
});

test('an unknown row without text is a warning', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'B14', '其他工作');
  expect(run(itemUnknown, book)).toEqual([expected('item-unknown', PROGRESS, 'B14', { text: '其他工作' }, 'warning')]);
});

test('a signature line under the table is not a row', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A15', '填表人：张三    联系电话：7220365');
  expect(run(itemUnknown, book)).toEqual([]);
});
