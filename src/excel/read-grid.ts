import type { CellRange, Grid, GridBook, GridCell } from '../core/sheet/grid';
import { parseA1 } from '../core/sheet/grid';
import { normalizeNewlines } from '../core/text/normalize';
import { isDateFormat } from './date-format';
import { hostSupport, type ApiSupport } from './requirements';
import { syncContext } from './sync';

/**
 * Read the open workbook into a GridBook (core/sheet/grid): every worksheet in tab order with its name, visibility
 * and used range (values, displayed text, number formats; merged areas where the host allows).
 *
 * Round trips: one sync for the sheet list, one for all used ranges: two in all, whatever the number of sheets or
 * rows (DESIGN.md). Requirement sets: names, visibility, values, text, numberFormat, rowIndex/columnIndex and
 * getUsedRange need ExcelApi 1.1; getUsedRangeOrNullObject (an empty sheet gives no range) 1.4;
 * getUsedRange(valuesOnly) 1.2; getMergedAreasOrNullObject 1.13 (older hosts: no merges, which readers tolerate).
 * Excel on the web refuses responses over 5 MB: a huge sheet rejects with ResponsePayloadSizeLimitExceeded
 * (see excel/errors).
 */

/** Options of `readGrid`. */
export interface ReadGridOptions {
  support?: ApiSupport;
  /** Sheets to leave out, by name (e.g. the add-in's own marks sheet). */
  skip?: (name: string) => boolean;
}

type Visibility = Grid['visibility'];

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** The proxies queued for one sheet in the second sync. */
export interface Pending {
  name: string;
  visibility: Visibility;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

/**
 * Queue the loads for one sheet's used range and merges (no sync). Exported for `validateInExcel`, which reads the
 * workbook and its notes in the same round trip. `known` gives the name and visibility when the worksheet's own are
 * not loaded yet (a `getItemOrNullObject` proxy queued from the kept sheet list, excel/sheet-cache).
 */
export function queueSheetRead(worksheet: Excel.Worksheet, support: ApiSupport, known?: { name: string; visibility: Visibility }): Pending {
  const used = support('1.4')
    ? worksheet.getUsedRangeOrNullObject(true) // ExcelApi 1.4
    : support('1.2')
      ? worksheet.getUsedRange(true) // ExcelApi 1.2 (valuesOnly); an empty sheet gives A1
      : worksheet.getUsedRange(); // ExcelApi 1.1
  used.load('address,rowIndex,columnIndex,values,text,numberFormat');
  let merged: Excel.RangeAreas | undefined;
  if (support('1.13')) {
    merged = worksheet.getRange().getMergedAreasOrNullObject(); // ExcelApi 1.13
    merged.load('address');
  }
  if (known) return { name: known.name, visibility: known.visibility, used, merged };
  return { name: worksheet.name, visibility: visibilityOf(worksheet.visibility), used, merged };
}

/** Office.js visibility ("Visible" | "Hidden" | "VeryHidden", ExcelApi 1.1) as a Grid's; anything else is visible. */
export function visibilityOf(visibility: unknown): Visibility {
  return VISIBILITY[String(visibility)] ?? 'visible';
}

/** Load the sheet list (no sync): names and visibility (ExcelApi 1.1). */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  return worksheets;
}

/** Read the whole workbook in two syncs. Rejects with the OfficeExtension.Error of a failed sync. */
export async function readGrid(context: Excel.RequestContext, options: ReadGridOptions = {}): Promise<GridBook> {
  const support = options.support ?? hostSupport;
  const worksheets = queueSheetList(context);
  await syncContext(context, 'read:sheets');
  const pending = worksheets.items.filter((w) => !options.skip?.(w.name)).map((w) => queueSheetRead(w, support));
  await syncContext(context, 'read:ranges');
  return { sheets: pending.map(gridFrom) };
}

/** Turn loaded proxies into a Grid. Any malformed answer gives an empty grid rather than a crash. */
export function gridFrom(p: Pending): Grid {
  const grid: Grid = { name: p.name, visibility: p.visibility, origin: { row: 0, col: 0 }, rows: [], merges: [] };
  const used = p.used as Excel.Range & { isNullObject?: boolean };
  if (used.isNullObject === true) return grid;
  const values = Array.isArray(used.values) ? used.values : [];
  const text = Array.isArray(used.text) ? used.text : [];
  const formats = Array.isArray(used.numberFormat) ? used.numberFormat : [];
  grid.origin = { row: Number(used.rowIndex) || 0, col: Number(used.columnIndex) || 0 };
  grid.rows = values.map((row, r) =>
    (Array.isArray(row) ? row : []).map((v, c) => cellFrom(v, text[r]?.[c], formats[r]?.[c])),
  );
  const merged = p.merged as (Excel.RangeAreas & { isNullObject?: boolean }) | undefined;
  if (merged && merged.isNullObject !== true && typeof merged.address === 'string') grid.merges = parseAreas(merged.address);
  return grid;
}

/** One cell: '' becomes null; text has CRLF and `_x000D_` turned into LF; a number under a date format is a date. */
function cellFrom(value: unknown, text: unknown, format: unknown): GridCell | null {
  const numberFormat = typeof format === 'string' ? format : undefined;
  let v: GridCell['value'];
  if (typeof value === 'string') v = value === '' ? null : normalizeNewlines(value);
  else if (typeof value === 'number' || typeof value === 'boolean') v = value;
  else v = null;
  const shown = typeof text === 'string' ? normalizeNewlines(text) : v === null ? '' : String(v);
  if (v === null && shown === '') return null;
  const cell: GridCell = { value: v, text: shown };
  if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  if (typeof v === 'number' && isDateFormat(numberFormat)) cell.isDate = true;
  return cell;
}

/**
 * Merged areas from a RangeAreas address ("Sheet1!A1:E1, Sheet1!A3:A5" or "'My, sheet'!B2:C2"): each area's
 * range, 0-based inclusive. Single cells and unreadable parts are skipped.
 */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /(?:^|!|,\s*)(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3}\$?\d+)(?=\s*,|\s*$)/g;
  for (const m of address.matchAll(re)) {
    const a = parseA1(m[1]);
    const b = parseA1(m[2]);
    if (!a || !b) continue;
    out.push({ r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) });
  }
  return out;
}
