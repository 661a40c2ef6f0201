import { writeCharts } from '../../src/excel/charts';
import { writeSummaryPlan } from '../../src/excel/write-summary';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { mergeBooks } from '../../src/core/merge/books';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import type { PlanChart } from '../../src/core/sheet/plan';
import { rangeAddress } from '../../src/excel/plan-ranges';
import { filledBook, LINZI_2026 } from '../helpers/fixtures';
import { fakeExcel } from './fake-excel';

const chart: PlanChart = {
  type: 'bar',
  title: '累计类指标完成率',
  categories: { r0: 40, c0: 2, r1: 63, c1: 2 },
  values: { r0: 40, c0: 3, r1: 63, c1: 3 },
  seriesName: '完成率',
  anchor: { r0: 65, c0: 2, r1: 96, c1: 8 },
  axis: { min: 0, max: 1, numberFormat: '0%' },
};

function sheet() {
  const fake = fakeExcel([]);
  return { fake, worksheet: fake.context.workbook.worksheets.add('图') };
}

describe('writeCharts', () => {
  it('adds a clustered bar chart from the label and value columns, titled, placed and scaled 0..100%', () => {
    const { fake, worksheet } = sheet();
    expect(writeCharts(worksheet, [chart], supportUpTo('1.8'))).toEqual([]);
    expect(fake.charts).toEqual([{ sheet: '图', type: 'BarClustered', source: '图!C41:D64', seriesBy: 'Columns' }]);
    expect(fake.setsOf('图.charts[0].title.text')).toEqual(['累计类指标完成率']);
    expect(fake.setsOf('图.charts[0].legend.visible')).toEqual([false]);
    expect(fake.callsTo('图.charts[0].setPosition').map((o) => o.args)).toEqual([['C66', 'I97']]);
    expect(fake.setsOf('图.charts[0].series[0].name')).toEqual(['完成率']);
    expect(fake.setsOf('图.charts[0].axes.valueAxis.minimum')).toEqual([0]);
    expect(fake.setsOf('图.charts[0].axes.valueAxis.maximum')).toEqual([1]);
    expect(fake.setsOf('图.charts[0].axes.valueAxis.numberFormat')).toEqual(['0%']);
    expect(fake.setsOf('图.charts[0].dataLabels.numberFormat')).toEqual(['0%']);
    expect(fake.setsOf('图.charts[0].axes.categoryAxis.reversePlotOrder')).toEqual([true]);
  });

  it('on ExcelApi 1.1 (Excel 2016) still draws the chart, without number formats or reversed order', () => {
    const { fake, worksheet } = sheet();
    expect(writeCharts(worksheet, [chart], supportUpTo('1.1'))).toEqual([]);
    expect(fake.charts).toHaveLength(1);
    expect(fake.setsOf('图.charts[0].axes.valueAxis.maximum')).toEqual([1]);
    expect(fake.setsOf('图.charts[0].axes.valueAxis.numberFormat')).toEqual([]);
    expect(fake.setsOf('图.charts[0].axes.categoryAxis.reversePlotOrder')).toEqual([]);
  });

  it('uses the categories as x values when the columns are apart (ExcelApi 1.7), leaves the chart out below', () => {
    const apart: PlanChart = { ...chart, values: { r0: 40, c0: 8, r1: 63, c1: 8 } };
    const a = sheet();
    expect(writeCharts(a.worksheet, [apart], supportUpTo('1.7'))).toEqual([]);
    expect(a.fake.charts).toEqual([{ sheet: '图', type: 'BarClustered', source: `图!${rangeAddress(apart.values)}`, seriesBy: 'Columns' }]);
    expect(a.fake.callsTo('图.charts[0].series[0].setXAxisValues')).toHaveLength(1);
    const b = sheet();
    expect(writeCharts(b.worksheet, [apart], supportUpTo('1.6'))).toEqual([apart]);
    expect(b.fake.charts).toEqual([]);
  });

  it('does nothing for a plan without charts', () => {
    const { fake, worksheet } = sheet();
    expect(writeCharts(worksheet, undefined)).toEqual([]);
    expect(fake.callsTo('.charts.add')).toEqual([]);
  });
});

describe('the summary written into Excel', () => {
  it('draws the 完成率 chart on 指标完成情况汇总 from its plan’s ranges, with no extra sync', async () => {
    const spec = LINZI_2026;
    const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book: filledBook(spec, '区卫健局', { quarter: 3 }) }], spec, { quarter: 3 });
    const plan = summaryWorkbookPlan(summary, spec);
    const planned = plan.sheets.find((s) => s.role === 'indicator-summary')!.charts![0];
    const fake = fakeExcel([]);
    const c = countSyncs();
    await writeSummaryPlan(fake.context, plan, { support: supportUpTo('1.18') });
    c.stop();
    expect(c.labels).toEqual(['summary:sheets', 'summary:metadata', 'summary:format', 'summary:values', 'summary:finish']);
    const source = rangeAddress({ r0: planned.categories.r0, c0: planned.categories.c0, r1: planned.values.r1, c1: planned.values.c1 });
    expect(fake.charts).toEqual([{ sheet: '指标完成情况汇总', type: 'BarClustered', source: `指标完成情况汇总!${source}`, seriesBy: 'Columns' }]);
    // the chart's data is written in the same values request as the table
    const written = fake.ops.filter((o) => o.path.startsWith('指标完成情况汇总!') && o.path.endsWith('.values'));
    expect(written).toHaveLength(1);
    const values = written[0].value as unknown[][];
    expect(values[planned.values.r0][planned.categories.c0]).toBe(`${summary.targets.find((t) => t.kind === 'cumulative')!.id} ${summary.targets.find((t) => t.kind === 'cumulative')!.metric}`);
  });
});
