import { paceLines, textBar } from '../ledger/pace';
import type { Ledger } from '../ledger/types';
import type { PlanChart, SheetPlan } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import type { TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { LEDGER_SHEET_NAMES, QUARTERS, ledgerTitle } from './ledger-names';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
import { PACE_TEXT } from './summary-targets';

/** Title of the 进度一览 chart. */
export const PACE_CHART_TITLE = '各指标完成率（最新季度）';

/** 0-based row of the column headers. */
export const LEDGER_PACE_HEADER_ROW = 2;
const WIDTHS = [7, 16, 20, 12, 10, 10, 10, 10, 9, 9, 12, 22];
/** 0-based column of the latest completion (data bar). */
export const PACE_COMPLETION_COLUMN = 8;

/**
 * 进度一览 (role 'ledger-pace'): each target's cumulative total by quarter against its annual target, the targets
 * behind pace first (`paceLines`). Columns: 编号 / 实事名称 / 指标 / 目标值 / 第一…第四季度累计 (base units) /
 * 完成率 (latest quarter, ratio with a data bar 0..100 %) / 序时进度 (expected share) / 进度 / 进度条 (a text bar,
 * "■■■■■□□□□□ 50%", which shows in every program). Under the table, a bar chart of each target's 完成率 (one bar per
 * row, categories 编号 + 指标 from column C, values column I, axis 0..100 % or the largest ratio rounded up to a tenth),
 * drawn where the ledger is kept in Excel's open workbook (excel/charts, ExcelApi 1.7 for the two columns apart; left
 * out and named on older hosts); the .xlsx writer draws none (ExcelJS writes no charts), the data bars stand in there.
 */
export function ledgerPacePlan(ledger: Ledger, spec: TemplateSpec): SheetPlan {
  const b = summarySheetBuilder(WIDTHS);
  const lines = paceLines(ledger, spec);
  const q = lines[0]?.quarter;
  b.fullRow(0, ledgerTitle(spec.tableTitle, '进度'), 'title', SIZES.title);
  b.fullRow(1, q ? `按${quarterLabel(q)}判断进度，滞后的指标排在前面（序时进度：到本季度末应完成的比例）。` : '台账中还没有记入任何季度。', 'line', SIZES.body);
  b.headerRow(LEDGER_PACE_HEADER_ROW, ['编号', '实事名称', '指标', '目标值', ...QUARTERS.map((n) => `${quarterLabel(n)}\n累计`), '完成率', '序时进度', '进度', '进度条']);
  let row = LEDGER_PACE_HEADER_ROW + 1;
  for (const l of lines) {
    const values: (string | number | null)[] = [l.target.id, l.item.name, l.target.metric, l.target.text, ...l.byQuarter.map((v) => v ?? null), l.completion ?? null, l.expected ?? null, PACE_TEXT[l.pace], textBar(l.completion)];
    const styles = ['center', 'left', 'left', 'left', 'number', 'number', 'number', 'number', 'percent', 'pace', l.pace === 'behind' ? 'warn' : 'center', 'left'] as const;
    values.forEach((v, c) => b.put(row, c, v, styles[c]));
    b.rowHeights[row] = rowHeightFor(values.map((v) => (v === null ? '' : String(v))), WIDTHS, SIZES.body);
    row++;
  }
  const last = Math.max(row - 1, LEDGER_PACE_HEADER_ROW + 1);
  const plan = b.plan({
    name: LEDGER_SHEET_NAMES.pace,
    role: 'ledger-pace',
    headerRow: LEDGER_PACE_HEADER_ROW,
    dataBars: [{ range: { r0: LEDGER_PACE_HEADER_ROW + 1, c0: PACE_COMPLETION_COLUMN, r1: last, c1: PACE_COMPLETION_COLUMN }, color: '#5B9BD5', min: 0, max: 1 }],
  });
  return lines.length ? { ...plan, charts: [paceChart(lines.map((l) => l.completion ?? 0), LEDGER_PACE_HEADER_ROW + 1, last)] } : plan;
}

/** Column (0-based) of the chart's category labels: 指标. */
const PACE_CHART_LABEL_COLUMN = 2;

/** The 完成率 bar chart over rows first..last (0-based) of the table, placed two rows under it over columns B..J. */
function paceChart(completions: readonly number[], first: number, last: number): PlanChart {
  const highest = Math.max(1, ...completions);
  const top = last + 2;
  const rows = Math.max(16, Math.ceil((60 + 18 * completions.length) / 15));
  return {
    type: 'bar',
    title: PACE_CHART_TITLE,
    categories: { r0: first, c0: PACE_CHART_LABEL_COLUMN, r1: last, c1: PACE_CHART_LABEL_COLUMN },
    values: { r0: first, c0: PACE_COMPLETION_COLUMN, r1: last, c1: PACE_COMPLETION_COLUMN },
    seriesName: '完成率',
    anchor: { r0: top, c0: 1, r1: top + rows - 1, c1: 9 },
    axis: { min: 0, max: Math.ceil(highest * 10) / 10, numberFormat: '0%' },
  };
}
