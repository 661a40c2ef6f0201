import { validateBook } from '../../../src/core/validate';
import { setCell } from '../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, LINZI_2026, PROGRESS, progressSheet } from './rules/rule-helpers';

/** Issue 12: a finding names the item and the column in words as well as the cell (so a WPS user need not count rows). */
test('a finding at a cell of the progress table carries its item and its column header', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E8', '');
  const found = validateBook(book, LINZI_2026, { quarter: 3 }).findings.filter((f) => f.code === 'deadline-empty');
  expect(found).toEqual([
    expected('deadline-empty', PROGRESS, 'E8', {}, undefined, {
      item: { number: 5, name: '提高优生优育服务水平' },
      column: '完成时限',
      columnKey: 'deadline',
    }),
  ]);
});

test('a finding on the indicator sheet carries the target’s item and the indicator column', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H8', 120);
  setCell(indicatorSheet(book), 'I8', 120);
  const found = validateBook(book, LINZI_2026, { quarter: 3 }).findings.filter((f) => f.code === 'indicator-rate-over-100');
  expect(found).toEqual([
    expected('indicator-rate-over-100', INDICATOR, 'I8', { value: 120, metric: '新生儿遗传代谢病筛查率' }, undefined, {
      item: { number: 5, name: '提高优生优育服务水平' },
      column: '累计完成',
      columnKey: 'cumulativeValue',
    }),
  ]);
});

test('last quarter’s file checked for the quarter being reported is one error naming both quarters', () => {
  const found = validateBook(healthBook(), LINZI_2026, { quarter: 4 }).findings.filter((f) => f.code === 'quarter-mismatch');
  expect(found.map((f) => [f.severity, f.message])).toEqual([['error', '本表是第三季度的，本次要的是第四季度']]);
});
