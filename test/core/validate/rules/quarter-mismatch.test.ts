import { quarterMismatch } from '../../../../src/core/validate/rules/quarter-mismatch';
import { expected, healthBook, PROGRESS, run } from './rule-helpers';

test('a third-quarter table checked as the fourth quarter is flagged at the title', () => {
  expect(run(quarterMismatch, healthBook(), { quarter: 4 })).toEqual([
    expected('quarter-mismatch', PROGRESS, 'A1', { quarter: '第三季度', expectedQuarter: '第四季度' }),
  ]);
});

test('the right quarter, or none expected, gives nothing', () => {
  expect(run(quarterMismatch, healthBook(), { quarter: 3 })).toEqual([]);
  expect(run(quarterMismatch, healthBook())).toEqual([]);
});
