import type { CellRange, Grid, GridBook, GridCell } from '../core/sheet/grid';
import { a1Range, parseA1 } from '../core/sheet/grid';
import { normalizeNewlines } from '../core/text/normalize';
import { XL_SHEET, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './api';

/**
 * Read the open WPS workbook into a GridBook (core/sheet/grid): every worksheet in tab order with its name,
 * visibility, used range (values; dates as dates; displayed text and number formats where this WPS gives them for a
 * whole range) and merged areas. The same Grid the Excel and file adapters give for the same sheet.
 *
 * Host calls: whole ranges, never cell by cell over the table. Per sheet a fixed number of calls (the sheet, its
 * name, visibility, used range's place and size, `Value2`, `Value`, `Text`, `NumberFormat`, `MergeCells`), plus, only
 * when the sheet has merged cells, a search that halves the used range until each merged area is found
 * (`findMerges`: about 2 calls per area per halving, so it grows with the merged areas and the logarithm of the size,
 * never with the rows). Dates: `Value2` gives serial days, `Value` a date (VBA: Range.Value2): a number whose
 * `Value` is not that number is a date cell. `Text` and `NumberFormat` of a multi-cell range are rows of values in
 * some WPS builds and a single value (or null) in VBA: the reader uses them when they come as rows (detected per read)
 * and otherwise leaves `numberFormat` unknown and shows numbers as they are (core/read formats dates itself).
 */

type Visibility = Grid['visibility'];

/** XlSheetVisibility → a Grid's visibility; anything unknown is visible. */
export function visibilityOf(visible: unknown): Visibility {
  if (visible === XL_SHEET.veryHidden) return 'veryHidden';
  if (visible === XL_SHEET.hidden || visible === false) return 'hidden';
  return 'visible';
}

/** A worksheet as listed: name, visibility and, when asked, what its protection allows. */
export interface WpsSheetInfo {
  name: string;
  visibility: Visibility;
  /** 1-based index in `Worksheets` at the time of the read. */
  index: number;
  protection?: {
    protected: boolean;
    /** Fills may be set (unprotected, or protected with formatting cells allowed). */
    allowFormatCells: boolean;
    /** Comments may be added or deleted (unprotected, or protected without drawing objects). */
    allowEditObjects: boolean;
  };
}

/** Options of `readBook`. */
export interface WpsReadOptions {
  /** Sheets to leave out of the book (not out of the list), by name (the add-in's marks store). */
  skip?: (name: string) => boolean;
  /** Also read each sheet's protection (3 calls a sheet). */
  protection?: boolean;
}

/** The sheet list: names, visibility (and protection when asked), in tab order. */
export function readSheetList(workbook: WpsWorkbook, options: { protection?: boolean } = {}): { sheets: WpsSheetInfo[]; worksheets: WpsWorksheet[] } {
  const list = workbook.Worksheets;
  const count = Number(list.Count) || 0;
  const sheets: WpsSheetInfo[] = [];
  const worksheets: WpsWorksheet[] = [];
  for (let i = 1; i <= count; i++) {
    const ws = list.Item(i);
    const info: WpsSheetInfo = { name: String(ws.Name), visibility: visibilityOf(ws.Visible), index: i };
    if (options.protection) {
      const locked = ws.ProtectContents === true;
      info.protection = locked
        ? { protected: true, allowFormatCells: ws.Protection.AllowFormattingCells === true, allowEditObjects: ws.ProtectDrawingObjects !== true }
        : { protected: false, allowFormatCells: true, allowEditObjects: true };
    }
    sheets.push(info);
    worksheets.push(ws);
  }
  return { sheets, worksheets };
}

/** Read the whole workbook: the sheet list and every used range (see the module comment for the calls). */
export function readBook(workbook: WpsWorkbook, options: WpsReadOptions = {}): { book: GridBook; sheets: WpsSheetInfo[] } {
  const { sheets, worksheets } = readSheetList(workbook, options);
  const grids = sheets.flatMap((s, i) => (options.skip?.(s.name) ? [] : [readSheet(worksheets[i], s)]));
  return { book: { sheets: grids }, sheets };
}

/** Read the whole workbook into a GridBook (see `readBook`). */
export function readGrid(workbook: WpsWorkbook, options: WpsReadOptions = {}): GridBook {
  return readBook(workbook, options).book;
}

/** As rows of values: a multi-cell answer as given, a single value as one row of one. */
function asRows(value: unknown, rows: number, cols: number): unknown[][] | undefined {
  if (Array.isArray(value)) return value.every((r) => Array.isArray(r)) ? (value as unknown[][]) : undefined;
  return rows === 1 && cols === 1 ? [[value]] : undefined;
}

/** One worksheet as a Grid; a malformed answer gives an empty grid rather than a crash. */
export function readSheet(ws: WpsWorksheet, info: { name: string; visibility: Visibility }): Grid {
  const grid: Grid = { name: info.name, visibility: info.visibility, origin: { row: 0, col: 0 }, rows: [], merges: [] };
  const used = ws.UsedRange;
  const row = Number(used.Row) || 1;
  const col = Number(used.Column) || 1;
  const nRows = Number(used.Rows.Count) || 0;
  const nCols = Number(used.Columns.Count) || 0;
  const values = asRows(used.Value2, nRows, nCols);
  if (!values) return grid;
  const typed = asRows(used.Value, nRows, nCols);
  const single = nRows === 1 && nCols === 1;
  // Whole-range text and formats only where this WPS answers with rows (a single cell's answer is its own).
  const shown = single ? [[used.Text]] : asRows(used.Text, nRows, nCols);
  const formats = single ? [[used.NumberFormat]] : asRows(used.NumberFormat, nRows, nCols);
  grid.origin = { row: row - 1, col: col - 1 };
  grid.rows = values.map((r, i) => (Array.isArray(r) ? r : []).map((v, j) => cellFrom(v, typed?.[i]?.[j], shown?.[i]?.[j], formats?.[i]?.[j])));
  if (single && grid.rows[0][0] === null) grid.rows = [];
  if (used.MergeCells !== false) grid.merges = findMerges(ws, { r0: row - 1, c0: col - 1, r1: row - 2 + nRows, c1: col - 2 + nCols });
  return grid;
}

/** One cell: '' and empty become null; CRLF and `_x000D_` become LF; a number whose Value is no number is a date. */
function cellFrom(value: unknown, typed: unknown, text: unknown, format: unknown): GridCell | null {
  let v: GridCell['value'];
  if (typeof value === 'string') v = value === '' ? null : normalizeNewlines(value);
  else if (typeof value === 'number' && Number.isFinite(value)) v = value;
  else if (typeof value === 'boolean') v = value;
  else v = null;
  if (v === null) return null;
  const isDate = typeof v === 'number' && typed !== undefined && typed !== null && typeof typed !== 'number';
  const shown = typeof text === 'string' && text !== '' ? normalizeNewlines(text) : typeof v === 'boolean' ? String(v).toUpperCase() : String(v);
  const cell: GridCell = { value: v, text: shown };
  if (typeof format === 'string') cell.numberFormat = format;
  if (isDate) cell.isDate = true;
  return cell;
}

/** "$A$1:$E$2" (or "A1") → a 0-based range; undefined when unreadable. */
export function parseRangeAddress(address: unknown): CellRange | undefined {
  if (typeof address !== 'string') return undefined;
  const [first, second] = address.replace(/^.*!/, '').split(':');
  const a = parseA1(first ?? '');
  const b = second ? parseA1(second) : a;
  if (!a || !b) return undefined;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}

const inside = (r: CellRange, m: CellRange) => r.r0 >= m.r0 && r.r1 <= m.r1 && r.c0 >= m.c0 && r.c1 <= m.c1;

/**
 * The merged areas within `box` (0-based inclusive): a range without merged cells (`MergeCells` false) is done in one
 * call; otherwise its first cell's `MergeArea` is asked (an area is kept when it spans more than one cell), and a
 * range not covered by that area is halved along its longer side. Areas are found once each, in sheet order.
 */
export function findMerges(ws: WpsWorksheet, box: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const seen = new Set<string>();
  const visit = (r: CellRange): void => {
    if (found.some((m) => inside(r, m))) return;
    const range: WpsRange = ws.Range(a1Range(r));
    if (range.MergeCells === false) return;
    const area = parseRangeAddress(ws.Cells(r.r0 + 1, r.c0 + 1).MergeArea.Address());
    if (area && (area.r1 > area.r0 || area.c1 > area.c0)) {
      const key = a1Range(area);
      if (!seen.has(key)) {
        seen.add(key);
        found.push(area);
      }
      if (inside(r, area)) return;
    }
    if (r.r0 === r.r1 && r.c0 === r.c1) return;
    if (r.r1 - r.r0 >= r.c1 - r.c0) {
      const mid = Math.floor((r.r0 + r.r1) / 2);
      visit({ ...r, r1: mid });
      visit({ ...r, r0: mid + 1 });
    } else {
      const mid = Math.floor((r.c0 + r.c1) / 2);
      visit({ ...r, c1: mid });
      visit({ ...r, c0: mid + 1 });
    }
  };
  visit(box);
  return found.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

