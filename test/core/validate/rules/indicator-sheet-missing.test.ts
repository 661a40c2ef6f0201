import { indicatorSheetMissing } from '../../../../src/core/validate/rules/indicator-sheet-missing';
import { expected, healthBook, INDICATOR, run } from './rule-helpers';

test('a hand-made file without the indicator sheet gets ONE file-level warning', () => {
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => s.name !== INDICATOR);
  expect(run(indicatorSheetMissing, book)).toEqual([expected('indicator-sheet-missing', null, null)]);
});

test('a unit without targets needs no indicator sheet', () => {
  const book = healthBook('区文旅局');
  book.sheets = book.sheets.filter((s) => s.name !== INDICATOR);
  expect(run(indicatorSheetMissing, book)).toEqual([]);
});
