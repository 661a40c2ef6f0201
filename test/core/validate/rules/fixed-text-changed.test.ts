import { fixedTextChanged } from '../../../../src/core/validate/rules/fixed-text-changed';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('序号 that disagrees with 实事名称: the name wins, the 序号 cell is flagged', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A5', 7);
  expect(run(fixedTextChanged, book)).toEqual([expected('fixed-text-changed', PROGRESS, 'A5', { column: '序号', expected: '2', found: '7' })]);
});

test('a changed 实事名称 is flagged (row mapped by 序号)', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'B5', '妇女健康工作');
  expect(run(fixedTextChanged, book)).toEqual([
    expected('fixed-text-changed', PROGRESS, 'B5', { column: '实事名称', expected: '保护和增进妇女健康', found: '妇女健康工作' }),
  ]);
});

test('a 责任单位 cell missing a unit or naming a foreign one is flagged', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'C5', '区卫健局');
  setCell(progressSheet(book), 'C6', '区教体局\n区民政局');
  expect(run(fixedTextChanged, book)).toEqual([
    expected('fixed-text-changed', PROGRESS, 'C5', { column: '责任单位', expected: '区卫健局、区妇联', found: '区卫健局' }),
    expected('fixed-text-changed', PROGRESS, 'C6', { column: '责任单位', expected: '区教体局', found: '区教体局、区民政局' }),
  ]);
});

test('01, 一、, variants of unit names and spaces in names pass', () => {
  const book = healthBook();
  const g = progressSheet(book);
  setCell(g, 'A5', '02');
  setCell(g, 'A8', '五、');
  setCell(g, 'C5', '卫健局、临淄区妇女联合会');
  setCell(g, 'B8', '提高优生优育\n服务水平');
  expect(run(fixedTextChanged, book)).toEqual([]);
});
