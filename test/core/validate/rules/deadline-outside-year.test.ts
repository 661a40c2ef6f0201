import { deadlineOutsideYear } from '../../../../src/core/validate/rules/deadline-outside-year';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('2027年6月底 is outside the plan year 2026', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', '2027年6月底');
  expect(run(deadlineOutsideYear, book)).toEqual([
    expected('deadline-outside-year', PROGRESS, 'E5', { text: '2027年6月底', date: '2027-06-30', year: 2026 }),
  ]);
});

test('a serial date of 2025 is outside too', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E8', 46022, { isDate: true, numberFormat: 'yyyy/m/d', text: '2025/12/31' });
  expect(run(deadlineOutsideYear, book)).toEqual([
    expected('deadline-outside-year', PROGRESS, 'E8', { text: '2025年12月31日', date: '2025-12-31', year: 2026 }),
  ]);
});

test('dates in 2026 and ongoing terms pass', () => {
  expect(run(deadlineOutsideYear, healthBook())).toEqual([]);
});
