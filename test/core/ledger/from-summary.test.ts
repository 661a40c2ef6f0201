import { ledgerQuarterOf } from '../../../src/core/ledger/from-summary';
import { mergeBooks } from '../../../src/core/merge/books';
import { quarterBooks, spec } from './fixtures';

/**
 * The ledger records a roster line's file by its name only: the CLI is given paths ("收到/区卫健局.xlsx", or with
 * Windows separators), the pane file names, and both must record the same ledger (issue 14, Build 4).
 */
describe('the ledger quarter taken from a summary', () => {
  it('records each file by its name, whatever folder the CLI read it from', () => {
    const books = quarterBooks(1);
    const named = mergeBooks(books, spec, { quarter: 1 });
    const inFolders = mergeBooks(
      books.map((b, i) => ({ ...b, file: i % 2 ? `收到/第一季度/${b.file}` : `D:\\汇总\\收到\\${b.file}` })),
      spec,
      { quarter: 1 },
    );
    const files = (q: ReturnType<typeof ledgerQuarterOf>) => q.roster.map((r) => r.file);
    expect(files(ledgerQuarterOf(inFolders.summary))).toEqual(files(ledgerQuarterOf(named.summary)));
    expect(files(ledgerQuarterOf(named.summary)).filter(Boolean).length).toBeGreaterThan(0);
  });
});
