import { columnMissing } from '../../../../src/core/validate/rules/column-missing';
import { deleteCols, setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('a deleted 完成时限 column points at the header of the column before it', () => {
  const book = healthBook();
  deleteCols(progressSheet(book), 4);
  expect(run(columnMissing, book)).toEqual([expected('column-missing', PROGRESS, 'D3', { column: '完成时限' })]);
});

test('a renamed 责任单位 header points at 实事名称', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'C3', '配合部门');
  expect(run(columnMissing, book)).toEqual([expected('column-missing', PROGRESS, 'B3', { column: '责任单位' })]);
});

test('a missing 序号 points at the next column found', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A3', null);
  expect(run(columnMissing, book)).toEqual([expected('column-missing', PROGRESS, 'B3', { column: '序号' })]);
});
