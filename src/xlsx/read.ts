import * as XLSX from '@e965/xlsx';
import type { CellRange, Grid, GridBook, GridCell } from '../core/sheet/grid';
import { normalizeNewlines } from '../core/text/normalize';
import type { FileClues, ForeignKind } from '../core/read/clues';
import { fileClues } from './clues';
import { cfbKind, isPicturePart, isUnreadPart, kindBySignature, zipKind } from './file-kind';
import type { UnpackBudget } from './budget';
import { PartInspector } from './parts';
import { MAX_ZIP_ENTRIES, readZipDirectory, type ZipRefusal } from './zip-directory';
import { unpackEntries, type ZipPart } from './zip-view';

/**
 * The file adapter's reader: workbook bytes -> GridBook, with SheetJS 0.20.3 (`@e965/xlsx`, the maintained build;
 * the npm `xlsx` 0.18.5 has unfixed advisories). Reads .xlsx/.xlsm, .xls (BIFF8, also WPS .et, which is BIFF8
 * inside), .ods, and the XML spreadsheet formats (Excel 2003 XML, flat ODS).
 *
 * Every failure is a `WorkbookReadError` with a stable `code`, never a raw exception: callers turn the code into a
 * finding naming the file.
 */

/**
 * Why a file could not be read. Besides the damage codes, what a foreign file is (`file-is-<kind>`, ForeignKind in
 * core/read/clues): a Word document, a WPS 文字 file, a PDF, a picture, a zip of other files, a presentation, text.
 */
export type WorkbookReadErrorCode =
  | 'file-empty'
  | 'file-not-workbook'
  | 'file-corrupt'
  | 'file-encrypted'
  | 'file-too-large'
  | 'file-tampered'
  | 'file-too-many-entries'
  | 'file-over-budget'
  | `file-is-${ForeignKind}`;

/**
 * A file that could not be read as a workbook; `code` says why, `message` is English for logs (not for users),
 * `clues` what could still be read (the sheet names, first texts, names inside an archive: see FileClues), so the
 * file can still be told to belong to a unit; `params` the numbers the finding's words name (file-too-many-entries:
 * `count`, `limit`), passed to core/read/messages `readFailureFinding`.
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly clues: FileClues;
  readonly params: Record<string, number>;
  constructor(code: WorkbookReadErrorCode, message: string, clues: FileClues = {}, params: Record<string, number> = {}) {
    super(message);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.clues = clues;
    this.params = params;
  }
}


/** Options of `readWorkbook`. */
export interface ReadOptions {
  /**
   * Largest file accepted, in bytes (default 20 MB). In a zip-based file (.xlsx, .ods) pictures are not counted: the
   * cap protects against sheet data that would not fit in memory, not against a photo on the sheet.
   */
  maxBytes?: number;
  /**
   * Largest total of the declared uncompressed sizes of the parts of a zip-based file that are read (pictures,
   * embedded objects, printer settings are not: file-kind `isUnreadPart`), in bytes (default 100 MB): a zip bomb stops
   * here before anything is inflated, and no part inflates past its declared size. A zip-based file is refused when
   * the file itself is larger than this.
   */
  maxUnpackedBytes?: number;
  /** Largest number of entries in a zip-based file (default 10,000: zip-directory MAX_ZIP_ENTRIES). */
  maxZipEntries?: number;
  /** The merge's budget shared by its reads (budget.ts `mergeBudget()`); none: each file has only its own limit. */
  budget?: UnpackBudget;
  /** Rows read per sheet (default 5,000); rows beyond are dropped. */
  maxRows?: number;
  /** Columns read per sheet (default 100); columns beyond are dropped. */
  maxCols?: number;
}

/** Default limits of `readWorkbook`. */
export const READ_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxZipEntries: MAX_ZIP_ENTRIES,
  maxRows: 5000,
  maxCols: 100,
} as const;

/** The read error for a zip the strict directory refuses; only a file with no end record at all keeps clues. */
function refusedZip(refusal: ZipRefusal, fileName: string, bytes: Uint8Array, maxEntries: number): WorkbookReadError {
  const message = `${fileName}: ${refusal.detail}`;
  switch (refusal.reason) {
    case 'no-end-record':
      return new WorkbookReadError('file-corrupt', message, fileClues(bytes, undefined));
    case 'too-many-entries':
      return new WorkbookReadError('file-too-many-entries', message, {}, { count: refusal.count ?? maxEntries + 1, limit: maxEntries });
    case 'encrypted':
      return new WorkbookReadError('file-encrypted', message);
    case 'unsupported':
      return new WorkbookReadError('file-not-workbook', message);
    default:
      return new WorkbookReadError('file-tampered', message);
  }
}

/**
 * SheetJS's view of a zip workbook: a container (SheetJS's own CFB object, as its zip parser builds) holding exactly
 * the checked, inflated parts, stored, so SheetJS never parses the file's directory nor inflates anything itself.
 */
function sheetJsContainer(parts: readonly ZipPart[]): unknown {
  const cfb = XLSX.CFB.utils.cfb_new();
  const add = XLSX.CFB.utils.cfb_add as unknown as (c: unknown, name: string, content: Uint8Array, o: { unsafe: boolean }) => unknown;
  for (const p of parts) add(cfb, p.name, p.data, { unsafe: true });
  return cfb;
}

/** SheetJS's `parse_zip` (exported by xlsx.js, not in its types): a workbook from a container of parts. */
const parseZip = (XLSX as unknown as { parse_zip: (zip: unknown, opts: XLSX.ParsingOptions) => XLSX.WorkBook }).parse_zip;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

type Container = 'zip' | 'cfb' | 'xml';

/** What kind of container the bytes are, by their signature; undefined for anything else (text, images, PDF …). */
export function sniffContainer(bytes: Uint8Array): Container | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return 'zip';
  if (bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b)) return 'cfb';
  // XML spreadsheets: Excel 2003 XML (SpreadsheetML) and flat ODS. Look at the head only.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]);
  head = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (head.startsWith('<') && /urn:schemas-microsoft-com:office:spreadsheet|urn:oasis:names:tc:opendocument:xmlns:office/.test(head)) return 'xml';
  return undefined;
}

/** Map a SheetJS exception to a read error: password messages -> file-encrypted, anything else -> file-corrupt. */
export function errorFromSheetJs(err: unknown, container: Container | undefined): WorkbookReadError {
  const message = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(message)) return new WorkbookReadError('file-encrypted', message);
  if (container === 'cfb' && /workbook|book stream|unsupported|not a spreadsheet/i.test(message)) {
    return new WorkbookReadError('file-not-workbook', message);
  }
  if (/not a spreadsheet|unsupported (zip )?file/i.test(message)) return new WorkbookReadError('file-not-workbook', message);
  return new WorkbookReadError('file-corrupt', message);
}

function visibilityOf(hidden: number | undefined): Grid['visibility'] {
  return hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible';
}

/** How SheetJS shows a number under a built-in date format it maps to m/d/yy (or m/d/yy h:mm): "12/31/26". */
const LOCALE_DATE_TEXT = /^\d{1,2}\/\d{1,2}\/\d{2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

function toGridCell(cell: XLSX.CellObject, date1904: boolean): GridCell {
  const numberFormat = typeof cell.z === 'string' ? cell.z : cell.t === 'n' || cell.t === 'z' ? 'General' : undefined;
  const formula = typeof cell.f === 'string' && cell.f !== '' ? true : undefined;
  const text = normalizeNewlines(typeof cell.w === 'string' ? cell.w : cell.v === undefined || cell.v === null ? '' : String(cell.v));
  let value: GridCell['value'];
  let isDate: boolean | undefined;
  switch (cell.t) {
    case 's':
      value = normalizeNewlines(String(cell.v ?? ''));
      break;
    case 'n': {
      const n = typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
      // Excel's locale date formats (numFmt 27-31, 36, 50-58: 2026年12月31日 in a Chinese Excel) have no code in the
      // file; SheetJS gives the first such cell no `z` and formats it as its m/d/yy: that text can only be a date.
      const localeDate = cell.z === undefined && LOCALE_DATE_TEXT.test(text);
      isDate = n !== null && ((numberFormat !== undefined && XLSX.SSF.is_date(numberFormat)) || localeDate) ? true : undefined;
      value = n !== null && isDate && date1904 ? n + 1462 : n;
      break;
    }
    case 'b':
      value = Boolean(cell.v);
      break;
    case 'd': {
      // Only when a reader gives Date objects (cellDates is off, but ODS may): convert to a 1900 serial.
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      value = Number.isNaN(d.getTime()) ? null : (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
      isDate = value !== null ? true : undefined;
      break;
    }
    case 'e':
      // An error value (#N/A, #DIV/0!): kept as the text Excel shows, so a check sees what the person sees.
      value = text || '#ERROR';
      break;
    default:
      value = null;
  }
  const out: GridCell = { value, text: value === null ? '' : text };
  if (numberFormat !== undefined && !(isDate && cell.z === undefined)) out.numberFormat = numberFormat;
  if (isDate) out.isDate = true;
  if (formula) out.formula = true;
  return out;
}

/**
 * One sheet as a Grid, at most `maxRows` × `maxCols` cells. `lastValue` (1-based, from the sheet's XML: parts.ts) is
 * the last row and column holding a value, when known: the grid is marked `truncated` only when values lie beyond the
 * caps (rows formatted but empty below the table are not data left out). Unknown (.xls, .ods): by the used range.
 */
function toGrid(
  name: string,
  ws: XLSX.WorkSheet,
  hidden: number | undefined,
  date1904: boolean,
  maxRows: number,
  maxCols: number,
  lastValue?: { row: number; col: number },
): Grid {
  const ref = ws['!ref'];
  const merges: CellRange[] = (ws['!merges'] ?? [])
    .filter((m) => m.s.r < maxRows && m.s.c < maxCols)
    .map((m) => ({ r0: m.s.r, c0: m.s.c, r1: Math.min(m.e.r, maxRows - 1), c1: Math.min(m.e.c, maxCols - 1) }));
  if (!ref) return { name, visibility: visibilityOf(hidden), origin: { row: 0, col: 0 }, rows: [], merges };
  const range = XLSX.utils.decode_range(ref);
  const r1 = Math.min(range.e.r, range.s.r + maxRows - 1);
  const c1 = Math.min(range.e.c, range.s.c + maxCols - 1);
  const dense = (ws as XLSX.DenseWorkSheet)['!data'];
  const rows: (GridCell | null)[][] = [];
  for (let r = range.s.r; r <= r1; r++) {
    const row: (GridCell | null)[] = [];
    const source = dense ? dense[r] : undefined;
    let last = -1;
    for (let c = range.s.c; c <= c1; c++) {
      const cell = dense ? source?.[c] : (ws as XLSX.WorkSheet)[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof cell === 'object') {
        row.push(toGridCell(cell as XLSX.CellObject, date1904));
        last = row.length - 1;
      } else row.push(null);
    }
    row.length = last + 1;
    rows.push(row);
  }
  const full = XLSX.utils.decode_range((ws['!fullref'] as string | undefined) ?? ref);
  const beyond = lastValue ? lastValue.row - 1 > r1 || lastValue.col - 1 > c1 : full.e.r > r1 || full.e.c > c1;
  const size = lastValue
    ? { rows: Math.max(lastValue.row, r1 + 1) - range.s.r, cols: Math.max(lastValue.col, c1 + 1) - range.s.c }
    : { rows: full.e.r - full.s.r + 1, cols: full.e.c - full.s.c + 1 };
  const truncated = beyond ? { truncated: size } : {};
  return { name, visibility: visibilityOf(hidden), origin: { row: range.s.r, col: range.s.c }, rows, merges, ...truncated };
}

/**
 * Read workbook bytes into a GridBook: every sheet in tab order with its visibility, merges, and cells (raw value,
 * displayed text, number format, isDate from the number format, formula flag; rich text joined; `_x000D_` and
 * CRLF turned into LF). Dates stay serial numbers of the 1900 date system (a 1904 workbook is shifted).
 * At most `maxRows` × `maxCols` cells per sheet (5,000 × 100 by default) are kept.
 *
 * Throws WorkbookReadError (with `clues`, what could still be read): 'file-empty' (no bytes), 'file-is-<kind>' (a Word
 * document, a WPS 文字 file, a PDF, a picture, a zip of other files, a presentation, text: `file-kind.ts`),
 * 'file-not-workbook' (anything else that is no workbook), 'file-too-large' (over `maxBytes`, default 20 MB, pictures
 * in a zip-based file not counted; or a zip whose parts declare more than `maxUnpackedBytes`, default 100 MB),
 * 'file-encrypted' (opening needs a password), 'file-corrupt' (a truncated or damaged workbook, also one whose XML parts
 * are cut short or whose shared strings are fewer than declared: `parts.ts`), and for zip-based files (the strict view:
 * zip-directory.ts, zip-view.ts) 'file-tampered' (an ambiguous directory, or a part holding more than it declares:
 * nothing of the file is read, no clues), 'file-too-many-entries' (params {count, limit}), 'file-over-budget' (the
 * merge's `budget` is spent). SheetJS is given only the checked, inflated parts (`parse_zip`), never the file.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): GridBook {
  const maxBytes = opts.maxBytes ?? READ_LIMITS.maxBytes;
  const maxUnpacked = opts.maxUnpackedBytes ?? READ_LIMITS.maxUnpackedBytes;
  const maxRows = opts.maxRows ?? READ_LIMITS.maxRows;
  const maxCols = opts.maxCols ?? READ_LIMITS.maxCols;
  if (!bytes || bytes.length === 0) throw new WorkbookReadError('file-empty', `${fileName} is empty`);
  const container = sniffContainer(bytes);
  const foreign = (kind: ForeignKind) => new WorkbookReadError(`file-is-${kind}`, `${fileName} is a ${kind} file`, fileClues(bytes, kind));
  if (!container) {
    const kind = kindBySignature(bytes);
    if (kind) throw foreign(kind);
    if (bytes.length > maxBytes) throw new WorkbookReadError('file-too-large', `${fileName} has ${bytes.length} bytes, over ${maxBytes}`);
    throw new WorkbookReadError('file-not-workbook', `${fileName} is not a workbook`);
  }
  const parts = new PartInspector();
  let parsedParts: ZipPart[] | undefined;
  if (container === 'zip') {
    const maxEntries = opts.maxZipEntries ?? READ_LIMITS.maxZipEntries;
    const dir = readZipDirectory(bytes, maxEntries);
    if (!dir.ok) throw refusedZip(dir, fileName, bytes, maxEntries);
    const entries = dir.entries;
    const kind = zipKind(entries);
    if (kind) throw foreign(kind);
    const clued = (code: WorkbookReadErrorCode, message: string) => new WorkbookReadError(code, message, fileClues(bytes, undefined));
    const counted = entries.filter((e) => !isPicturePart(e.name)).reduce((sum, e) => sum + e.compressed, 0);
    if (counted > maxBytes || bytes.length > maxUnpacked) {
      throw clued('file-too-large', `${fileName} has ${counted} bytes besides pictures, over ${maxBytes}`);
    }
    const budget = opts.budget;
    const limit = budget ? Math.min(maxUnpacked, Math.max(0, budget.remaining)) : maxUnpacked;
    const unpacked = unpackEntries(bytes, entries, { maxUnpacked: limit, skipped: isUnreadPart, inspect: parts.inspect });
    if (!unpacked.ok) {
      if (unpacked.reason === 'too-large' && unpacked.declared <= maxUnpacked) {
        throw new WorkbookReadError('file-over-budget', `${fileName}: ${unpacked.detail} (the merge's budget)`);
      }
      if (budget) budget.remaining -= unpacked.reason === 'too-large' ? 0 : unpacked.declared;
      if (unpacked.reason === 'over-size') throw new WorkbookReadError('file-tampered', `${fileName}: ${unpacked.detail}`);
      throw clued(unpacked.reason === 'too-large' ? 'file-too-large' : 'file-corrupt', `${fileName}: ${unpacked.detail}`);
    }
    if (budget) budget.remaining -= unpacked.unpacked;
    parsedParts = unpacked.parts;
  } else {
    if (bytes.length > maxBytes) throw new WorkbookReadError('file-too-large', `${fileName} has ${bytes.length} bytes, over ${maxBytes}`);
    const kind = container === 'cfb' ? cfbKind(bytes, fileName) : undefined;
    if (kind) throw foreign(kind);
  }
  let wb: XLSX.WorkBook;
  // SheetJS logs damaged records with console.error ("Missing Info for XLS Record …"); keep that off the user's
  // screen: the error code says what went wrong.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    const readOpts: XLSX.ParsingOptions = {
      type: 'array',
      cellDates: false,
      cellNF: true,
      cellText: true,
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      sheetStubs: true,
      dense: true,
      sheetRows: maxRows,
      bookVBA: false,
      WTF: false,
    };
    wb = parsedParts ? parseZip(sheetJsContainer(parsedParts), readOpts) : XLSX.read(bytes, readOpts);
  } catch (err) {
    const e = errorFromSheetJs(err, container);
    throw container === 'zip' ? new WorkbookReadError(e.code, e.message, fileClues(bytes, undefined)) : e;
  } finally {
    console.error = consoleError;
  }
  if (!wb || !Array.isArray(wb.SheetNames) || wb.SheetNames.length === 0) {
    throw new WorkbookReadError(container === 'zip' ? 'file-not-workbook' : 'file-corrupt', `${fileName} has no sheets`);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  try {
    const lastValue = parts.lastValueBySheet();
    const sheets = wb.SheetNames.map((name, i) =>
      toGrid(name, wb.Sheets[name] ?? {}, wb.Workbook?.Sheets?.[i]?.Hidden, date1904, maxRows, maxCols, lastValue.get(name)),
    );
    return { file: fileName, sheets };
  } catch (err) {
    throw new WorkbookReadError('file-corrupt', err instanceof Error ? err.message : String(err));
  }
}
