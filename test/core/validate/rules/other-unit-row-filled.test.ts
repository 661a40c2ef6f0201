import { otherUnitRowFilled } from '../../../../src/core/validate/rules/other-unit-row-filled';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test("text in item 3 (区教体局's) by 区卫健局 is a warning at that cell", () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D6', '配合教体局开展托育学位建设相关工作。');
  expect(run(otherUnitRowFilled, book)).toEqual([
    expected('other-unit-row-filled', PROGRESS, 'D6', { number: 3, name: '推进教育设施优化提升', unit: '区卫健局' }),
  ]);
});

test('own rows only: nothing', () => {
  expect(run(otherUnitRowFilled, healthBook())).toEqual([]);
});
