import type { PlanChart, PlanDataBar, SheetPlan } from '../sheet/plan';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import { quarterLabel } from '../text/quarter';
import { word } from '../i18n/words';
import type { PaceStatus, Summary, TargetAggregate, TargetSummary, TargetUnitValue } from '../merge/types';
import { SIZES } from './styles';
import { withPageBreaks } from './page-breaks';
import { summarySheetBuilder, type SummarySheetBuilder } from './summary-sheet';
import { SUMMARY_SHEET_NAMES, type SummaryStyleKey } from './summary-styles';

/**
 * Columns of the 指标完成情况汇总 sheet, 0-based: 序号 (item), 实事名称, 指标 (metric：figure as written), 目标值 (base
 * units), 单位, 各单位累计完成 (one "unit：figure" line per unit), 汇总方式, 合计 (sum, or mean for a rate), 完成率
 * (ratio, 0.0%, data bar 0..1), 序时进度 (share expected by this quarter, 0%), 进度情况.
 */
export const TARGET_COLUMNS = [
  { key: 'number', header: '序号', width: 6 },
  { key: 'name', header: '实事名称', width: 14 },
  { key: 'metric', header: '指标', width: 36 },
  { key: 'value', header: '目标值', width: 10 },
  { key: 'measure', header: '单位', width: 6 },
  { key: 'perUnit', header: '各单位累计完成', width: 24 },
  { key: 'aggregate', header: '汇总方式', width: 9 },
  { key: 'total', header: '合计', width: 10 },
  { key: 'completion', header: '完成率', width: 10 },
  { key: 'expected', header: '序时进度', width: 9 },
  { key: 'pace', header: '进度情况', width: 12 },
] as const;

/** Chinese words of how a target's figures are combined. */
export const AGGREGATE_TEXT: Record<TargetAggregate, string> = { sum: '求和', average: '平均', none: '不汇总' };

/** Chinese words of a pace status. */
export const PACE_TEXT: Record<PaceStatus, string> = {
  met: '已完成',
  'on-track': '符合序时进度',
  behind: '滞后',
  'no-data': '未报数',
  'not-applicable': '—',
};

/**
 * Longest figure text (characters) a summary cell quotes in full; a longer one (a figure is a number or a few words: a
 * longer one is pasted text, and the unit's file is already flagged for it) is quoted by its first
 * `FIGURE_HEAD_CHARS` characters and its length, said so in the cell, so the joined cell stays under Excel's limit.
 */
export const LONG_FIGURE_CHARS = 255;
const FIGURE_HEAD_CHARS = 100;

/** A figure text as quoted in a cell: whole, or its head and length when over LONG_FIGURE_CHARS (never cut silently). */
function quoted(text: string): string {
  if (text.length <= LONG_FIGURE_CHARS) return text;
  return word('summary-figure-too-long', 'zh-CN', { head: Array.from(text.slice(0, FIGURE_HEAD_CHARS + 1)).slice(0, FIGURE_HEAD_CHARS).join(''), length: text.length });
}

/** What a unit's figure cell says, by its state (merge/types TargetUnitState); also the ledger's 指标台账. */
export function unitFigureText(v: Pick<TargetUnitValue, 'state' | 'value' | 'text'>): string {
  switch (v.state) {
    case 'figure':
      return String(v.value);
    case 'missing':
      return '未报送';
    case 'no-indicator-sheet':
      return '未填指标表';
    case 'empty':
      return '未填写';
    case 'excluded':
      return `${quoted(v.text)}（有错误，未计入）`;
    case 'unreadable':
      return `${quoted(v.text)}（无法识别）`;
  }
}

/**
 * "区人社局：1" lines; 未报送 (no file), 未填指标表 (a file without the indicator sheet or the target's row), 未填写
 * (blank cell) for a responsible unit without a figure; a flagged figure marked 有错误，未计入; 非责任单位 marked.
 */
function perUnitText(t: TargetSummary): string {
  return t.perUnit.map((v) => `${v.responsible ? v.unit : `${v.unit}（非责任单位）`}：${unitFigureText(v)}`).join('\n');
}

/** The 指标 text: "metric：figure as written", or the figure alone when it already names the metric. */
function metricText(t: TargetSummary): string {
  return t.text.includes(t.metric) ? t.text : `${t.metric}：${t.text}`;
}

/**
 * The 指标完成情况汇总 sheet: title (row 0), a line on how totals are made (row 1), header (row 2, repeated on
 * printed pages), then one row per target in spec order (TARGET_COLUMNS), 序号 and 实事名称 merged over an item's
 * targets (page breaks never cut an item's block: `withPageBreaks`). 完成率 is a ratio with the format 0.0% and a
 * data bar from 0 to 1; empty when there is no total.
 * Cumulative targets are summed, rates averaged, per-person and frequency standards not combined (汇总方式 says
 * which). A4 landscape, one page wide. Below the table: a bar chart of 完成率 for the cumulative targets and its data
 * block (`completionChart`; drawn in Excel only, a written .xlsx keeps the block and the data bars).
 */
export function summaryTargetsPlan(summary: Summary): SheetPlan {
  const widths = TARGET_COLUMNS.map((c) => c.width);
  const sheet = summarySheetBuilder(widths);
  const { put, merges, rowHeights } = sheet;
  sheet.fullRow(0, `${summary.year}年${quarterLabel(summary.quarter)}指标完成情况汇总`, 'title', SIZES.title);
  const note = '说明：累计类指标为各责任单位累计完成数之和；比率类指标为各单位填报值的平均；人均标准、频次类指标不汇总。完成率 = 合计 ÷ 目标值；序时进度为本季度末应完成的比例。';
  sheet.fullRow(1, note, 'line', SIZES.line);
  rowHeights[1] = Math.max(rowHeights[1], heightForLines(1, SIZES.line) + 4);
  sheet.headerRow(2, TARGET_COLUMNS.map((c) => c.header));

  const first = 3;
  let row = first;
  let blockStart = first;
  summary.targets.forEach((t, i) => {
    const newItem = i === 0 || summary.targets[i - 1].itemNumber !== t.itemNumber;
    if (newItem) blockStart = row;
    const values: (string | number | null)[] = [
      newItem ? t.itemNumber : null,
      newItem ? t.itemName : null,
      metricText(t),
      t.value,
      t.measure,
      perUnitText(t),
      AGGREGATE_TEXT[t.aggregate],
      t.total ?? null,
      t.completion ?? null,
      t.expected ?? null,
      PACE_TEXT[t.pace],
    ];
    const styles: SummaryStyleKey[] = ['index', 'left', 'left', 'number', 'center', 'left', 'center', 'number', 'percent', 'pace', t.pace === 'behind' ? 'warn' : 'center'];
    values.forEach((v, col) => put(row, col, v, styles[col]));
    rowHeights[row] = rowHeightFor(values.map((v) => (v === null ? '' : String(v))), widths, SIZES.body);
    row++;
    const nextSame = i + 1 < summary.targets.length && summary.targets[i + 1].itemNumber === t.itemNumber;
    if (!nextSame && row - 1 > blockStart) {
      merges.push({ r0: blockStart, c0: 0, r1: row - 1, c1: 0 }, { r0: blockStart, c0: 1, r1: row - 1, c1: 1 });
    }
  });
  const dataBars: PlanDataBar[] = summary.targets.length
    ? [{ range: { r0: first, c0: 8, r1: row - 1, c1: 8 }, color: '#5B9BD5', min: 0, max: 1 }]
    : [];

  const charts = completionChart(sheet, summary.targets, row + 1, widths);
  const plan = sheet.plan({ name: SUMMARY_SHEET_NAMES.targets, role: 'indicator-summary', headerRow: 2, dataBars });
  return withPageBreaks(charts.length ? { ...plan, charts } : plan);
}

/** Title of the completion chart and of its data block. */
export const COMPLETION_CHART_TITLE = '累计类指标完成率';

/** 0-based columns of the chart's data block: 指标 (label) and 完成率, side by side under 指标 / 目标值. */
const CHART_LABEL_COL = 2;
const CHART_VALUE_COL = 3;

/**
 * The bar chart of 完成率 by target for the cumulative targets (issue 4: "a chart where the Excel API allows"), and
 * its data block. Cumulative targets are not contiguous in the table (rates and standards sit between them) and
 * ExcelApi 1.1 draws a chart from one rectangle, so the chart reads a small block below the table, starting at
 * `top` (0-based): a heading row (累计类指标完成率（图表数据）), a header row (指标, 完成率), then one row per
 * cumulative target in spec order: "2.1 metric" and the completion ratio (0.0%; blank when no total, giving no bar).
 * The chart sits under the block, over columns C..I, about 18 pt per bar; its value axis runs from 0 to 1 (100%),
 * or to the largest ratio rounded up to a tenth when a target is over-completed. Returns [] (and writes nothing)
 * when there is no cumulative target.
 */
function completionChart(sheet: SummarySheetBuilder, targets: readonly TargetSummary[], top: number, widths: readonly number[]): PlanChart[] {
  const cumulative = targets.filter((t) => t.kind === 'cumulative');
  if (!cumulative.length) return [];
  sheet.fullRow(top, `${COMPLETION_CHART_TITLE}（图表数据）`, 'section', SIZES.header);
  const header = top + 1;
  sheet.put(header, CHART_LABEL_COL, '指标', 'header');
  sheet.put(header, CHART_VALUE_COL, '完成率', 'header');
  const first = header + 1;
  cumulative.forEach((t, k) => {
    const label = `${t.id} ${t.metric}`;
    sheet.put(first + k, CHART_LABEL_COL, label, 'left');
    sheet.put(first + k, CHART_VALUE_COL, t.completion ?? null, 'percent');
    sheet.rowHeights[first + k] = rowHeightFor([label], [widths[CHART_LABEL_COL]], SIZES.body);
  });
  const last = first + cumulative.length - 1;
  const highest = Math.max(1, ...cumulative.map((t) => t.completion ?? 0));
  const chartTop = last + 2;
  const chartRows = Math.max(16, Math.ceil((60 + 18 * cumulative.length) / 15));
  return [
    {
      type: 'bar',
      title: `${COMPLETION_CHART_TITLE}`,
      categories: { r0: first, c0: CHART_LABEL_COL, r1: last, c1: CHART_LABEL_COL },
      values: { r0: first, c0: CHART_VALUE_COL, r1: last, c1: CHART_VALUE_COL },
      seriesName: '完成率',
      anchor: { r0: chartTop, c0: CHART_LABEL_COL, r1: chartTop + chartRows - 1, c1: 8 },
      axis: { min: 0, max: Math.ceil(highest * 10) / 10, numberFormat: '0%' },
    },
  ];
}
