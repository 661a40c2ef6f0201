import { readReport } from '../../../src/core/read';
import type { GridBook } from '../../../src/core/sheet/grid';
import { validateBook } from '../../../src/core/validate';
import { deleteRows, filledBook, LINZI_2026, MESSY, sheetOf } from '../../helpers/fixtures';

const PROGRESS = '进展情况表';
const base = (): GridBook => filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' });
const progress = (b: GridBook) => sheetOf(b, PROGRESS);
const noMeta = (b: GridBook) => {
  b.sheets = b.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  return b;
};

describe('messy but valid copies give no error (and no warning)', () => {
  test.each(MESSY)('%s', (_name, drift) => {
    const book = structuredClone(base());
    drift(book);
    const { report, findings } = validateBook(book, LINZI_2026, { quarter: 3 });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.identity.unit).toBe('区卫健局');
    expect(report.identity.quarter).toBe(3);
    const own = report.rows.filter((r) => r.itemNumber === 2 || r.itemNumber === 5);
    expect(own.some((r) => r.progressText.text !== '')).toBe(true);
  });

  test('a hand-made copy without the indicator sheet: one warning', () => {
    const book = noMeta(structuredClone(base()));
    book.sheets = book.sheets.filter((s) => s.name !== '指标完成情况');
    const { findings } = validateBook(book, LINZI_2026, { quarter: 3 });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([
      expect.objectContaining({ code: 'indicator-sheet-missing', severity: 'warning', sheet: null, cell: null }),
    ]);
  });

  test('a deleted blank row still reads', () => {
    const book = structuredClone(base());
    deleteRows(progress(book), 1);
    expect(readReport(book, LINZI_2026).rows).toHaveLength(10);
  });
});
