import { deadlineUnreadable } from '../../../../src/core/validate/rules/deadline-unreadable';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('尽快 is unreadable', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', '尽快');
  expect(run(deadlineUnreadable, book)).toEqual([expected('deadline-unreadable', PROGRESS, 'E5', { text: '尽快' })]);
});

test.each(['2026.12', '12月31日前', '年底', '长期坚持', '2026-12-31', '第四季度'])('%s is readable', (text) => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', text);
  expect(run(deadlineUnreadable, book)).toEqual([]);
});

test('a date cell and a General-format 2026.12 are readable', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', 46387, { isDate: true, numberFormat: 'yyyy/m/d', text: '2026/12/31' });
  setCell(progressSheet(book), 'E8', 2026.12);
  expect(run(deadlineUnreadable, book)).toEqual([]);
});
