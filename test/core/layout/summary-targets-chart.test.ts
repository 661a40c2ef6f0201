import { mergeBooks } from '../../../src/core/merge/books';
import { COMPLETION_CHART_TITLE, summaryTargetsPlan } from '../../../src/core/layout/summary-targets';
import type { Summary } from '../../../src/core/merge/types';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { writeWorkbook } from '../../../src/xlsx/write';
import { readWorkbook } from '../../../src/xlsx/read';
import { filledBook, LINZI_2026 } from '../../helpers/fixtures';

const spec = LINZI_2026;

function summary(): Summary {
  return mergeBooks([{ file: '区卫健局.xlsx', book: filledBook(spec, '区卫健局', { quarter: 3 }) }], spec, { quarter: 3 }).summary;
}

const valueAt = (cells: { row: number; col: number; value: unknown }[], row: number, col: number) =>
  cells.find((c) => c.row === row && c.col === col)?.value;

describe('the 指标完成情况汇总 completion chart', () => {
  it('charts 完成率 of every cumulative target, reading a data block below the table', () => {
    const s = summary();
    const plan = summaryTargetsPlan(s);
    const cumulative = s.targets.filter((t) => t.kind === 'cumulative');
    const tableEnd = 3 + s.targets.length - 1;
    const first = tableEnd + 4;
    const last = first + cumulative.length - 1;
    expect(plan.charts).toEqual([
      {
        type: 'bar',
        title: COMPLETION_CHART_TITLE,
        categories: { r0: first, c0: 2, r1: last, c1: 2 },
        values: { r0: first, c0: 3, r1: last, c1: 3 },
        seriesName: '完成率',
        anchor: { r0: last + 2, c0: 2, r1: last + 2 + Math.max(16, Math.ceil((60 + 18 * cumulative.length) / 15)) - 1, c1: 8 },
        axis: { min: 0, max: 1, numberFormat: '0%' },
      },
    ]);
    expect(valueAt(plan.cells, tableEnd + 2, 0)).toBe('累计类指标完成率（图表数据）');
    expect([valueAt(plan.cells, first - 1, 2), valueAt(plan.cells, first - 1, 3)]).toEqual(['指标', '完成率']);
    cumulative.forEach((t, k) => {
      expect(valueAt(plan.cells, first + k, 2)).toBe(`${t.id} ${t.metric}`);
      expect(valueAt(plan.cells, first + k, 3)).toBe(t.completion ?? null);
    });
    expect(cumulative.some((t) => t.completion !== undefined && t.completion > 0)).toBe(true);
  });

  it('raises the axis to the largest ratio, in tenths, when a target is over-completed', () => {
    const s = summary();
    const t = s.targets.find((x) => x.kind === 'cumulative')!;
    t.completion = 1.23;
    expect(summaryTargetsPlan(s).charts?.[0].axis).toEqual({ min: 0, max: 1.3, numberFormat: '0%' });
  });

  it('draws no chart and no data block when no target is cumulative', () => {
    const s = summary();
    s.targets = s.targets.filter((x) => x.kind !== 'cumulative');
    const plan = summaryTargetsPlan(s);
    expect(plan.charts).toBeUndefined();
    expect(plan.cells.some((c) => c.value === '累计类指标完成率（图表数据）')).toBe(false);
  });

  it('is left out of a written .xlsx (ExcelJS draws no chart), which keeps the chart’s data block', async () => {
    const s = summary();
    const bytes = await writeWorkbook(summaryWorkbookPlan(s, spec));
    const book = readWorkbook(bytes, 'summary.xlsx');
    const sheet = book.sheets.find((g) => g.name === '指标完成情况汇总')!;
    const texts = sheet.rows.flat().map((c) => c?.value);
    expect(texts).toContain('累计类指标完成率（图表数据）');
    const t = s.targets.find((x) => x.kind === 'cumulative')!;
    expect(texts).toContain(`${t.id} ${t.metric}`);
  });
});
