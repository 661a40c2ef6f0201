import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { writeCharts } from '../../src/excel/charts';
import { writeSummaryPlan } from '../../src/excel/write-summary';
import { rangeAddress } from '../../src/excel/plan-ranges';
import { countSyncs } from '../../src/excel/sync';
import { templateWorkbookPlan } from '../../src/core/layout';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import { mergeBooks } from '../../src/core/merge/books';
import type { PlanChart, SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { filledBook, LINZI_2026 } from '../helpers/fixtures';
import { scaledSpec } from './specs';
import { strictHost, type HostLevel } from './strict/host';

/**
 * Inserting a plan (excel/apply-plan) and its charts (excel/charts) under the strict host, asserting the workbook the
 * host ends with: names, values and formats, merges, sizes, locking, validation, page layout and breaks, charts,
 * visibility and protection, at the host levels each case is about. (Ported from the office-addin-mock tests.)
 */

function plan(items: number): WorkbookPlan {
  return templateWorkbookPlan(scaledSpec(items), { quarter: 3, unit: '区测1局' });
}

const linzi = templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' });
const names = (host: ReturnType<typeof strictHost>) => host.book.sheets.map((s) => s.name);

describe('insertWorkbookPlan', () => {
  it('inserts the template in 2 syncs, and in the same 2 for a spec ten times larger', async () => {
    for (const items of [10, 100]) {
      const host = strictHost({ level: '1.18', sheets: [{ name: 'Sheet1' }] });
      const c = countSyncs();
      const result = await insertWorkbookPlan(host.context(), plan(items), { support: host.support });
      c.stop();
      expect(c.labels).toEqual(['insert:names', 'insert:write']);
      expect(result.skipped).toEqual([]);
      expect(names(host)).toEqual(['Sheet1', ...result.sheets]);
      expect(host.values(result.sheets[0]).length).toBeGreaterThan(items);
    }
  });

  it('inserts the 2026 Linzi table for 区卫健局 in 2 syncs, without clashing names', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: 'Sheet1' }] });
    const c = countSyncs();
    const result = await insertWorkbookPlan(host.context(), linzi, { support: host.support });
    c.stop();
    expect(c.count).toBe(2);
    expect(result.sheets).toEqual(['进展情况表', '指标完成情况', '_ptmeta']);
    const table = host.values('进展情况表').flat();
    expect(table).toEqual(expect.arrayContaining(['序号', LINZI_2026.items[0].name]));
  });

  it('never overwrites an existing sheet of the same name', async () => {
    const p = plan(10);
    const wanted = p.sheets.map((s) => s.name);
    const host = strictHost({ level: '1.18', sheets: [{ name: wanted[0], rows: [['我的表']] }, { name: '_ptmeta', rows: [['别人的']] }] });
    const result = await insertWorkbookPlan(host.context(), p, { support: host.support });
    expect(result.sheets).toEqual([`${wanted[0]} (2)`, wanted[1], '_ptmeta (2)']);
    expect(names(host)).toEqual([wanted[0], '_ptmeta', ...result.sheets]);
    expect([host.values(wanted[0]), host.values('_ptmeta')]).toEqual([[['我的表']], [['别人的']]]);
  });

  it.each(['1.1', '1.18'] as HostLevel[])('keeps a string starting with = as text: number format "@" is set before the values (%s)', async (level) => {
    const sheet: SheetPlan = {
      name: 'T',
      role: 'summary',
      styles: {},
      cells: [
        { row: 0, col: 0, value: '=1+1' },
        { row: 0, col: 1, value: 42 },
        { row: 1, col: 0, value: '+86 123' },
        { row: 1, col: 1, value: null },
      ],
      merges: [],
      columnWidths: [],
      rowHeights: {},
    };
    const host = strictHost({ level });
    await insertWorkbookPlan(host.context(), { sheets: [sheet] }, { support: host.support });
    const cells = ['A1', 'B1', 'A2', 'B2'].map((a) => host.cell('T', a)).map((c) => [c.value, c.formula, c.numberFormat]);
    expect(cells).toEqual([
      ['=1+1', undefined, '@'],
      [42, undefined, 'General'],
      ['+86 123', undefined, '@'],
      [null, undefined, 'General'],
    ]);
  });

  it('applies merges, widths in points, locking, validation, print setup and protection on ExcelApi 1.18', async () => {
    const host = strictHost({ level: '1.18' });
    const p = plan(10);
    await insertWorkbookPlan(host.context(), p, { support: host.support });
    const progress = p.sheets[0];
    const sheet = host.sheet(progress.name)!;
    expect(sheet.merges).toHaveLength(progress.merges.length);
    expect(sheet.columnWidths.size).toBe(progress.columnWidths.length);
    for (const w of sheet.columnWidths.values()) expect(w).toBeGreaterThan(0);
    expect([...sheet.cells.values()].some((c) => c.locked === false)).toBe(true);
    expect(sheet.validations.length).toBe(progress.validations?.length ?? 0);
    expect(sheet.pageLayout).toMatchObject({ Orientation: progress.print!.orientation === 'landscape' ? 'Landscape' : 'Portrait', PaperSize: 'A4' });
    if (progress.print?.titleRows) expect(sheet.pageLayout.printTitleRows).toBe(`$${progress.print.titleRows.r0 + 1}:$${progress.print.titleRows.r1 + 1}`);
    // Protected last: everything queued before it landed, and the options let 一键校验 mark and comment.
    expect(sheet.protection).toEqual({
      protected: true,
      options: expect.objectContaining({ allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true, allowEditObjects: true, allowInsertRows: false }),
    });
    expect(host.sheet('_ptmeta')!.visibility).toBe('VeryHidden');
  });

  it('degrades on ExcelApi 1.1 (Excel 2016): values and styles only, no metadata sheet, names what it skipped', async () => {
    const host = strictHost({ level: '1.1' });
    const p = plan(10);
    const result = await insertWorkbookPlan(host.context(), p, { support: host.support });
    expect(result.sheets).toEqual(p.sheets.map((s) => s.name));
    expect(names(host)).toEqual(['Sheet1', ...result.sheets]);
    expect(result.skipped).toEqual(expect.arrayContaining(['merges', 'sizes', 'protection', 'print', 'validation']));
    for (const name of result.sheets) {
      const s = host.sheet(name)!;
      expect([s.merges, s.validations, s.pageLayout, s.protection.protected, s.columnWidths.size, s.rowHeights.size]).toEqual([[], [], {}, false, 0, 0]);
      expect([...s.cells.values()].every((c) => c.locked)).toBe(true);
    }
    expect(host.cell(result.sheets[0], 'A1').value).toBeTruthy();
  });
});

describe('insertWorkbookPlan: fill rows are autofit, not fixed', () => {
  const progress = linzi.sheets.find((s) => s.role === 'progress')!;
  const fill = progress.autoHeightRows!;

  it('autofits the fill rows after their values, gives them no fixed height, and stays within 3 syncs', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: 'Sheet1' }] });
    const c = countSyncs();
    await insertWorkbookPlan(host.context(), linzi, { support: host.support });
    c.stop();
    expect(c.count).toBeLessThanOrEqual(3);
    const fixed = [...host.sheet(progress.name)!.rowHeights.keys()].sort((a, b) => a - b);
    expect(fill.length).toBeGreaterThan(0);
    expect(fixed.filter((r) => fill.includes(r))).toEqual([]);
    expect(fixed).toEqual(Object.keys(progress.rowHeights).map(Number).filter((r) => !fill.includes(r)).sort((a, b) => a - b));
    // The autofit is in the write request, after the values and before the protection (which would refuse nothing here, but
    // a values write after protecting would meet locked cells).
    const write = host.requests[1].actions.map((a) => a.name);
    const firstAutofit = write.indexOf('AutofitRows');
    expect(firstAutofit).toBeGreaterThan(write.indexOf('Values'));
    expect(write.lastIndexOf('Protect')).toBeGreaterThan(firstAutofit);
  });

  it('on ExcelApi 1.1 (Excel 2016) nothing is autofit (row sizes need 1.2)', async () => {
    const host = strictHost({ level: '1.1' });
    await insertWorkbookPlan(host.context(), linzi, { support: host.support });
    expect(host.requests.flatMap((r) => r.actions.map((a) => a.name))).not.toContain('AutofitRows');
    expect(host.sheet(progress.name)!.rowHeights.size).toBe(0);
  });
});

describe('insertWorkbookPlan page breaks', () => {
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

  it('adds a horizontal page break before the first cell of each page-start row, in the same write sync', async () => {
    const host = strictHost({ level: '1.9', sheets: [{ name: 'Sheet1' }] });
    const c = countSyncs();
    const result = await insertWorkbookPlan(host.context(), planWithBreaks([6, 9, 14]), { support: host.support });
    c.stop();
    expect(c.labels).toEqual(['insert:names', 'insert:write']);
    expect(host.sheet('汇总表')!.rowBreaks).toEqual([6, 9, 14]);
    expect(host.sheet('汇总表')!.pageLayout).toMatchObject({ Orientation: 'Landscape', Zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(result.skipped).not.toContain('pageBreaks');
  });

  it('skips page breaks below ExcelApi 1.9 and names the feature', async () => {
    const host = strictHost({ level: '1.8', sheets: [{ name: 'Sheet1' }] });
    const result = await insertWorkbookPlan(host.context(), planWithBreaks([6]), { support: host.support });
    expect([host.sheet('汇总表')!.rowBreaks, host.sheet('汇总表')!.pageLayout]).toEqual([[], {}]);
    expect(result.skipped).toEqual(expect.arrayContaining(['pageBreaks', 'print']));
  });

  it('adds no page break for a plan without rowBreaks', async () => {
    const host = strictHost({ level: '1.9', sheets: [{ name: 'Sheet1' }] });
    const result = await insertWorkbookPlan(host.context(), planWithBreaks(), { support: host.support });
    expect(host.sheet('汇总表')!.rowBreaks).toEqual([]);
    expect(result.skipped).not.toContain('pageBreaks');
  });
});

describe('writeCharts', () => {
  const chart: PlanChart = {
    type: 'bar',
    title: '累计类指标完成率',
    categories: { r0: 40, c0: 2, r1: 63, c1: 2 },
    values: { r0: 40, c0: 3, r1: 63, c1: 3 },
    seriesName: '完成率',
    anchor: { r0: 65, c0: 2, r1: 96, c1: 8 },
    axis: { min: 0, max: 1, numberFormat: '0%' },
  };

  /** Draw `charts` on a new sheet 图 of a host at `level`; the sheet's charts as the host keeps them. */
  async function draw(level: HostLevel, charts: PlanChart[] | undefined) {
    const host = strictHost({ level });
    const context = host.context();
    const left = writeCharts(context.workbook.worksheets.add('图'), charts, host.support);
    await context.sync();
    return { left, charts: host.sheet('图')!.charts };
  }

  it('adds a clustered bar chart from the label and value columns, titled, placed and scaled 0..100%', async () => {
    const { left, charts } = await draw('1.8', [chart]);
    expect(left).toEqual([]);
    expect(charts.map((c) => [c.type, c.source, c.seriesBy])).toEqual([['BarClustered', 'C41:D64', 'Columns']]);
    expect(charts[0].props).toMatchObject({
      Title: { Text: '累计类指标完成率' },
      Legend: { Visible: false },
      'SetPosition()': [['C66', 'I97']],
      Series: { 'GetItemAt([0])': { Name: '完成率' } },
      DataLabels: { ShowValue: true, NumberFormat: '0%' },
      Axes: { ValueAxis: { Minimum: 0, Maximum: 1, NumberFormat: '0%' }, CategoryAxis: { ReversePlotOrder: true } },
    });
  });

  it('on ExcelApi 1.1 (Excel 2016) still draws the chart, without number formats or reversed order', async () => {
    const { left, charts } = await draw('1.1', [chart]);
    expect([left, charts.length]).toEqual([[], 1]);
    const props = charts[0].props as { Axes: { ValueAxis: Record<string, unknown>; CategoryAxis?: Record<string, unknown> }; DataLabels: Record<string, unknown> };
    expect(props.Axes.ValueAxis).toEqual({ Minimum: 0, Maximum: 1 });
    expect(props.Axes.CategoryAxis).toBeUndefined();
    expect(props.DataLabels).toEqual({ ShowValue: true });
  });

  it('uses the categories as x values when the columns are apart (ExcelApi 1.7), leaves the chart out below', async () => {
    const apart: PlanChart = { ...chart, values: { r0: 40, c0: 8, r1: 63, c1: 8 } };
    // The host levels nearest 1.7 on either side: 1.8 (Office 2019) and 1.4.
    const a = await draw('1.8', [apart]);
    expect(a.left).toEqual([]);
    expect(a.charts.map((c) => [c.type, c.source, c.seriesBy])).toEqual([['BarClustered', rangeAddress(apart.values), 'Columns']]);
    expect((a.charts[0].props.Series as Record<string, Record<string, unknown>>)['GetItemAt([0])']['SetXAxisValues()']).toEqual([[rangeAddress(apart.categories)]]);
    const b = await draw('1.4', [apart]);
    expect([b.left, b.charts]).toEqual([[apart], []]);
  });

  it('does nothing for a plan without charts', async () => {
    expect(await draw('1.18', undefined)).toEqual({ left: [], charts: [] });
  });
});

describe('the summary written into Excel', () => {
  it('draws the 完成率 chart on 指标完成情况汇总 from its plan’s ranges, with no extra sync', async () => {
    const spec = LINZI_2026;
    const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book: filledBook(spec, '区卫健局', { quarter: 3 }) }], spec, { quarter: 3 });
    const summaryPlan = summaryWorkbookPlan(summary, spec);
    const planned = summaryPlan.sheets.find((s) => s.role === 'indicator-summary')!.charts![0];
    const host = strictHost({ level: '1.18' });
    const c = countSyncs();
    await writeSummaryPlan(host.context(), summaryPlan, { support: host.support });
    c.stop();
    expect(c.labels).toEqual(['summary:sheets', 'summary:metadata', 'summary:format', 'summary:values', 'summary:finish']);
    const source = rangeAddress({ r0: planned.categories.r0, c0: planned.categories.c0, r1: planned.values.r1, c1: planned.values.c1 });
    const sheet = host.sheet('指标完成情况汇总')!;
    expect(sheet.charts.map((ch) => [ch.type, ch.source, ch.seriesBy])).toEqual([['BarClustered', source, 'Columns']]);
    // The chart's data is in the table the values request wrote.
    const target = summary.targets.find((t) => t.kind === 'cumulative')!;
    expect(host.cell('指标完成情况汇总', rangeAddress({ ...planned.categories, r1: planned.categories.r0, c1: planned.categories.c0 })).value).toBe(`${target.id} ${target.metric}`);
  });
});
