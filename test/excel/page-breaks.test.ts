import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { fakeExcel } from './fake-excel';

function planWithBreaks(rowBreaks?: number[]): WorkbookPlan {
  const sheet: SheetPlan = {
    name: '汇总表',
    role: 'summary',
    styles: {},
    cells: [{ row: 0, col: 0, value: '序号' }],
    merges: [],
    columnWidths: [6],
    rowHeights: {},
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1 },
    ...(rowBreaks ? { rowBreaks } : {}),
  };
  return { sheets: [sheet] };
}

describe('insertWorkbookPlan page breaks', () => {
  it('adds a horizontal page break before the first cell of each page-start row, in the same write sync', async () => {
    const fake = fakeExcel([{ name: 'Sheet1' }]);
    const c = countSyncs();
    const result = await insertWorkbookPlan(fake.context, planWithBreaks([6, 9, 14]), { support: supportUpTo('1.9') });
    c.stop();
    expect(c.labels).toEqual(['insert:names', 'insert:write']);
    expect(fake.callsTo('汇总表.horizontalPageBreaks.add').map((o) => o.args)).toEqual([['A7'], ['A10'], ['A15']]);
    expect(result.skipped).not.toContain('pageBreaks');
  });

  it('skips page breaks below ExcelApi 1.9 and names the feature', async () => {
    const fake = fakeExcel([{ name: 'Sheet1' }]);
    const result = await insertWorkbookPlan(fake.context, planWithBreaks([6]), { support: supportUpTo('1.8') });
    expect(fake.callsTo('horizontalPageBreaks.add')).toEqual([]);
    expect(result.skipped).toEqual(expect.arrayContaining(['pageBreaks', 'print']));
  });

  it('adds no page break for a plan without rowBreaks', async () => {
    const fake = fakeExcel([{ name: 'Sheet1' }]);
    const result = await insertWorkbookPlan(fake.context, planWithBreaks(), { support: supportUpTo('1.8') });
    expect(fake.callsTo('horizontalPageBreaks.add')).toEqual([]);
    expect(result.skipped).not.toContain('pageBreaks');
  });
});
