import { deadlinePassed } from '../../../../src/core/validate/rules/deadline-passed';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('6月底 passed on 2026-10-08 without 已完成 in the text: a warning', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', '6月底');
  expect(run(deadlinePassed, book, { today: '2026-10-08' })).toEqual([
    expected('deadline-passed', PROGRESS, 'E5', { text: '6月底', date: '2026-06-30', today: '2026-10-08' }),
  ]);
});

test('a text that reports completion passes; 尚未全部完成 does not', () => {
  const book = healthBook();
  const g = progressSheet(book);
  setCell(g, 'E5', '6月底');
  setCell(g, 'D5', '两癌检查工作已全部完成，共检查妇女一万余名。');
  setCell(g, 'E8', '9月30日');
  setCell(g, 'D8', '产前筛查工作尚未全部完成，正在加快推进。');
  expect(run(deadlinePassed, book, { today: '2026-10-08' })).toEqual([
    expected('deadline-passed', PROGRESS, 'E8', { text: '9月30日', date: '2026-09-30', today: '2026-10-08' }),
  ]);
});

test('off without today; year-end deadlines not yet passed', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'E5', '6月底');
  expect(run(deadlinePassed, book)).toEqual([]);
  expect(run(deadlinePassed, healthBook(), { today: '2026-10-08' })).toEqual([]);
});
