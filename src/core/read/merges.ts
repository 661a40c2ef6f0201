import type { CellRange, Grid, GridCell } from '../sheet/grid';
import { a1, a1Range } from '../sheet/grid';

/**
 * Merged cells as a person sees them: a merged area shows its top-left (anchor) cell's content over the whole area,
 * and nothing of what other cells inside it may hold (a script or a paste can leave values there; Excel keeps them
 * but never shows them). Sources: Microsoft, "Merge and unmerge cells" (only the upper-left cell's data is kept when
 * merging in the UI); ECMA-376 Part 1, 18.3.1.55 mergeCell.
 *
 * All rows and columns here are 0-based sheet coordinates; ranges are inclusive (see CellRange in sheet/grid).
 */

/** Merges by sheet row: each row lists the well-formed areas that cover it. Built once per grid. */
const INDEX = new WeakMap<Grid, Map<number, CellRange[]>>();

/** Rows indexed per merge at most (a merge over a whole column is cut at the grid's rows). */
function indexOf(grid: Grid): Map<number, CellRange[]> {
  let index = INDEX.get(grid);
  if (index) return index;
  index = new Map();
  const first = grid.origin?.row ?? 0;
  const end = first + (Array.isArray(grid.rows) ? grid.rows.length : 0);
  for (const m of Array.isArray(grid.merges) ? grid.merges : []) {
    if (!m || ![m.r0, m.c0, m.r1, m.c1].every(Number.isInteger) || m.r0 < 0 || m.c0 < 0 || m.r1 < m.r0 || m.c1 < m.c0) continue;
    if (m.r0 === m.r1 && m.c0 === m.c1) continue;
    for (let r = Math.max(m.r0, first); r <= Math.min(m.r1, end - 1); r++) {
      const list = index.get(r);
      if (list) list.push(m);
      else index.set(r, [m]);
    }
  }
  INDEX.set(grid, index);
  return index;
}

/** The merged area covering (row, col), or undefined when the cell is not merged (a 1×1 "merge" counts as none). */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  const list = indexOf(grid).get(row);
  return list?.find((m) => col >= m.c0 && col <= m.c1);
}

/** True when the cell has content a person could see if it were not hidden: a value or a displayed text. */
export function hasContent(cell: GridCell | null | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === 'string') return cell.value.trim() !== '';
  if (cell.value !== null && cell.value !== undefined) return true;
  return typeof cell.text === 'string' && cell.text.trim() !== '';
}

/** A value stored in a non-anchor cell of a merged area: where it is, the area, and the text it holds. */
export interface HiddenValue {
  /** A1 address of the hidden cell, e.g. "D8". */
  cell: string;
  /** A1 address of the anchor (the visible cell), e.g. "D7". */
  anchor: string;
  /** The merged area in A1, e.g. "D7:D8". */
  range: string;
  /** The hidden cell's text (as `text`), untrimmed. */
  text: string;
}

/**
 * Every value stored in a non-anchor cell of a merged area, among sheet rows `rows` (0-based, inclusive first, exclusive
 * end) and columns `cols` (0-based); row-major order. `textOf` gives a cell's text (core/read/cells cellText).
 */
export function hiddenValues(
  grid: Grid,
  rows: { first: number; end: number },
  cols: readonly number[],
  textOf: (cell: GridCell | null | undefined) => string,
): HiddenValue[] {
  const out: HiddenValue[] = [];
  const index = indexOf(grid);
  const width = Math.max(0, ...grid.rows.map((x) => (Array.isArray(x) ? x.length : 0)));
  // An anchor outside the grid is not a cell anyone sees either: such an area is left alone.
  const inside = (row: number, col: number) =>
    row >= grid.origin.row && row < grid.origin.row + grid.rows.length && col >= grid.origin.col && col < grid.origin.col + width;
  for (let r = rows.first; r < rows.end; r++) {
    const list = index.get(r);
    if (!list) continue;
    const row = grid.rows[r - grid.origin.row];
    if (!Array.isArray(row)) continue;
    for (const c of cols) {
      const m = list.find((x) => c >= x.c0 && c <= x.c1);
      if (!m || (m.r0 === r && m.c0 === c) || !inside(m.r0, m.c0)) continue;
      const cell = row[c - grid.origin.col];
      if (!hasContent(cell)) continue;
      out.push({ cell: a1(r, c), anchor: a1(m.r0, m.c0), range: a1Range(m), text: textOf(cell) });
    }
  }
  return out;
}

