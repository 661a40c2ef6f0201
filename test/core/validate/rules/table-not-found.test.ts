import { tableNotFound } from '../../../../src/core/validate/rules/table-not-found';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, progressSheet, run } from './rule-helpers';

test('a sheet whose header was retyped beyond recognition gives table-not-found at file level', () => {
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => s.name !== '指标完成情况');
  for (const a of ['D3', 'E3']) setCell(progressSheet(book), a, '其他');
  expect(run(tableNotFound, book)).toEqual([expected('table-not-found', null, null)]);
});

test('the template gives none', () => {
  expect(run(tableNotFound, healthBook())).toEqual([]);
});

test('an empty book gives table-not-found', () => {
  expect(run(tableNotFound, { file: 't.xlsx', sheets: [] })).toEqual([expected('table-not-found', null, null)]);
});
