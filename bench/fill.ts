import type { Quarter, Target, TemplateSpec } from '../src/core/spec/schema';
import type { SheetPlan, WorkbookPlan } from '../src/core/sheet/plan';
import { templateWorkbookPlan } from '../src/core/layout/template-workbook';
import { indicatorColumn, INDICATOR_ROWS } from '../src/core/layout/indicator-sheet';
import { progressColumn, PROGRESS_ROWS } from '../src/core/layout/progress-table';

/** What a department writes into its template: texts and deadlines per item number, 累计完成 per target id, 填报日期. */
export interface FillContent {
  texts?: Record<number, string>;
  deadlines?: Record<number, string>;
  cumulative?: Record<string, number | string>;
  /** 填报日期 as written, e.g. "2026年9月28日". */
  filledOn?: string;
}

/** How a unit fills its part: a text per item number, one 完成时限 for all, a 累计完成 per target (none: left blank). */
export interface UnitFill {
  text: (itemNumber: number) => string;
  deadline?: string;
  cumulative?: (target: Target) => number | undefined;
  filledOn?: string;
}

/**
 * The FillContent of `unit`: `text(n)` and `deadline` for every item the unit is responsible for (spec `item.units`),
 * `cumulative(target)` for every target of those items that is the unit's (target `units`, else the item's) where it
 * gives a figure; `filledOn` as given.
 */
export function unitContent(spec: TemplateSpec, unit: string, fill: UnitFill): FillContent {
  const texts: Record<number, string> = {};
  const deadlines: Record<number, string> = {};
  const cumulative: Record<string, number> = {};
  for (const item of spec.items) {
    if (!item.units.includes(unit)) continue;
    texts[item.number] = fill.text(item.number);
    if (fill.deadline !== undefined) deadlines[item.number] = fill.deadline;
    for (const t of item.targets) {
      const v = (t.units ?? item.units).includes(unit) ? fill.cumulative?.(t) : undefined;
      if (v !== undefined) cumulative[t.id] = v;
    }
  }
  return { texts, deadlines, cumulative, ...(fill.filledOn !== undefined ? { filledOn: fill.filledOn } : {}) };
}

function setCell(plan: SheetPlan, row: number, col: number, value: string | number): void {
  const cell = plan.cells.find((c) => c.row === row && c.col === col);
  if (cell) cell.value = value;
  else plan.cells.push({ row, col, value });
}

/**
 * A template workbook for `unit` and `quarter` (templateWorkbookPlan) filled as a department would: progress texts
 * and deadlines in its item rows, 累计完成 in the indicator rows, 填报日期 on the date line. Used by the benchmark and
 * the merge tests to make realistic received files.
 */
export function filledWorkbookPlan(spec: TemplateSpec, unit: string, quarter: Quarter, content: FillContent): WorkbookPlan {
  const plan = templateWorkbookPlan(spec, { quarter, unit });
  const [progress, indicator] = plan.sheets;
  const textCol = progressColumn(spec, 'progressText');
  const deadlineCol = progressColumn(spec, 'deadline');
  spec.items.forEach((item, k) => {
    const row = PROGRESS_ROWS.firstItem + k;
    const text = content.texts?.[item.number];
    if (text !== undefined) setCell(progress, row, textCol, text);
    const deadline = content.deadlines?.[item.number];
    if (deadline !== undefined) setCell(progress, row, deadlineCol, deadline);
  });
  if (content.filledOn) {
    const dateCell = progress.cells.find((c) => c.row === PROGRESS_ROWS.line && typeof c.value === 'string' && c.value.startsWith('填报日期'));
    if (dateCell) dateCell.value = `填报日期：${content.filledOn}`;
  }
  const idCol = indicatorColumn('targetId');
  const cumCol = indicatorColumn('cumulativeValue');
  for (const c of [...indicator.cells]) {
    if (c.col !== idCol || c.row < INDICATOR_ROWS.firstTarget || typeof c.value !== 'string') continue;
    const v = content.cumulative?.[c.value];
    if (v !== undefined) setCell(indicator, c.row, cumCol, v);
  }
  return plan;
}
