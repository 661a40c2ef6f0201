import type { CellRange } from '../sheet/grid';
import type { SheetPlan } from '../sheet/plan';

/**
 * Manual row page breaks for printed tables (issue: printed output a government office can hand in). Excel and
 * LibreOffice break pages wherever a page is full, which cuts a block of merged rows (the per-unit 汇总表 item with
 * its merged 序号 / 实事名称, a （续） continuation block, an item of 指标完成情况汇总) across two pages, where the
 * merged text is readable on neither. These pure functions choose the breaks from the plan's computed row heights
 * (core/sheet/text-metrics) and its print setup; the adapters write them (`SheetPlan.rowBreaks`).
 *
 * Units: heights in points (1/72 inch); page sizes in points; column widths in Excel character units.
 */

/** A4 paper in points (ISO 216: 210 × 297 mm); `long` is the width in landscape. */
export const A4_POINTS = { short: 595.28, long: 841.89 } as const;

/** Excel's default row height in points (Calibri 11, the workbook's default font), for rows without a height. */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * Width in points of a column `width` Excel character units wide: Excel draws a width of w characters as
 * round(w × 7) pixels (7 px = the maximum digit width of the default Calibri 11 at 96 dpi), and a pixel is 0.75 pt.
 * The same conversion as the Office.js adapter's `columnWidthToPoints` (excel/plan-ranges); the xlsx writer stores
 * w itself, which Excel and LibreOffice draw at that width. A width ≤ 0 or not finite gives 0.
 */
export function columnWidthPoints(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return 0;
  return Math.round(width * 7) * 0.75;
}

/**
 * A row height as printed, in points: hosts draw rows in whole pixels (0.75 pt at 96 dpi), so a height is rounded
 * up to the next 0.75 pt. Erring tall keeps the computed breaks no later than the host's own.
 */
function printedHeight(height: number): number {
  return Math.ceil(height / 0.75 - 1e-9) * 0.75;
}

/** Share of a page kept free for the hosts' rounding (fonts, borders): the breaks come a little early, never late. */
const PAGE_SLACK = 0.01;

/**
 * The printable page of `plan` in sheet points, or undefined when the plan has no print setup:
 * - `scale`: the fit-to-width zoom, min(1, printable width ÷ Σ column widths in points (`columnWidthPoints`)),
 *   rounded down to a whole percent as Excel's zoom is;
 * - `first`: the room for rows on page 1 (A4 in the plan's orientation minus the top and bottom margins, divided by
 *   `scale`, less `PAGE_SLACK`);
 * - `other`: the same for later pages, less the repeated title rows (`print.titleRows`).
 * Margins default to Excel's normal ones (0.75 in top/bottom, 0.7 in left/right) when the plan gives none.
 */
export function printablePage(plan: Pick<SheetPlan, 'print' | 'columnWidths' | 'rowHeights'>): { scale: number; first: number; other: number } | undefined {
  const print = plan.print;
  if (!print) return undefined;
  const landscape = print.orientation === 'landscape';
  const paperWidth = landscape ? A4_POINTS.long : A4_POINTS.short;
  const paperHeight = landscape ? A4_POINTS.short : A4_POINTS.long;
  const m = print.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const printWidth = paperWidth - (m.left + m.right) * 72;
  const printHeight = paperHeight - (m.top + m.bottom) * 72;
  const tableWidth = plan.columnWidths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
  const fit = print.fitToWidth && tableWidth > 0 ? (printWidth * print.fitToWidth) / tableWidth : 1;
  const scale = Math.max(0.1, Math.min(1, Math.floor(fit * 100 + 1e-9) / 100));
  const room = (printHeight / scale) * (1 - PAGE_SLACK);
  let titles = 0;
  if (print.titleRows) {
    for (let r = print.titleRows.r0; r <= print.titleRows.r1; r++) titles += printedHeight(plan.rowHeights[r] ?? DEFAULT_ROW_HEIGHT);
  }
  return { scale, first: room, other: Math.max(room - titles, 1) };
}

/**
 * The rows (0-based, ascending) that start a new printed page, for rows 0..heights.length-1 of heights
 * `heights[r]` (points, as printed), page room `page.first` on page 1 and `page.other` on later pages (points).
 *
 * Rule: pages are filled greedily, but a page never starts inside a group (`groups`: 0-based inclusive row spans
 * that must print together, e.g. the rows under one merged cell; overlapping spans count as one group) unless the
 * group alone is taller than a page (`page.other`): then it starts on a new page and is split row by row. A single
 * row taller than a page gets a page of its own (the host prints it cut). Row 0 never gets a break. Empty or
 * non-positive inputs give [].
 */
export function breakRows(heights: readonly number[], groups: readonly Pick<CellRange, 'r0' | 'r1'>[], page: { first: number; other: number }): number[] {
  const n = heights.length;
  if (n === 0 || !(page.first > 0) || !(page.other > 0)) return [];
  // end[r]: the last row of the group starting at r (r itself when r starts no group).
  const end = heights.map((_h, r) => r);
  const spans = groups
    .map((g) => ({ r0: Math.max(0, Math.min(g.r0, g.r1)), r1: Math.min(n - 1, Math.max(g.r0, g.r1)) }))
    .filter((g) => g.r0 <= g.r1)
    .sort((a, b) => a.r0 - b.r0);
  let open: { r0: number; r1: number } | undefined;
  for (const g of spans) {
    if (open && g.r0 <= open.r1) open.r1 = Math.max(open.r1, g.r1);
    else {
      if (open) end[open.r0] = open.r1;
      open = { ...g };
    }
  }
  if (open) end[open.r0] = open.r1;

  const height = (r: number): number => Math.max(0, heights[r] ?? 0);
  const breaks: number[] = [];
  let used = 0;
  let room = page.first;
  const newPage = (r: number): void => {
    if (r > 0 && used > 0) {
      breaks.push(r);
      used = 0;
      room = page.other;
    }
  };
  for (let a = 0; a < n; ) {
    const b = end[a];
    let h = 0;
    for (let r = a; r <= b; r++) h += height(r);
    if (used + h <= room) used += h;
    else if (h <= page.other) {
      newPage(a);
      used += h;
    } else {
      // Over-tall group: on a page of its own start, then row by row.
      newPage(a);
      for (let r = a; r <= b; r++) {
        if (used + height(r) > room) newPage(r);
        used += height(r);
      }
    }
    a = b + 1;
  }
  return breaks;
}

/**
 * The page breaks of a sheet plan (0-based rows that start a new page; [] when the plan has no print setup or fits
 * on one page): rows 0 to the last row holding a cell, merge or height, with their `rowHeights` (points;
 * `DEFAULT_ROW_HEIGHT` when absent) rounded up to whole pixels, groups = the plan's merges spanning several rows,
 * page room from `printablePage`.
 *
 * Heights are the plan's: for `autoHeightRows` (the template's fill rows, which grow as people type) that is the
 * starting height, so the breaks suit an empty or lightly filled table; a table filled with long texts gets the
 * host's own breaks after these.
 */
export function sheetPageBreaks(plan: Pick<SheetPlan, 'print' | 'columnWidths' | 'rowHeights' | 'cells' | 'merges'>): number[] {
  const page = printablePage(plan);
  if (!page) return [];
  let last = -1;
  for (const c of plan.cells) last = Math.max(last, c.row);
  for (const m of plan.merges) last = Math.max(last, m.r1);
  for (const k of Object.keys(plan.rowHeights)) last = Math.max(last, Number(k));
  const heights: number[] = [];
  for (let r = 0; r <= last; r++) heights.push(printedHeight(plan.rowHeights[r] ?? DEFAULT_ROW_HEIGHT));
  return breakRows(
    heights,
    plan.merges.filter((m) => m.r1 > m.r0),
    page,
  );
}

/** `plan` with `rowBreaks` set from `sheetPageBreaks` (left out when there are none). Does not change `plan`. */
export function withPageBreaks(plan: SheetPlan): SheetPlan {
  const rowBreaks = sheetPageBreaks(plan);
  return rowBreaks.length ? { ...plan, rowBreaks } : plan;
}
