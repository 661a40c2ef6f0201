import { quarterMissing } from '../../../../src/core/validate/rules/quarter-missing';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

function withoutQuarter() {
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  setCell(progressSheet(book), 'A1', '2026年为全区妇女儿童办实事工作进展情况表');
  return book;
}

test('no quarter anywhere: an error at the title', () => {
  expect(run(quarterMissing, withoutQuarter())).toEqual([expected('quarter-missing', PROGRESS, 'A1', {}, 'error')]);
});

test('no quarter, but the caller names one: a warning', () => {
  expect(run(quarterMissing, withoutQuarter(), { quarter: 3 })).toEqual([expected('quarter-missing', PROGRESS, 'A1', {}, 'warning')]);
});

test('the file name names it', () => {
  const book = withoutQuarter();
  book.file = '区卫健局2026年第三季度.xlsx';
  expect(run(quarterMissing, book)).toEqual([]);
});
