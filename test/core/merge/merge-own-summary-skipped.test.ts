import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { mergeBooks } from '../../../src/core/merge/books';
import { isOwnSummary } from '../../../src/core/merge/own-summary';
import { readReport } from '../../../src/core/read';
import type { GridBook } from '../../../src/core/sheet/grid';
import { METADATA_SHEET } from '../../../src/core/sheet/metadata';
import { bookFromPlan, filledBook, LINZI_2026 } from '../../helpers/fixtures';

/** Last merge's result saved into the folder of received files must not be read as a file naming no unit. */
describe('a summary this add-in wrote, met among the files to merge, is skipped', () => {
  const spec = LINZI_2026;
  const units = [filledBook(spec, '区卫健局', { file: '区卫健局.xlsx' }), filledBook(spec, '区妇联', { file: '区妇联.xlsx' })];
  const first = mergeBooks(units.map((book) => ({ file: book.file as string, book })), spec, { quarter: 3 });
  const own = bookFromPlan(summaryWorkbookPlan(first.summary, spec), '区妇联汇总.xlsx');
  const again = mergeBooks([...units, own].map((book) => ({ file: book.file as string, book })), spec, { quarter: 3 });

  it('lists it as own-summary with the reason, never as unknown-unit', () => {
    expect(again.summary.roster.files.find((f) => f.file === '区妇联汇总.xlsx')).toEqual({
      file: '区妇联汇总.xlsx',
      status: 'own-summary',
      errors: 0,
      warnings: 0,
      reasonCode: 'merge-file-own-summary',
      reasonParams: { file: '区妇联汇总.xlsx' },
      reason: '文件区妇联汇总.xlsx是汇总结果文件，已跳过',
    });
    expect(again.summary.findings.filter((f) => f.file === '区妇联汇总.xlsx').map((f) => [f.code, f.severity])).toEqual([['merge-file-own-summary', 'info']]);
  });

  it('changes nothing else: the units merge as without it', () => {
    expect(again.summary.items).toEqual(first.summary.items);
    expect(again.summary.targets).toEqual(first.summary.targets);
    expect(again.summary.roster.units).toEqual(first.summary.roster.units);
    expect(again.inputs.find((i) => i.file === '区妇联汇总.xlsx')).toEqual({ file: '区妇联汇总.xlsx', findings: [], skip: 'own-summary' });
  });

  it('is told by its sheet names when the metadata was lost, unless a sheet names a 填报单位', () => {
    const bare: GridBook = { file: 's.xlsx', sheets: own.sheets.filter((s) => s.name !== METADATA_SHEET) };
    expect(isOwnSummary(bare, readReport(bare, spec))).toBe(true);
    expect(isOwnSummary(units[0], readReport(units[0], spec))).toBe(false);
    const both: GridBook = { file: 'b.xlsx', sheets: [...units[0].sheets, ...own.sheets.filter((s) => s.name !== METADATA_SHEET)] };
    expect(isOwnSummary(both, readReport(both, spec))).toBe(false);
  });
});
