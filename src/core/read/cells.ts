import type { Grid, GridCell } from '../sheet/grid';
import { a1, cellAt, gridSize } from '../sheet/grid';
import { normalizeNewlines } from '../text/normalize';
import type { ReadCell } from './report';

/**
 * The text of a cell as people see it: a string value with CRLF / `_x000D_` turned into LF, or the displayed text of
 * a number (falling back to the number), 'TRUE'/'FALSE' for booleans, '' for empty. Not trimmed.
 */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return cell && typeof cell.text === 'string' ? normalizeNewlines(cell.text) : '';
  if (typeof cell.value === 'string') return normalizeNewlines(cell.value);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  const shown = typeof cell.text === 'string' ? cell.text : '';
  return shown.trim() !== '' ? normalizeNewlines(shown) : String(cell.value);
}

/** A ReadCell for sheet coordinates (0-based): the A1 address, the raw cell (undefined when empty) and its trimmed text. */
export function readCell(grid: Grid, row: number, col: number): ReadCell {
  const raw = cellAt(grid, row, col);
  return { cell: a1(row, col), raw, text: cellText(raw).trim() };
}

/** True when sheet coordinates (0-based) lie inside the grid's rectangle (origin + rows × longest row). */
export function inGrid(grid: Grid, row: number, col: number): boolean {
  const { rows, cols } = gridSize(grid);
  return row >= grid.origin.row && row < grid.origin.row + rows && col >= grid.origin.col && col < grid.origin.col + cols;
}

/** Sheet rows (0-based) covered by the grid, first and one past the last. */
export function rowSpan(grid: Grid): { first: number; end: number } {
  return { first: grid.origin.row, end: grid.origin.row + grid.rows.length };
}

/** Sheet columns (0-based) covered by the grid, first and one past the last. */
export function colSpan(grid: Grid): { first: number; end: number } {
  return { first: grid.origin.col, end: grid.origin.col + gridSize(grid).cols };
}

/**
 * The top-left cell (sheet coordinates) of the merged area that covers (row, col), when it is another cell inside the
 * grid; undefined when the cell is not merged, is itself the top-left, or the area is malformed.
 */
export function mergeAnchor(grid: Grid, row: number, col: number): { row: number; col: number } | undefined {
  for (const m of Array.isArray(grid.merges) ? grid.merges : []) {
    if (!m || row < m.r0 || row > m.r1 || col < m.c0 || col > m.c1) continue;
    if (m.r0 === row && m.c0 === col) return undefined;
    return inGrid(grid, m.r0, m.c0) ? { row: m.r0, col: m.c0 } : undefined;
  }
  return undefined;
}
