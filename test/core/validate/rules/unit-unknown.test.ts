import { unitUnknown } from '../../../../src/core/validate/rules/unit-unknown';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('a misspelt unit is flagged at the 填报单位 cell with the closest names', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A2', '填报单位：区卫建局');
  expect(run(unitUnknown, book)).toEqual([expected('unit-unknown', PROGRESS, 'A2', { text: '区卫建局', suggestions: '区卫健局' })]);
});

test('a unit not in the list, with nothing close, says （无）', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'A2', '填报单位：某某公司');
  expect(run(unitUnknown, book)).toEqual([expected('unit-unknown', PROGRESS, 'A2', { text: '某某公司', suggestions: '（无）' })]);
});

test.each(['填报单位：区卫健局', '填报单位(盖章): 临淄区卫生健康局', '报送单位：卫健局', '填报单位（盖章）：区卫生健康局   填报日期：2026年10月8日'])('%s resolves', (line) => {
  const book = healthBook();
  setCell(progressSheet(book), 'A2', line);
  expect(run(unitUnknown, book)).toEqual([]);
});
