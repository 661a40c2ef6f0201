import type { Grid, GridCell } from '../sheet/grid';
import { a1, cellAt, gridSize } from '../sheet/grid';
import { chineseDateText } from '../text/date-text';
import { normalizeNewlines } from '../text/normalize';
import { mergeAt } from './merges';
import type { ReadCell } from './report';

/**
 * The text of a cell as people see it: a string value with CRLF / `_x000D_` turned into LF, a date cell as a Chinese
 * reader sees it (2026年12月31日, or 2026年12月 under a month format: `chineseDateText`, whatever the file's date
 * format), or the displayed text of another number (falling back to the number), 'TRUE'/'FALSE' for booleans, ''
 * for empty. Not trimmed.
 */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return cell && typeof cell.text === 'string' ? normalizeNewlines(cell.text) : '';
  if (typeof cell.value === 'string') return normalizeNewlines(cell.value);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (cell.isDate === true) {
    const date = chineseDateText(cell.value, cell.numberFormat);
    if (date !== undefined) return date;
  }
  const shown = typeof cell.text === 'string' ? cell.text : '';
  return shown.trim() !== '' ? normalizeNewlines(shown) : String(cell.value);
}

/**
 * A ReadCell for sheet coordinates (0-based) as a person sees it: the A1 address, the raw cell (undefined when empty)
 * and its trimmed text. A cell inside a merged area reads as the area's top-left (anchor) cell, address included, so
 * a finding points at the cell one can see and click; a value stored in the hidden part is ignored (reported by
 * `hiddenValues`). Only down the anchor's column: a cell to the right of it in a merge across columns (a text spread
 * over 进展情况 and 完成时限) reads as empty, at the anchor's address. An anchor outside the grid leaves the cell as
 * it is.
 */
export function readCell(grid: Grid, row: number, col: number): ReadCell {
  const anchor = mergeAnchor(grid, row, col);
  if (!anchor) {
    const raw = cellAt(grid, row, col);
    return { cell: a1(row, col), raw, text: cellText(raw).trim() };
  }
  if (anchor.col !== col) return { cell: a1(anchor.row, anchor.col), raw: undefined, text: '' };
  const raw = cellAt(grid, anchor.row, anchor.col);
  return { cell: a1(anchor.row, anchor.col), raw, text: cellText(raw).trim() };
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
  const m = mergeAt(grid, row, col);
  if (!m || (m.r0 === row && m.c0 === col)) return undefined;
  return inGrid(grid, m.r0, m.c0) ? { row: m.r0, col: m.c0 } : undefined;
}
