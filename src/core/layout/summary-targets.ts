import type { PlanDataBar, SheetPlan } from '../sheet/plan';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import { quarterLabel } from '../text/quarter';
import type { PaceStatus, Summary, TargetAggregate, TargetSummary } from '../merge/types';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
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

/** "区人社局：1" lines; 未报送/未填写 for a responsible unit without a figure; a flagged figure marked 有错误，未计入; 非责任单位 marked. */
function perUnitText(t: TargetSummary): string {
  return t.perUnit
    .map((v) => {
      const who = v.responsible ? v.unit : `${v.unit}（非责任单位）`;
      const what =
        v.value !== undefined
          ? String(v.value)
          : v.file === undefined
            ? '未报送'
            : v.excludedBy
              ? `${v.text}（有错误，未计入）`
              : v.text
                ? `${v.text}（无法识别）`
                : '未填写';
      return `${who}：${what}`;
    })
    .join('\n');
}

/** The 指标 text: "metric：figure as written", or the figure alone when it already names the metric. */
function metricText(t: TargetSummary): string {
  return t.text.includes(t.metric) ? t.text : `${t.metric}：${t.text}`;
}

/**
 * The 指标完成情况汇总 sheet: title (row 0), a line on how totals are made (row 1), header (row 2, repeated on
 * printed pages), then one row per target in spec order (TARGET_COLUMNS), 序号 and 实事名称 merged over an item's
 * targets. 完成率 is a ratio with the format 0.0% and a data bar from 0 to 1; empty when there is no total.
 * Cumulative targets are summed, rates averaged, per-person and frequency standards not combined (汇总方式 says
 * which). A4 landscape, one page wide.
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

  return sheet.plan({ name: SUMMARY_SHEET_NAMES.targets, role: 'indicator-summary', headerRow: 2, dataBars });
}
