import { BookMerger, mergeBooks } from '../../../src/core/merge/books';
import { mergeReports, resolveQuarter } from '../../../src/core/merge/merge';
import { validateBook } from '../../../src/core/validate';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import type { Quarter } from '../../../src/core/spec/schema';
import type { GridBook } from '../../../src/core/sheet/grid';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { filledTemplatePlan, unitContent } from '../../../src/core/layout/template-fill';
import { makeReport } from './fixtures';

const spec = LINZI_2026;

async function book(unit: string, quarter: Quarter, file: string): Promise<GridBook> {
  const content = unitContent(spec, unit, { text: (n) => `${unit}：第${n}项本季度进展情况，已按计划推进。`, filledOn: '2026年9月28日' });
  return readWorkbook(await writeWorkbook(filledTemplatePlan(spec, unit, quarter, content)), file);
}

describe('mergeBooks', () => {
  let books: { file: string; book?: GridBook; error?: { code: string; message: string } }[];
  beforeAll(async () => {
    books = [
      { file: 'a.xlsx', book: await book('区卫健局', 3, 'a.xlsx') },
      { file: 'b.xlsx', book: await book('区妇联', 3, 'b.xlsx') },
      { file: 'c.xlsx', book: await book('区教体局', 2, 'c.xlsx') },
      { file: 'd.xlsx', error: { code: 'file-corrupt', message: '文件 d.xlsx 已损坏或不完整，无法打开' } },
    ];
  });

  it('gives what validateBook and mergeReports give file by file (the pane and the CLI share it)', () => {
    const { summary, inputs, quarterSource } = mergeBooks(books, spec, { quarter: 3 });
    const byHand = books.map((b) =>
      b.book ? { file: b.file, ...validateBook(b.book, spec, { quarter: 3 }) } : { file: b.file, findings: [], error: b.error },
    );
    expect(inputs).toEqual(byHand);
    expect(summary).toEqual(mergeReports(byHand, spec, { quarter: 3 }));
    expect(quarterSource).toBe('option');
  });

  it('takes the most common quarter of the files when none is given', () => {
    const { summary, quarterSource } = mergeBooks(books, spec);
    expect(summary.quarter).toBe(3);
    expect(quarterSource).toBe('files');
    expect(summary.roster.files.map((f) => [f.file, f.status])).toEqual([
      ['a.xlsx', 'merged'],
      ['b.xlsx', 'merged'],
      ['c.xlsx', 'wrong-quarter'],
      ['d.xlsx', 'unreadable'],
    ]);
  });

  it('BookMerger, fed one book at a time, gives what mergeBooks gives', () => {
    for (const opts of [{ quarter: 3 as const }, {}]) {
      const merger = new BookMerger(spec, opts);
      for (const b of books) merger.add(b);
      expect(merger.finish()).toEqual(mergeBooks(books, spec, opts));
    }
  });

  it('says when no file names a quarter', () => {
    const { summary, quarterSource } = mergeBooks([{ file: 'x.xlsx', error: { code: 'file-empty', message: '空' } }], spec);
    expect(quarterSource).toBe('none');
    expect(summary.roster.files[0].status).toBe('unreadable');
  });
});

describe('resolveQuarter', () => {
  const input = (q: Quarter | undefined, i: number) => ({ file: `${i}.xlsx`, report: makeReport(`${i}.xlsx`, '区妇联', q ? { quarter: q } : {}), findings: [] });

  it('picks the most common quarter, the later one on a tie, and ignores files without one', () => {
    expect(resolveQuarter([input(2, 1), input(3, 2), input(3, 3), input(undefined, 4)])).toBe(3);
    expect(resolveQuarter([input(2, 1), input(1, 2)])).toBe(2);
    expect(resolveQuarter([input(undefined, 1)])).toBeUndefined();
  });
});
