import { readReport } from '../../../../src/core/read';
import { indicatorCumulativeFell } from '../../../../src/core/validate/rules/indicator-cumulative-fell';
import { filledBook, setCell } from '../../../helpers/fixtures';
import { expected, healthBook, INDICATOR, indicatorSheet, LINZI_2026, run } from './rule-helpers';

test("累计 below last quarter's is an error at 累计完成", () => {
  const previous = readReport(filledBook(LINZI_2026, '区卫健局', { quarter: 2 }), LINZI_2026); // 2.1: 9500
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', 9000);
  setCell(indicatorSheet(book), 'H4', 100);
  expect(run(indicatorCumulativeFell, book, { previous })).toEqual([
    expected('indicator-cumulative-fell', INDICATOR, 'I4', { metric: '35—64岁妇女“两癌”免费检查', cumulative: 9000, previous: 9500 }),
  ]);
});

test("another unit's previous report, or none, is ignored", () => {
  const previous = readReport(filledBook(LINZI_2026, '区妇联', { quarter: 4 }), LINZI_2026);
  expect(run(indicatorCumulativeFell, healthBook(), { previous })).toEqual([]);
  expect(run(indicatorCumulativeFell, healthBook())).toEqual([]);
});
