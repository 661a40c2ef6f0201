import { mergeBooks } from '../../../src/core/merge/books';
import { filledBook, LINZI_2026, setCell, sheetOf } from '../../helpers/fixtures';

/**
 * Found by an independent tester on the examples: a progress text indented as Chinese paragraphs are (two full-width
 * spaces 　　) lost its indentation in the summary, so the text as sent was not found there verbatim.
 */
test('a progress text keeps its indentation and outer spaces in the summary', () => {
  const book = filledBook(LINZI_2026, '区卫健局', { quarter: 3 });
  const text = '　　开展妇女“两癌”筛查，本季度完成筛查1200人。\n　　组织健康讲座2场次。 ';
  setCell(sheetOf(book, '进展情况表'), 'D5', text);
  const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book }], LINZI_2026, { quarter: 3 });
  const entry = summary.items.find((i) => i.number === 2)!.entries.find((e) => e.unit === '区卫健局')!;
  expect([entry.status, entry.progressText]).toEqual(['filled', text]);
});
