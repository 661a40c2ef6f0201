import { progressEmpty } from '../../../../src/core/validate/rules/progress-empty';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test("an own row left empty (or only U+3000) is flagged at its progress cell; others' rows are not", () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', null);
  setCell(progressSheet(book), 'D8', '　\n ');
  expect(run(progressEmpty, book)).toEqual([
    expected('progress-empty', PROGRESS, 'D5', { number: 2, name: '保护和增进妇女健康', unit: '区卫健局' }),
    expected('progress-empty', PROGRESS, 'D8', { number: 5, name: '提高优生优育服务水平', unit: '区卫健局' }),
  ]);
});

test('per-unit layout: the unit’s own sub-row is the one checked', () => {
  const book = healthBook();
  const g = progressSheet(book);
  // Item 2 split into two sub-rows with merged 序号 / 实事名称 (rows 5 and 6 of the sheet after insertion).
  g.rows.splice(5, 0, []);
  g.merges.push({ r0: 4, c0: 0, r1: 5, c1: 0 }, { r0: 4, c0: 1, r1: 5, c1: 1 });
  setCell(g, 'C5', '区妇联');
  setCell(g, 'C6', '区卫健局');
  expect(run(progressEmpty, book)).toEqual([expected('progress-empty', PROGRESS, 'D6', { number: 2, name: '保护和增进妇女健康', unit: '区卫健局' })]);
});
