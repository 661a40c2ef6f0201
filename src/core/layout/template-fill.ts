/**
 * The official template filled as a department fills it: what a received file holds when a unit has done its part.
 * The examples (`scripts/make-examples.ts`), the benchmark and the tests make their files with it; what is written
 * is data (`FillContent`), where it goes is the template's (the cells are found by their content, never by position).
 */
import type { PlanCell, SheetPlan, WorkbookPlan } from '../sheet/plan';
import type { Quarter, Target, TemplateSpec } from '../spec/schema';
import { targetUnits } from '../spec/targets';
import { isoToSerial } from '../text/deadline';
import { indicatorColumn } from './indicator-sheet';
import { progressColumn } from './progress-table';
import { templateWorkbookPlan } from './template-workbook';

/**
 * A 完成时限 as a unit writes it: text as typed ("2026年12月底", "2026.12", "长期坚持"), or a date cell: an ISO day
 * written as its serial number and shown with `format`, an Excel number format (e.g. 'yyyy/m/d').
 */
export type DeadlineInput = string | { date: string; format: string };

/** What a unit writes in one item row: 本季度具体措施及任务进度情况 and 完成时限 (null = left empty, absent = not touched). */
export interface RowInput {
  text?: string | null;
  deadline?: DeadlineInput | null;
}

/** A figure of the indicator sheet: a number, or text as typed. null = left as the template has it (blank). */
export type FigureInput = number | string | null;

/** What a unit writes into its template. */
export interface FillContent {
  /** 填报日期 as written after the label, e.g. "2026年10月9日"; absent: the template's blank line stays. */
  filledOn?: string;
  /** Item number (序号) -> what the unit wrote in that row. */
  rows?: Record<number, RowInput>;
  /** Target id (指标编号, e.g. "2.1") -> [本季度完成, 累计完成]. */
  figures?: Record<string, [FigureInput, FigureInput]>;
}

/**
 * How a unit fills its part (`unitContent`): a text per item number, one 完成时限 for all, 本季度完成 and 累计完成
 * per target (undefined, or no function: that cell left blank).
 */
export interface UnitFill {
  text: (itemNumber: number) => string;
  deadline?: DeadlineInput;
  quarterValue?: (target: Target) => number | undefined;
  cumulative?: (target: Target) => number | undefined;
  filledOn?: string;
}

/**
 * The FillContent of `unit`: `text(n)` and `deadline` in every row of an item the unit is responsible for (spec
 * `item.units`), the figures of every target of those items that is the unit's (spec/targets `targetUnits`) where
 * `quarterValue` or `cumulative` gives one; `filledOn` as given.
 */
export function unitContent(spec: TemplateSpec, unit: string, fill: UnitFill): FillContent {
  const rows: Record<number, RowInput> = {};
  const figures: Record<string, [FigureInput, FigureInput]> = {};
  for (const item of spec.items) {
    if (!item.units.includes(unit)) continue;
    rows[item.number] = { text: fill.text(item.number), ...(fill.deadline !== undefined ? { deadline: fill.deadline } : {}) };
    for (const target of item.targets) {
      if (!targetUnits(item, target).includes(unit)) continue;
      const quarterValue = fill.quarterValue?.(target);
      const cumulative = fill.cumulative?.(target);
      if (quarterValue !== undefined || cumulative !== undefined) figures[target.id] = [quarterValue ?? null, cumulative ?? null];
    }
  }
  return { rows, figures, ...(fill.filledOn !== undefined ? { filledOn: fill.filledOn } : {}) };
}

/**
 * The template of `unit` and `quarter` (`templateWorkbookPlan`, with its styles, validation and protection) with
 * `content` written in: each row's text and 完成时限 in the row whose 序号 is the item number, each figure pair in
 * the indicator row whose 指标编号 is the target id, 填报日期 on the date line. Throws an Error naming the sheet when
 * an item number or target id has no row there (a target that is not the unit's has none).
 */
export function filledTemplatePlan(spec: TemplateSpec, unit: string, quarter: Quarter, content: FillContent): WorkbookPlan {
  const plan = templateWorkbookPlan(spec, { quarter, unit });
  const progress = plan.sheets.find((s) => s.role === 'progress');
  const indicator = plan.sheets.find((s) => s.role === 'indicator');
  if (!progress || !indicator) throw new Error('template plan without its two sheets');

  const dateCell = progress.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('填报日期'));
  if (dateCell && content.filledOn !== undefined) dateCell.value = `填报日期：${content.filledOn}`;

  for (const [n, input] of Object.entries(content.rows ?? {})) {
    const row = rowWith(progress, progressColumn(spec, 'number'), Number(n));
    if (input.text !== undefined) planCell(progress, row, progressColumn(spec, 'progressText')).value = input.text;
    if (input.deadline !== undefined) putDeadline(progress, planCell(progress, row, progressColumn(spec, 'deadline')), input.deadline);
  }
  for (const [id, pair] of Object.entries(content.figures ?? {})) {
    const row = rowWith(indicator, indicatorColumn('targetId'), id);
    const [quarterValue, cumulative] = pair;
    if (quarterValue !== null) planCell(indicator, row, indicatorColumn('quarterValue')).value = quarterValue;
    if (cumulative !== null) planCell(indicator, row, indicatorColumn('cumulativeValue')).value = cumulative;
  }
  return plan;
}

/** The plan cell at (row, col), 0-based, made (empty) when absent. */
function planCell(sheet: SheetPlan, row: number, col: number): PlanCell {
  let c = sheet.cells.find((x) => x.row === row && x.col === col);
  if (!c) {
    c = { row, col, value: null };
    sheet.cells.push(c);
  }
  return c;
}

/** The 0-based row below the first whose cell in column `col` holds `value` (compared as text); throws when none. */
function rowWith(sheet: SheetPlan, col: number, value: string | number): number {
  const hit = sheet.cells.find((c) => c.col === col && c.value !== null && String(c.value) === String(value) && c.row > 0);
  if (!hit) throw new Error(`${sheet.name}: no row with ${String(value)} in column ${col}`);
  return hit.row;
}

/** Write a deadline: text as is, a date as its serial with a date style made from the cell's own. */
function putDeadline(sheet: SheetPlan, cell: PlanCell, deadline: DeadlineInput | null): void {
  if (deadline === null || typeof deadline === 'string') {
    cell.value = deadline;
    return;
  }
  const serial = isoToSerial(deadline.date);
  if (serial === undefined) throw new Error(`not an ISO day: ${deadline.date}`);
  const key = `${cell.style ?? 'date'}-date-${deadline.format}`;
  sheet.styles[key] ??= { ...(cell.style ? sheet.styles[cell.style] : {}), numberFormat: deadline.format };
  cell.style = key;
  cell.value = serial;
}
