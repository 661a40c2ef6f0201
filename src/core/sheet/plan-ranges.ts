import type { CellRange } from './grid';
import { a1, columnName } from './grid';
import type { PlanCell, PlanPrint, SheetPlan } from './plan';

/**
 * Pure helpers that turn a SheetPlan's per-cell lists into few rectangular ranges, so the host adapters (Office.js, excel/; WPS, wps/) make
 * a handful of calls per sheet rather than one per cell (a smaller request: Excel on the web refuses requests
 * over 5 MB). All coordinates are 0-based sheet coordinates, ranges inclusive (as in core/sheet/plan).
 */

/**
 * Column width in Excel character units (as in SheetPlan.columnWidths and the .xlsx `width` attribute) to the
 * points Office.js `format.columnWidth` expects. Excel draws a character unit as the maximum digit width of the
 * default font, 7 px for Calibri 11 at 96 dpi (ECMA-376 Part 1, 18.3.1.13 `col` width); 1 px = 0.75 pt.
 * So points = round(width × 7) × 0.75: 8.43 → 44.25 pt (59 px), 20 → 105 pt (140 px). Negative or non-finite
 * widths give 0.
 */
export function columnWidthToPoints(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return 0;
  return Math.round(width * 7) * 0.75;
}

/** A1 range text for a 0-based inclusive range ("A1", "A1:E2"). */
export function rangeAddress(r: CellRange): string {
  const start = a1(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? start : `${start}:${a1(r.r1, r.c1)}`;
}

/** Bounding box of a plan's cells, or undefined when it has none. */
export function cellBounds(cells: readonly PlanCell[]): CellRange | undefined {
  if (!cells.length) return undefined;
  let r0 = Infinity, c0 = Infinity, r1 = -Infinity, c1 = -Infinity;
  for (const c of cells) {
    r0 = Math.min(r0, c.row); c0 = Math.min(c0, c.col);
    r1 = Math.max(r1, c.row); c1 = Math.max(c1, c.col);
  }
  return { r0, c0, r1, c1 };
}

/**
 * The 2-D arrays to write over `box`: `values` (a string stays a string, a number a number, a planned null
 * becomes '' to clear the cell) and `numberFormat`. A cell the plan does not list is null in both arrays, which
 * Office.js leaves unchanged (Microsoft: "null input in a two-dimensional array is ignored in the update API").
 * Every string cell gets the text format "@", so no string turns into a formula, whatever it starts with; other
 * cells get their style's number format, or null (unchanged).
 */
export function valueArrays(
  plan: Pick<SheetPlan, 'cells' | 'styles'>,
  box: CellRange,
): { values: (string | number | null)[][]; numberFormat: (string | null)[][] } {
  const rows = box.r1 - box.r0 + 1;
  const cols = box.c1 - box.c0 + 1;
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const numberFormat: (string | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  for (const cell of plan.cells) {
    if (cell.row < box.r0 || cell.row > box.r1 || cell.col < box.c0 || cell.col > box.c1) continue;
    const r = cell.row - box.r0;
    const c = cell.col - box.c0;
    const style = cell.style ? plan.styles[cell.style] : undefined;
    if (typeof cell.value === 'string') {
      values[r][c] = cell.value;
      numberFormat[r][c] = '@';
    } else {
      values[r][c] = cell.value === null ? '' : cell.value;
      numberFormat[r][c] = style?.numberFormat ?? null;
    }
  }
  return { values, numberFormat };
}

/** Rectangles sharing one style key. `merged` marks a merged area (styled whole, never joined with others). */
export interface StyledRect extends CellRange {
  merged: boolean;
}

/**
 * Group the plan's styled cells into few rectangles per style key. A cell that is the top-left of a merged area
 * styles the whole area (so its borders frame the area); cells covered by a merge but not its top-left are
 * skipped. Neighbouring single cells of the same style are joined, first along rows, then down columns.
 */
export function styleRects(plan: Pick<SheetPlan, 'cells' | 'merges'>): Map<string, StyledRect[]> {
  const mergeAt = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    mergeAt.set(`${m.r0},${m.c0}`, m);
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  const byStyle = new Map<string, StyledRect[]>();
  for (const cell of plan.cells) {
    if (!cell.style) continue;
    const key = `${cell.row},${cell.col}`;
    if (covered.has(key)) continue;
    const m = mergeAt.get(key);
    const rect: StyledRect = m ? { ...m, merged: true } : { r0: cell.row, c0: cell.col, r1: cell.row, c1: cell.col, merged: false };
    const list = byStyle.get(cell.style) ?? [];
    list.push(rect);
    byStyle.set(cell.style, list);
  }
  for (const [style, rects] of byStyle) byStyle.set(style, joinRects(rects));
  return byStyle;
}

/** Join adjacent unmerged rectangles: same rows and touching columns, then same columns and touching rows. */
function joinRects(rects: StyledRect[]): StyledRect[] {
  const merged = rects.filter((r) => r.merged);
  let plain = rects.filter((r) => !r.merged).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const across: StyledRect[] = [];
  for (const r of plain) {
    const last = across[across.length - 1];
    if (last && last.r0 === r.r0 && last.r1 === r.r1 && last.c1 + 1 === r.c0) last.c1 = r.c1;
    else across.push({ ...r });
  }
  plain = across.sort((a, b) => a.c0 - b.c0 || a.c1 - b.c1 || a.r0 - b.r0);
  const down: StyledRect[] = [];
  for (const r of plain) {
    const last = down[down.length - 1];
    if (last && last.c0 === r.c0 && last.c1 === r.c1 && last.r1 + 1 === r.r0) last.r1 = r.r1;
    else down.push({ ...r });
  }
  return [...down, ...merged];
}

/**
 * Runs of neighbouring indexes with the same size: [[8, 8, 20]] → [{from: 0, to: 1, size: 8}, {from: 2, to: 2,
 * size: 20}]. Entries that are missing, non-finite or ≤ 0 are skipped (the default stays).
 */
export function sizeRuns(sizes: ReadonlyMap<number, number>): { from: number; to: number; size: number }[] {
  const keys = [...sizes.keys()].filter((k) => Number.isInteger(k) && k >= 0).sort((a, b) => a - b);
  const runs: { from: number; to: number; size: number }[] = [];
  for (const k of keys) {
    const size = sizes.get(k)!;
    if (!Number.isFinite(size) || size <= 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === k && last.size === size) last.to = k;
    else runs.push({ from: k, to: k, size });
  }
  return runs;
}

/** Whole-column address for 0-based columns: (0, 2) → "A:C". */
export function columnsAddress(from: number, to: number): string {
  return `${columnName(from)}:${columnName(to)}`;
}

/** Whole-row address for 0-based rows: (4, 6) → "5:7". */
export function rowsAddress(from: number, to: number): string {
  return `${from + 1}:${to + 1}`;
}

/**
 * Excel's limits on data validation (Microsoft: "Excel specifications and limits"; a longer value fails the batch in
 * Excel and corrupts a file): a prompt or alert title 32 characters, its text 255, an explicit list source ("a,b,c") 255.
 */
export const VALIDATION_TITLE_LIMIT = 32;
export const VALIDATION_TEXT_LIMIT = 255;
export const VALIDATION_LIST_LIMIT = 255;

/** Cut text to `max` characters (Excel's limits on validation titles and messages), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** The sides of a page's margins, as `PlanPrint.margins` names them. */
export const MARGIN_SIDES = ['top', 'bottom', 'left', 'right', 'header', 'footer'] as const;
export type MarginSide = (typeof MARGIN_SIDES)[number];

/** `PlanPrint.margins` (inches) in points, the unit of the hosts' page setup (1 inch = 72 points). */
export function marginPoints(margins: NonNullable<PlanPrint['margins']>): Record<MarginSide, number> {
  return Object.fromEntries(MARGIN_SIDES.map((side) => [side, margins[side] * 72])) as Record<MarginSide, number>;
}

/** The print title rows' address as the hosts' page setup takes it, absolute: rows 0..2 (0-based) → "$1:$3". */
export function titleRowsAddress(rows: NonNullable<PlanPrint['titleRows']>): string {
  return `$${rows.r0 + 1}:$${rows.r1 + 1}`;
}
