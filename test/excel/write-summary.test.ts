import { findOwnSummarySheets, valueChunks, writeSummaryPlan } from '../../src/excel/write-summary';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { metadataPlan } from '../../src/core/sheet/metadata';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { fakeExcel, type FakeSheet } from './fake-excel';

const all = supportUpTo('1.18');

function metaSheet(name: string, sheets: Record<string, string>): FakeSheet {
  const plan = metadataPlan({ templateId: 't', templateVersion: '1', year: 2026, quarter: 3, sheets });
  const rows = Math.max(...plan.cells.map((c) => c.row)) + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => ['', '']);
  for (const c of plan.cells) values[c.row][c.col] = c.value;
  return { name, visibility: 'VeryHidden', used: { row: 0, col: 0, values } };
}

function sheetPlan(name: string, role: SheetPlan['role'], rows: number, text = '文字'): SheetPlan {
  return {
    name,
    role,
    styles: { t: { numberFormat: '@', locked: true } },
    cells: Array.from({ length: rows }, (_, r) => ({ row: r, col: 0, value: `${text}${r}`, style: 't' })),
    merges: [],
    columnWidths: [10],
    rowHeights: {},
    protect: true,
  };
}

function summaryPlan(rows = 20, text = '文字'): WorkbookPlan {
  return {
    sheets: [sheetPlan('汇总表', 'summary', rows, text), sheetPlan('报送情况', 'roster', 16), sheetPlan('指标完成情况汇总', 'indicator-summary', 10)],
    metadata: { templateId: 't', templateVersion: '1', year: 2026, quarter: 3, sheets: {} },
  };
}

const workbook: FakeSheet[] = [
  { name: '进展情况表', used: null },
  metaSheet('_ptmeta', { progress: '进展情况表' }),
  { name: '汇总表', used: null },
  { name: '报送情况', used: null },
  { name: '指标完成情况汇总', used: null },
  metaSheet('_ptmeta (2)', { summary: '汇总表', roster: '报送情况', 'indicator-summary': '指标完成情况汇总' }),
];

describe('findOwnSummarySheets', () => {
  it('finds only the summary sheets the add-in recorded, never the template', async () => {
    const found = await findOwnSummarySheets(fakeExcel(workbook).context, all);
    expect(found).toEqual([{ metadataSheet: '_ptmeta (2)', sheets: ['汇总表', '报送情况', '指标完成情况汇总'], quarter: 3 }]);
  });
});

describe('writeSummaryPlan', () => {
  it('replaces the add-in’s own summary sheets, and nothing else, in 4 syncs plus one chunk', async () => {
    const fake = fakeExcel(workbook);
    const c = countSyncs();
    const result = await writeSummaryPlan(fake.context, summaryPlan(), { replace: true, support: all });
    c.stop();
    expect(c.labels).toEqual(['summary:sheets', 'summary:metadata', 'summary:format', 'summary:values', 'summary:finish']);
    expect(result).toEqual({
      sheets: ['汇总表', '报送情况', '指标完成情况汇总', '_ptmeta (2)'],
      replaced: ['汇总表', '报送情况', '指标完成情况汇总', '_ptmeta (2)'],
      chunks: 1,
      skipped: [],
    });
    const deleted = fake.callsTo('.delete').map((o) => o.path);
    expect(deleted).toEqual(['汇总表.delete', '报送情况.delete', '指标完成情况汇总.delete', '_ptmeta (2).delete']);
    // the metadata sheet first (complete, very hidden, marked 'writing'), then the summary sheets
    expect(fake.added).toEqual(['_ptmeta (2) (2)', '汇总表 (2)', '报送情况 (2)', '指标完成情况汇总 (2)']);
    expect(fake.setsOf('汇总表 (2).name')).toEqual(['汇总表']);
    // the values come after the formatting, the protection after the values
    const i = (p: string) => fake.ops.findIndex((o) => o.path === p);
    expect(i('汇总表 (2)!A1:A20.values')).toBeGreaterThan(i('汇总表 (2).getRange'));
    expect(i('汇总表 (2).protection.protect')).toBeGreaterThan(i('汇总表 (2)!A1:A20.values'));
  });

  it('without replace, adds new sheets beside the earlier ones and deletes nothing', async () => {
    const fake = fakeExcel(workbook);
    const result = await writeSummaryPlan(fake.context, summaryPlan(), { support: all });
    expect(result.sheets).toEqual(['汇总表 (2)', '报送情况 (2)', '指标完成情况汇总 (2)', '_ptmeta (3)']);
    expect(result.replaced).toEqual([]);
    expect(fake.callsTo('.delete')).toEqual([]);
  });

  it('chunks large values: one sync per chunk, each under the budget', async () => {
    const big = summaryPlan(400, '很长的文字'.repeat(200));
    const chunks = valueChunks(big.sheets, 1_000_000);
    expect(chunks.length).toBeGreaterThan(1);
    const fake = fakeExcel([]);
    const c = countSyncs();
    const result = await writeSummaryPlan(fake.context, big, { support: all, chunkBytes: 1_000_000 });
    c.stop();
    expect(result.chunks).toBe(chunks.length);
    expect(c.count).toBe(4 + chunks.length);
    const written = fake.ops.filter((o) => o.path.endsWith('.values')).map((o) => JSON.stringify(o.value).length * 3);
    for (const bytes of written) expect(bytes).toBeLessThan(5 * 1024 * 1024);
    const rows = fake.ops.filter((o) => o.path.startsWith('汇总表!') && o.path.endsWith('.values')).reduce((n, o) => n + (o.value as unknown[]).length, 0);
    expect(rows).toBe(400);
  });
});
