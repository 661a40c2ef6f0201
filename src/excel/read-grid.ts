import type { CellRange, Grid, GridBook, GridCell } from '../core/sheet/grid';
import { parseA1 } from '../core/sheet/grid';
import { normalizeNewlines } from '../core/text/normalize';
import { isDateFormat } from './date-format';
import { hostSupport, type ApiSupport } from './requirements';
import type { CachedNote, SheetCache, SheetList } from './sheet-cache';
import { syncContext } from './sync';

/**
 * Read the open workbook into a GridBook (core/sheet/grid): every worksheet in tab order with its name, visibility
 * and used range (values, displayed text, number formats; merged areas where the host allows).
 *
 * Round trips: one sync for the sheet list, one for all used ranges: two in all, whatever the number of sheets or
 * rows (DESIGN.md); from the sheet list kept by the last read (`ReadGridOptions.sheetCache`), one while it holds.
 * Requirement sets: names, visibility, values, text, numberFormat, rowIndex/columnIndex and getUsedRange need
 * ExcelApi 1.1; protection 1.2; getUsedRangeOrNullObject (an empty sheet gives no range) 1.4;
 * getUsedRange(valuesOnly) 1.2; getMergedAreasOrNullObject 1.13 (older hosts: no merges, which readers tolerate).
 * Excel on the web refuses responses over 5 MB: a huge sheet rejects with ResponsePayloadSizeLimitExceeded
 * (see excel/errors).
 */

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
 * Queue the loads for one sheet's used range and merges (no sync); spec-store reads the metadata sheets with it.
 * `known` gives the name and visibility when the worksheet's own are not loaded (a `getItemOrNullObject` proxy
 * queued from the kept sheet list, excel/sheet-cache) or already known from the list.
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

/** A worksheet as listed: name, visibility and, when read (ExcelApi 1.2), its protection. */
export interface SheetInfo {
  name: string;
  visibility: Visibility;
  /** Protection as read (ExcelApi 1.2); undefined when not asked for or below 1.2. */
  protection?: {
    protected: boolean;
    /** True when the protection allows formatting cells (fills); false when not protected. */
    allowFormatCells: boolean;
    /** True when the protection allows editing objects (notes and comments); false when not protected. */
    allowEditObjects: boolean;
  };
}

/**
 * Load the sheet list (no sync) with ONE `load` on the collection: names and visibility (ExcelApi 1.1) and, with
 * `protection` on ExcelApi 1.2, each sheet's protection state and options. One load only: the Office.js client
 * rebuilds `items` from the answer of each load, so properties of an earlier load on the same collection in the
 * same batch are lost (PropertyNotLoaded; NOTES.md).
 */
export function queueSheetList(context: Excel.RequestContext, options: { support?: ApiSupport; protection?: boolean } = {}): Excel.WorksheetCollection {
  const worksheets = context.workbook.worksheets;
  const withProtection = options.protection === true && (options.support ?? hostSupport)('1.2');
  worksheets.load(withProtection ? 'items/name,items/visibility,items/protection/protected,items/protection/options' : 'items/name,items/visibility');
  return worksheets;
}

/** A loaded worksheet of `queueSheetList` as a SheetInfo (`protection` when it was loaded with it). */
export function sheetInfo(worksheet: Excel.Worksheet, protection: boolean): SheetInfo {
  const info: SheetInfo = { name: worksheet.name, visibility: visibilityOf(worksheet.visibility) };
  if (protection) {
    const isProtected = worksheet.protection?.protected === true;
    const options = isProtected ? worksheet.protection.options : undefined;
    info.protection = { protected: isProtected, allowFormatCells: options?.allowFormatCells === true, allowEditObjects: options?.allowEditObjects === true };
  }
  return info;
}

/**
 * More to read along with the workbook, in the same round trips (the notes for marking, excel/mark-findings). The
 * reader calls `first` in the first batch (with the sheet list), `afterFirst` once that batch is answered, and
 * `second` in the batch after it when there is one.
 */
export interface SideRead {
  first(): void;
  /**
   * After the first sync, with the sheets as listed. `kept` is the kept list the read started from (then return
   * true to ask for one more round trip), or undefined when the read started afresh (a second batch always follows).
   */
  afterFirst(sheets: readonly SheetInfo[], kept: SheetList | undefined): boolean;
  second(): void;
  /** The other notes to keep in the sheet list for the next read (excel/sheet-cache), once the read is done. */
  keep(): CachedNote[];
}

/** Options of `readGrid` and `readBook`. */
export interface ReadGridOptions {
  support?: ApiSupport;
  /** Sheets to leave out of the book (not out of the sheet list), by name (e.g. the add-in's own marks sheet). */
  skip?: (name: string) => boolean;
  /** Also read each sheet's protection (ExcelApi 1.2), in the same load as the sheet list. */
  protection?: boolean;
  /**
   * Start from the sheet list kept by the last read (excel/sheet-cache; ExcelApi 1.4): one sync when it still holds,
   * two when sheets were added or renamed since (or `side` asks for more). The list read is kept for next time.
   * Without a cache: two syncs (the list, then every used range).
   */
  sheetCache?: SheetCache;
  /** What else to read in the same round trips. */
  side?: SideRead;
  /** Prefix of the sync labels (default "read"): `:sheets`, `:ranges` afresh; `:read`, `:read-changed` from a kept list. */
  label?: string;
}

/** What `readBook` gives: the book and the sheet list as read (tab order; every sheet, the skipped ones too). */
export interface BookRead {
  book: GridBook;
  sheets: SheetInfo[];
}

/** Read the whole workbook into a GridBook (see `readBook`). Rejects with the OfficeExtension.Error of a failed sync. */
export async function readGrid(context: Excel.RequestContext, options: ReadGridOptions = {}): Promise<GridBook> {
  return (await readBook(context, options)).book;
}

/**
 * Read the whole workbook: the sheet list (with protection when asked) and every used range, in the round trips
 * `ReadGridOptions.sheetCache` says (1 or 2 from a kept list, else 2), whatever the number of sheets or rows. A
 * failed read from the kept list (a host refusing a call on a null worksheet) is made again afresh. Rejects with the
 * OfficeExtension.Error of a failed sync.
 */
export async function readBook(context: Excel.RequestContext, options: ReadGridOptions = {}): Promise<BookRead> {
  const support = options.support ?? hostSupport;
  const kept = options.sheetCache && support('1.4') ? options.sheetCache.read() : undefined;
  if (kept) {
    try {
      return await readFromKept(context, { ...options, support }, kept);
    } catch {
      // Forget the list and read it afresh.
    }
  }
  return readFresh(context, { ...options, support });
}

type Resolved = ReadGridOptions & { support: ApiSupport };

/** The book from the listed sheets and the used ranges read (by name); keeps the list when there is a cache. */
function finish(sheets: SheetInfo[], read: ReadonlyMap<string, Pending>, options: Resolved): BookRead {
  const book = sheets.flatMap((s) => {
    const pending = read.get(s.name);
    return pending ? [gridFrom({ ...pending, name: s.name, visibility: s.visibility })] : [];
  });
  const cache = options.sheetCache;
  if (cache) {
    const list: SheetList = { sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })), otherNotes: options.side?.keep() ?? [] };
    if (JSON.stringify(cache.read()) !== JSON.stringify(list)) cache.write(list); // settings are saved only on a change
  }
  return { book: { sheets: book }, sheets };
}

/** Two syncs: the sheet list (and the side's first part), then every used range (and the side's second part). */
async function readFresh(context: Excel.RequestContext, options: Resolved): Promise<BookRead> {
  const label = options.label ?? 'read';
  const protection = options.protection === true && options.support('1.2');
  const worksheets = queueSheetList(context, { support: options.support, protection });
  options.side?.first();
  await syncContext(context, `${label}:sheets`);
  const loaded = worksheets.items;
  const sheets = loaded.map((w) => sheetInfo(w, protection));
  const read = new Map<string, Pending>();
  loaded.forEach((w, i) => {
    if (!options.skip?.(sheets[i].name)) read.set(sheets[i].name, queueSheetRead(w, options.support, sheets[i]));
  });
  options.side?.afterFirst(sheets, undefined);
  options.side?.second();
  await syncContext(context, `${label}:ranges`);
  return finish(sheets, read, options);
}

/**
 * One sync from the kept list (ExcelApi 1.4: `getItemOrNullObject(name)` for every kept name, with the sheet list
 * to check it), and one more for what the list missed: sheets added or renamed since, or what the side asks for.
 */
async function readFromKept(context: Excel.RequestContext, options: Resolved, kept: SheetList): Promise<BookRead> {
  const label = options.label ?? 'read';
  const protection = options.protection === true && options.support('1.2');
  const worksheets = queueSheetList(context, { support: options.support, protection });
  options.side?.first();
  const read = new Map<string, Pending>();
  for (const s of kept.sheets) {
    if (options.skip?.(s.name) || read.has(s.name)) continue;
    read.set(s.name, queueSheetRead(context.workbook.worksheets.getItemOrNullObject(s.name), options.support, s)); // ExcelApi 1.4
  }
  await syncContext(context, `${label}:read`);
  const loaded = worksheets.items;
  const sheets = loaded.map((w) => sheetInfo(w, protection));
  const names = new Set(sheets.map((s) => s.name));
  for (const name of [...read.keys()]) if (!names.has(name)) read.delete(name); // renamed or deleted since
  const missing = loaded.filter((w, i) => !read.has(sheets[i].name) && !options.skip?.(sheets[i].name));
  const more = options.side?.afterFirst(sheets, kept) ?? false;
  if (missing.length === 0 && !more) return finish(sheets, read, options);
  for (const w of missing) {
    const info = sheets[loaded.indexOf(w)];
    read.set(info.name, queueSheetRead(w, options.support, info));
  }
  if (more) options.side?.second();
  await syncContext(context, `${label}:read-changed`);
  return finish(sheets, read, options);
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
