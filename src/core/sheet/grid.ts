/**
 * A Grid is a snapshot of one worksheet's cells, read by an adapter (Office.js or a file) and handed to the
 * pure core. The core never knows where it came from.
 *
 * Coordinates are 0-based: `rows[r][c]` is the cell at row r+1, column c+1 in A1 terms (`rows[0][0]` = A1 when
 * `origin` is {row: 0, col: 0}). A Grid covers the sheet's used range; `origin` says where that range starts, so
 * the cell `rows[r][c]` is at sheet row `origin.row + r`, column `origin.col + c` (both 0-based).
 */

/** A cell's content as read. */
export interface GridCell {
  /**
   * Raw value: a string, a number (dates stay serial numbers, see `isDate`), a boolean, or null for empty.
   * Text has rich-text runs joined, `_x000D_` and CRLF turned into LF.
   */
  value: string | number | boolean | null;
  /** The text Excel displays (formatted), '' for an empty cell. */
  text: string;
  /** Number format code, e.g. "General", "@", "yyyy/m/d"; undefined when the reader cannot tell. */
  numberFormat?: string;
  /**
   * True when the value is a date: a serial day number (1900 date system; a reader of a 1904-system workbook shifts it
   * by 1462) with a date format, or a date cell. Shown as 2026年12月31日 by the core whatever the format (text/date-text).
   */
  isDate?: boolean;
  /** True when the cell held a formula; `value` is its cached result. */
  formula?: boolean;
}

/** A merged area, 0-based and inclusive, in sheet coordinates. */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** One worksheet as read. */
export interface Grid {
  /** Worksheet name as in the workbook. */
  name: string;
  /** 'visible', 'hidden' or 'veryHidden' (Excel's sheet states). */
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Sheet coordinates (0-based) of rows[0][0]. */
  origin: { row: number; col: number };
  /** Cells, row-major; a row may be shorter than others; a missing or null cell is empty. */
  rows: (GridCell | null | undefined)[][];
  /**
   * Merged areas in sheet coordinates, as the host stores them (an adapter that cannot read them gives []). Cells keep
   * what the file holds: an adapter does not copy the anchor's value into the area. The core reads a cell inside a
   * merge as a person sees it (core/read/cells `readCell`: the top-left anchor's value down its column) and reports a
   * value stored in a non-anchor cell (core/read/merges `hiddenValues`).
   */
  merges: CellRange[];
  /**
   * Set by a reader that kept only part of the sheet (a size cap): the sheet's full used range, in rows and columns,
   * of which `rows` holds only the first rows/columns. Undefined when the whole sheet was read.
   */
  truncated?: { rows: number; cols: number };
}

/** A workbook as read: its sheets in tab order, and the file name when it came from a file. */
export interface GridBook {
  /** File name (not a path) when read from a file, for findings; undefined for the open workbook. */
  file?: string;
  sheets: Grid[];
}

/** The cell of a Grid at sheet coordinates (0-based), or undefined when outside the grid or empty. */
export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  const r = grid.rows[row - grid.origin.row];
  return r ? (r[col - grid.origin.col] ?? undefined) : undefined;
}

/** Number of rows and columns the grid spans (columns = the longest row). */
export function gridSize(grid: Grid): { rows: number; cols: number } {
  let cols = 0;
  for (const r of grid.rows) cols = Math.max(cols, r.length);
  return { rows: grid.rows.length, cols };
}

/** Column letters for a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA". Throws RangeError when negative. */
export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for 0-based sheet coordinates: (0, 0) -> "A1", (6, 3) -> "D7". */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** A1 range for a 0-based inclusive range: {0,0,1,4} -> "A1:E2"; a single cell gives "A1". */
export function a1Range(range: CellRange): string {
  const start = a1(range.r0, range.c0);
  return range.r0 === range.r1 && range.c0 === range.c1 ? start : `${start}:${a1(range.r1, range.c1)}`;
}

/** Parse "D7" (or "$D$7") to 0-based {row, col}; returns undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}
