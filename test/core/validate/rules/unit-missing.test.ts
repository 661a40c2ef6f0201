import { unitMissing } from '../../../../src/core/validate/rules/unit-missing';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

function withoutUnit() {
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  setCell(progressSheet(book), 'A2', '填报单位：');
  return book;
}

test('a blank 填报单位 line without metadata and a plain file name is flagged at the line', () => {
  expect(run(unitMissing, withoutUnit())).toEqual([expected('unit-missing', PROGRESS, 'A2')]);
});

test('the file name is the last resort', () => {
  const book = withoutUnit();
  book.file = '卫健局-第三季度.xlsx';
  expect(run(unitMissing, book)).toEqual([]);
});

test('the metadata names the unit when the line is blank', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A2', '填报单位：');
  expect(run(unitMissing, book)).toEqual([]);
});
