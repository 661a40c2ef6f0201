import { findOwnSummarySheets, valueChunks, writeSummaryPlan } from '../../src/excel/write-summary';
import { countSyncs } from '../../src/excel/sync';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { strictHost, type SheetSpec } from './strict/host';
import { metadataSheet } from './strict/metadata-sheet';

/**
 * The summary write (excel/write-summary) beside and over the add-in's own earlier summary, under the strict host at
 * ExcelApi 1.18: which sheets it finds as its own, which it deletes and adds, what they hold, and the round trips per
 * value chunk. (Ported from the office-addin-mock tests; new and replace at every level are in strict/flows.)
 */

const meta = (sheets: Record<string, string>) => ({ templateId: 't', templateVersion: '1', year: 2026, quarter: 3, sheets });

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
    metadata: meta({}),
  };
}

/** A department's template, then the add-in's earlier summary of three sheets and its metadata. */
const workbook = (): SheetSpec[] => [
  { name: '进展情况表', rows: [['填报的表']] },
  metadataSheet('_ptmeta', meta({ progress: '进展情况表' })),
  { name: '汇总表', rows: [['旧汇总']] },
  { name: '报送情况', rows: [['旧报送']] },
  { name: '指标完成情况汇总', rows: [['旧指标']] },
  metadataSheet('_ptmeta (2)', meta({ summary: '汇总表', roster: '报送情况', 'indicator-summary': '指标完成情况汇总' })),
];

describe('findOwnSummarySheets', () => {
  it('finds only the summary sheets the add-in recorded, never the template', async () => {
    const host = strictHost({ level: '1.18', sheets: workbook() });
    expect(await findOwnSummarySheets(host.context(), host.support)).toEqual([{ metadataSheet: '_ptmeta (2)', sheets: ['汇总表', '报送情况', '指标完成情况汇总'], quarter: 3 }]);
  });
});

describe('writeSummaryPlan', () => {
  it('replaces the add-in’s own summary sheets, and nothing else, in 4 syncs plus one chunk', async () => {
    const host = strictHost({ level: '1.18', sheets: workbook() });
    const c = countSyncs();
    const result = await writeSummaryPlan(host.context(), summaryPlan(), { replace: true, support: host.support });
    c.stop();
    expect(c.labels).toEqual(['summary:sheets', 'summary:metadata', 'summary:format', 'summary:values', 'summary:finish']);
    expect(result).toEqual({
      sheets: ['汇总表', '报送情况', '指标完成情况汇总', '_ptmeta (2)'],
      visible: ['汇总表', '报送情况', '指标完成情况汇总'],
      replaced: ['汇总表', '报送情况', '指标完成情况汇总', '_ptmeta (2)'],
      chunks: 1,
      skipped: [],
    });
    expect(host.book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['进展情况表', 'Visible'],
      ['_ptmeta', 'VeryHidden'],
      ['_ptmeta (2)', 'VeryHidden'],
      ['汇总表', 'Visible'],
      ['报送情况', 'Visible'],
      ['指标完成情况汇总', 'Visible'],
    ]);
    expect(host.values('进展情况表')).toEqual([['填报的表']]);
    expect(host.values('汇总表')).toEqual(Array.from({ length: 20 }, (_, r) => [`文字${r}`]));
    expect(host.cell('汇总表', 'A1').numberFormat).toBe('@');
    // Protected after the values: the values landed on what are now locked cells.
    expect(['汇总表', '_ptmeta (2)'].map((n) => host.sheet(n)!.protection.protected)).toEqual([true, true]);
    expect(host.values('_ptmeta (2)').flat()).not.toContain('writing');
  });

  it('chunks large values: one sync per chunk, each under the budget', async () => {
    const big = summaryPlan(400, '很长的文字'.repeat(200));
    const chunks = valueChunks(big.sheets, 1_000_000);
    expect(chunks.length).toBeGreaterThan(1);
    const host = strictHost({ level: 'web' });
    const c = countSyncs();
    const result = await writeSummaryPlan(host.context(), big, { support: host.support, chunkBytes: 1_000_000 });
    c.stop();
    expect(result.chunks).toBe(chunks.length);
    expect(c.count).toBe(4 + chunks.length);
    expect(Math.max(...host.requests.map((r) => r.bytesIn))).toBeLessThan(1_500_000);
    expect(host.values('汇总表')).toHaveLength(400);
    expect(host.cell('汇总表', 'A400').value).toBe(`${'很长的文字'.repeat(200)}399`);
  });
});
