/**
 * The strict host's in-memory workbook: what Excel holds, independent of the add-in's own code (nothing here imports
 * from src/, so a shared mistake cannot hide). Rows and columns are 0-based; sizes are in points, as Office.js gives
 * them. Only state lives here; `objects.ts` gives it Office.js's shape and rules.
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns (Microsoft: "Excel specifications and limits"). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's row height limit in points (same source). */
export const MAX_ROW_HEIGHT = 409;

/** A 0-based inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A cell border edge's look. */
export interface Border {
  style: string;
  weight: string;
  color: string;
}

/** One cell: its value (null = empty), formula, number format and format. */
export interface Cell {
  value: string | number | boolean | null;
  /** The formula as typed ("=A1+1"); absent for constants. */
  formula?: string;
  numberFormat: string;
  fill: { color: string; pattern: 'Solid' | 'None' };
  font: { name: string; size: number; bold: boolean; color: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
  borders: Record<string, Border>;
}

/** A note or comment (both are "threaded"-less here: one text per cell). */
export interface Annotation {
  id: string;
  kind: 'comment' | 'note';
  sheetId: string;
  row: number;
  col: number;
  content: string;
}

/** Worksheet protection options (Office.js `WorksheetProtectionOptions`, camelCase as the API gives them). */
export type ProtectionOptions = Record<string, boolean | string>;

/** One worksheet. */
export interface Sheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<string, Cell>;
  merges: Rect[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  protection: { protected: boolean; options: ProtectionOptions };
  /** Page layout properties as set (orientation, paperSize, zoom, margins, print title rows, footer …). */
  pageLayout: Record<string, unknown>;
  /** Rows (0-based) before which a manual page break stands. */
  rowBreaks: number[];
  freeze?: { rows: number; cols: number };
  validations: { rect: Rect; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionalFormats: { rect: Rect; type: string; props: Record<string, unknown> }[];
  charts: { type: string; source: string; seriesBy: string; props: Record<string, unknown> }[];
}

/** The workbook: sheets in tab order, annotations, the document's add-in settings, the active sheet and selection. */
export interface Workbook {
  sheets: Sheet[];
  annotations: Annotation[];
  settings: Map<string, unknown>;
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  nextId: number;
}

/** The Excel defaults of a new cell (Calibri 11, General, no fill, bottom-aligned, locked). */
export function emptyCell(): Cell {
  return {
    value: null,
    numberFormat: 'General',
    fill: { color: '#FFFFFF', pattern: 'None' },
    font: { name: 'Calibri', size: 11, bold: false, color: '#000000' },
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    locked: true,
    borders: {},
  };
}

/** True when a cell differs from `emptyCell()` in anything (value or format): it then counts for the used range. */
export function isDefault(cell: Cell): boolean {
  const e = emptyCell();
  return (
    cell.value === null &&
    cell.formula === undefined &&
    JSON.stringify({ ...cell, value: null }) === JSON.stringify({ ...e, value: null })
  );
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** A new, empty sheet. */
export function newSheet(book: Workbook, name: string): Sheet {
  return {
    id: `{sheet-${book.nextId++}}`,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    merges: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    protection: { protected: false, options: {} },
    pageLayout: {},
    rowBreaks: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** The cell at (row, col), created when `create` (else undefined for a never-touched cell). */
export function cellOf(sheet: Sheet, row: number, col: number, create: true): Cell;
export function cellOf(sheet: Sheet, row: number, col: number, create?: false): Cell | undefined;
export function cellOf(sheet: Sheet, row: number, col: number, create = false): Cell | undefined {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Column letters of a 0-based column. */
export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A1" or "A1:B2" of a rectangle (whole columns "A:B" and whole rows "1:2" as Excel writes them). */
export function rectAddress(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1 && !(r.c0 === 0 && r.c1 === MAX_COLS - 1)) return `${colName(r.c0)}:${colName(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLS - 1 && !(r.r0 === 0 && r.r1 === MAX_ROWS - 1)) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${colName(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${colName(r.c1)}${r.r1 + 1}`;
}

/** A sheet name as Excel writes it before "!": quoted when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/**
 * Parse an address Office.js accepts in `getRange`: "A1", "A1:E7", "$A$1", "A:C", "2:5" (no sheet part). Returns
 * undefined for anything else (the caller answers InvalidArgument).
 */
export function parseAddress(address: string): Rect | undefined {
  const text = address.trim().replace(/\$/g, '');
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const parts = text.split(':');
  if (parts.length > 2 || !parts[0]) return undefined;
  if (parts.length === 2 && /^[A-Za-z]{1,3}$/.test(parts[0]) && /^[A-Za-z]{1,3}$/.test(parts[1])) {
    const c0 = colIndex(parts[0]);
    const c1 = colIndex(parts[1]);
    return bounded({ r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) });
  }
  if (parts.length === 2 && /^\d{1,7}$/.test(parts[0]) && /^\d{1,7}$/.test(parts[1])) {
    const r0 = Number(parts[0]) - 1;
    const r1 = Number(parts[1]) - 1;
    return bounded({ r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLS - 1 });
  }
  const a = cell.exec(parts[0]);
  const b = cell.exec(parts[1] ?? parts[0]);
  if (!a || !b) return undefined;
  const ra = Number(a[2]) - 1;
  const rb = Number(b[2]) - 1;
  const ca = colIndex(a[1]);
  const cb = colIndex(b[1]);
  return bounded({ r0: Math.min(ra, rb), r1: Math.max(ra, rb), c0: Math.min(ca, cb), c1: Math.max(ca, cb) });
}

function bounded(r: Rect): Rect | undefined {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLS ? r : undefined;
}

/** True when the two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Number of cells of a rectangle. */
export function area(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}
