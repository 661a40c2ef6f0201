/* eslint-disable @typescript-eslint/no-explicit-any -- request arguments are JSON of any shape; each member checks its own. */
import { displayText } from './display';
import {
  MAX_COLS,
  MAX_ROW_HEIGHT,
  MAX_ROWS,
  area,
  cellKey,
  cellOf,
  isDefault,
  newSheet,
  overlaps,
  parseAddress,
  quoteSheet,
  rectAddress,
  type Cell,
  type Rect,
  type Sheet,
  type Workbook,
} from './model';

/**
 * The strict host's Excel objects: what each Office.js type answers on the server side of a request — properties
 * (PascalCase, as the client's `_scalarPropertyOriginalNames`), navigation properties, methods — over the in-memory
 * workbook of `model.ts`. Where Microsoft documents a behaviour the comment says "documented"; where the host must
 * guess what Excel does, it says "assumed" at that spot.
 *
 * Errors are `HostError`s with Excel's error codes (Microsoft: "Error handling with the Excel JavaScript API", the
 * `Excel.ErrorCodes` list); the server turns them into the error body Excel sends, which fails the whole sync.
 */

/** An Excel error: `code` is one of Excel.ErrorCodes (AccessDenied, ItemNotFound, InvalidArgument …). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What every object can reach: the workbook and the host's requirement-set answer. */
export interface Env {
  book: Workbook;
  supports(version: string): boolean;
}

/** A server-side object. Members the type lacks throw `notImplemented` (a loud test failure, never a silent pass). */
export abstract class HostObject {
  abstract readonly type: string;
  /** True for the null object an *OrNullObject method returns. */
  isNull = false;
  constructor(readonly env: Env) {}
  /** Scalar property names (PascalCase) a `load()` without names returns. */
  scalars(): string[] {
    return [];
  }
  get(name: string): unknown {
    throw notImplemented(this.type, name);
  }
  nav(name: string): HostObject {
    throw notImplemented(this.type, name);
  }
  set(name: string, _value: unknown): void {
    throw notImplemented(this.type, `${name} (set)`);
  }
  call(name: string, _args: unknown[]): unknown {
    throw notImplemented(this.type, `${name}()`);
  }
  /** Collections: the items, in order. */
  items(): HostObject[] | undefined {
    return undefined;
  }
  /** Collections: `collection[key]` (the client's indexer path). */
  index(_key: unknown): HostObject {
    throw notImplemented(this.type, '[indexer]');
  }
  /** Names of navigation properties (PascalCase) this type has, for `load()` paths. */
  navs(): string[] {
    return [];
  }
}

export function notImplemented(type: string, member: string): HostError {
  return new HostError('GeneralException', `strict host: ${type}.${member} is not implemented`);
}

/** The requirement set each gated member needs (Microsoft: the "[Api set: ExcelApi x.y]" line of each member). */
export const MEMBER_SET: Record<string, string> = {
  'Workbook.Comments': '1.10',
  'WorksheetCollection.GetItemOrNullObject': '1.4',
  'WorksheetCollection.GetCount': '1.4',
  'Worksheet.GetUsedRangeOrNullObject': '1.4',
  'Worksheet.Protection': '1.2',
  'Worksheet.PageLayout': '1.9',
  'Worksheet.HorizontalPageBreaks': '1.9',
  'Worksheet.FreezePanes': '1.7',
  'Worksheet.TabColor': '1.7',
  'Worksheet.Comments': '1.10',
  'Worksheet.Visibility (set)': '1.2',
  'Worksheet.Position (set)': '1.1',
  'Range.Merge': '1.2',
  'Range.Unmerge': '1.2',
  'Range.DataValidation': '1.8',
  'Range.ConditionalFormats': '1.6',
  'Range.GetMergedAreasOrNullObject': '1.13',
  'RangeFormat.ColumnWidth': '1.2',
  'RangeFormat.RowHeight': '1.2',
  'RangeFormat.AutofitRows': '1.2',
  'RangeFormat.AutofitColumns': '1.2',
  'RangeFormat.Protection': '1.2',
  'RangeFill.Pattern': '1.9',
  'CommentCollection.Add': '1.10',
  'Chart.Axes.CategoryAxis.ReversePlotOrder': '1.7',
};

/** Throw ApiNotFound when the host lacks the set `type.member` needs (what Excel answers for a member it lacks). */
export function gate(env: Env, type: string, member: string): void {
  const set = MEMBER_SET[`${type}.${member}`];
  if (set && !env.supports(set)) throw new HostError('ApiNotFound', `${type}.${member} needs ExcelApi ${set}`);
}

/** A Date-free JSON copy (arguments arrive as JSON; the host never keeps the caller's objects). */
const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

// ---------------------------------------------------------------------------------------------------------------
// Workbook and worksheets

export class WorkbookObject extends HostObject {
  readonly type = 'Workbook';
  override navs() {
    return ['Worksheets', 'Comments'];
  }
  override nav(name: string): HostObject {
    gate(this.env, this.type, name);
    if (name === 'Worksheets') return new WorksheetCollection(this.env);
    if (name === 'Comments') return new CommentCollection(this.env, undefined);
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'GetSelectedRange') {
      const sel = this.env.book.selection;
      const sheet = sel && this.env.book.sheets.find((s) => s.id === sel.sheetId);
      if (!sel || !sheet) return new RangeObject(this.env, activeSheet(this.env.book), { r0: 0, c0: 0, r1: 0, c1: 0 });
      return new RangeObject(this.env, sheet, sel.rect);
    }
    return super.call(name, args);
  }
}

function activeSheet(book: Workbook): Sheet {
  return book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets.find((s) => s.visibility === 'Visible') ?? book.sheets[0];
}

/** Excel's sheet-name rules (documented: "Rename a worksheet"): 1–31 characters, none of : \ / ? * [ ], no ' at either end, not "History". */
export function checkSheetName(book: Workbook, name: unknown, self?: Sheet): string {
  if (typeof name !== 'string' || name.length === 0 || Array.from(name).length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new HostError('InvalidArgument', `invalid worksheet name: ${JSON.stringify(name)}`);
  }
  if (name.toLowerCase() === 'history') throw new HostError('InvalidArgument', 'History is a reserved sheet name');
  const clash = book.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new HostError('ItemAlreadyExists', `a sheet named ${name} already exists`);
  return name;
}

export class WorksheetCollection extends HostObject {
  readonly type = 'WorksheetCollection';
  override items(): HostObject[] {
    return this.env.book.sheets.map((s) => new WorksheetObject(this.env, s));
  }
  override index(key: unknown): HostObject {
    return this.find(key) ?? throwNotFound(`worksheet ${String(key)}`);
  }
  private find(key: unknown): WorksheetObject | undefined {
    const k = String(key);
    const sheet = this.env.book.sheets.find((s) => s.id === k || s.name.toLowerCase() === k.toLowerCase());
    return sheet ? new WorksheetObject(this.env, sheet) : undefined;
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    const book = this.env.book;
    switch (name) {
      case 'GetItem':
        return this.index(args[0]);
      case 'GetItemOrNullObject':
        return this.find(args[0]) ?? nullObject(this.env, 'Worksheet');
      case 'GetItemAt': {
        const s = book.sheets[Number(args[0])];
        return s ? new WorksheetObject(this.env, s) : throwNotFound(`worksheet at ${String(args[0])}`);
      }
      case 'GetCount':
        return book.sheets.length;
      case 'GetActiveWorksheet':
        return new WorksheetObject(this.env, activeSheet(book));
      case 'Add': {
        let wanted = args[0];
        if (wanted === undefined || wanted === null || wanted === '') {
          let n = 1;
          while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
          wanted = `Sheet${n}`;
        }
        const sheet = newSheet(book, checkSheetName(book, wanted));
        book.sheets.push(sheet);
        return new WorksheetObject(this.env, sheet);
      }
      default:
        return super.call(name, args);
    }
  }
}

function throwNotFound(what: string): never {
  throw new HostError('ItemNotFound', `${what} was not found`);
}

/** The null object of `type` (what an *OrNullObject method gives when there is nothing). */
export function nullObject(env: Env, type: string): HostObject {
  const o = new NullObject(env, type);
  o.isNull = true;
  return o;
}

/**
 * A null object. Assumed (Microsoft documents only `isNullObject`): members reached from a null object are null
 * objects too, a query on it answers null, and a write or a void method on it fails the batch with ItemNotFound.
 */
class NullObject extends HostObject {
  constructor(
    env: Env,
    readonly type: string,
  ) {
    super(env);
  }
  override nav(): HostObject {
    return nullObject(this.env, 'Null');
  }
  override set(name: string): void {
    throw new HostError('ItemNotFound', `cannot set ${name} on a null ${this.type}`);
  }
  override call(name: string): unknown {
    if (/^Get/.test(name)) return nullObject(this.env, 'Null');
    throw new HostError('ItemNotFound', `cannot call ${name} on a null ${this.type}`);
  }
}

export class WorksheetObject extends HostObject {
  readonly type = 'Worksheet';
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
  private alive(): Sheet {
    if (!this.env.book.sheets.includes(this.sheet)) throwNotFound(`worksheet ${this.sheet.name}`);
    return this.sheet;
  }
  override scalars() {
    const s = ['Name', 'Id', 'Position', 'Visibility'];
    if (this.env.supports('1.7')) s.push('TabColor');
    return s;
  }
  override navs() {
    return ['Protection', 'PageLayout', 'Charts', 'Comments', 'HorizontalPageBreaks', 'FreezePanes'];
  }
  override get(name: string): unknown {
    gate(this.env, this.type, name);
    const s = this.alive();
    switch (name) {
      case 'Name':
        return s.name;
      case 'Id':
        return s.id;
      case 'Position':
        return this.env.book.sheets.indexOf(s);
      case 'Visibility':
        return s.visibility;
      case 'TabColor':
        return s.tabColor;
      default:
        return super.get(name);
    }
  }
  override set(name: string, value: unknown): void {
    gate(this.env, this.type, `${name} (set)`);
    gate(this.env, this.type, name);
    const s = this.alive();
    const book = this.env.book;
    switch (name) {
      case 'Name':
        s.name = checkSheetName(book, value, s);
        return;
      case 'Visibility': {
        if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw new HostError('InvalidArgument', `visibility ${String(value)}`);
        const otherVisible = book.sheets.some((o) => o !== s && o.visibility === 'Visible');
        // Documented (Excel UI and API alike): a workbook keeps at least one visible sheet.
        if (value !== 'Visible' && !otherVisible) throw new HostError('InvalidOperation', 'a workbook must keep one visible sheet');
        s.visibility = value;
        if (value !== 'Visible' && book.activeSheetId === s.id) book.activeSheetId = book.sheets.find((o) => o.visibility === 'Visible')?.id;
        return;
      }
      case 'TabColor':
        s.tabColor = String(value);
        return;
      case 'Position': {
        const pos = Number(value);
        if (!Number.isInteger(pos) || pos < 0 || pos >= book.sheets.length) throw new HostError('InvalidArgument', `position ${String(value)}`);
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.sheets.splice(pos, 0, s);
        return;
      }
      default:
        super.set(name, value);
    }
  }
  override nav(name: string): HostObject {
    gate(this.env, this.type, name);
    const s = this.alive();
    switch (name) {
      case 'Protection':
        return new WorksheetProtectionObject(this.env, s);
      case 'PageLayout':
        return new PageLayoutObject(this.env, s);
      case 'Charts':
        return new ChartCollection(this.env, s);
      case 'Comments':
        return new CommentCollection(this.env, s);
      case 'HorizontalPageBreaks':
        return new PageBreakCollection(this.env, s);
      case 'FreezePanes':
        return new FreezePanesObject(this.env, s);
      default:
        return super.nav(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    const s = this.alive();
    const book = this.env.book;
    switch (name) {
      case 'GetRange': {
        if (args[0] === undefined || args[0] === null || args[0] === '') return new RangeObject(this.env, s, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
        const rect = typeof args[0] === 'string' ? parseAddress(args[0]) : undefined;
        if (!rect) throw new HostError('InvalidArgument', `invalid address ${JSON.stringify(args[0])}`);
        return new RangeObject(this.env, s, rect);
      }
      case 'GetCell':
        return new RangeObject(this.env, s, { r0: Number(args[0]), c0: Number(args[1]), r1: Number(args[0]), c1: Number(args[1]) });
      case 'GetUsedRange':
      case 'GetUsedRangeOrNullObject': {
        // valuesOnly is ExcelApi 1.2 (documented); a 1.1 host ignores it (assumed: it has no such parameter).
        const valuesOnly = args[0] === true && this.env.supports('1.2');
        const rect = usedRect(s, valuesOnly);
        if (rect) return new RangeObject(this.env, s, rect);
        // Documented: GetUsedRange of a blank sheet is its top left cell; the OrNullObject form gives a null object.
        return name === 'GetUsedRange' ? new RangeObject(this.env, s, { r0: 0, c0: 0, r1: 0, c1: 0 }) : nullObject(this.env, 'Range');
      }
      case 'Activate':
        // Assumed (public issue threads, not documented): activating a hidden sheet fails.
        if (s.visibility !== 'Visible') throw new HostError('InvalidOperation', `cannot activate hidden sheet ${s.name}`);
        book.activeSheetId = s.id;
        return undefined;
      case 'Delete': {
        if (!book.sheets.some((o) => o !== s && o.visibility === 'Visible') && s.visibility === 'Visible') {
          throw new HostError('InvalidOperation', 'cannot delete the last visible sheet');
        }
        // Assumed (public issue threads): Excel refuses to delete a very hidden sheet; make it hidden first.
        if (s.visibility === 'VeryHidden') throw new HostError('InvalidOperation', `cannot delete very hidden sheet ${s.name}`);
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.annotations = book.annotations.filter((a) => a.sheetId !== s.id);
        if (book.activeSheetId === s.id) book.activeSheetId = book.sheets.find((o) => o.visibility === 'Visible')?.id;
        return undefined;
      }
      default:
        return super.call(name, args);
    }
  }
}

/** The used range: the box of cells with a value (valuesOnly) or with a value or any format; undefined when none. */
export function usedRect(sheet: Sheet, valuesOnly: boolean): Rect | undefined {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? cell.value === null && cell.formula === undefined : isDefault(cell)) continue;
    const [r, c] = key.split(',').map(Number);
    r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
  }
  return r1 < 0 ? undefined : { r0, c0, r1, c1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Protection

/** Documented defaults of `WorksheetProtectionOptions` after `protect()` without options. */
const PROTECTION_DEFAULTS = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

export class WorksheetProtectionObject extends HostObject {
  readonly type = 'WorksheetProtection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
  override scalars() {
    return ['Protected', 'Options'];
  }
  override get(name: string): unknown {
    if (name === 'Protected') return this.sheet.protection.protected;
    if (name === 'Options') return this.sheet.protection.protected ? copy(this.sheet.protection.options) : copy(PROTECTION_DEFAULTS);
    return super.get(name);
  }
  override call(name: string, args: unknown[]): unknown {
    const p = this.sheet.protection;
    if (name === 'Protect') {
      // NOTES.md / issue 9: protect() on a protected sheet is refused with AccessDenied.
      if (p.protected) throw new HostError('AccessDenied', `${this.sheet.name} is already protected`);
      p.protected = true;
      p.options = { ...PROTECTION_DEFAULTS, ...(args[0] && typeof args[0] === 'object' ? copy(args[0] as object) : {}) };
      return undefined;
    }
    if (name === 'Unprotect') {
      if (!p.protected) throw new HostError('AccessDenied', `${this.sheet.name} is not protected`);
      p.protected = false;
      p.options = {};
      return undefined;
    }
    return super.call(name, args);
  }
}

/** What a change needs on a protected sheet. */
type Change = 'values' | 'formatCells' | 'formatRows' | 'formatColumns' | 'objects' | 'merge';

/**
 * Refuse a change a protected sheet does not allow (AccessDenied, documented for writes to locked cells; the
 * allow* options as Excel's UI applies them, assumed the same for the API).
 */
export function guard(sheet: Sheet, change: Change, rect?: Rect): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const o = p.options;
  const deny = (what: string) => {
    throw new HostError('AccessDenied', `${sheet.name} is protected: ${what}`);
  };
  if (change === 'values' && rect) {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (cellOf(sheet, r, c)?.locked !== false) deny(`cell ${rectAddress({ r0: r, c0: c, r1: r, c1: c })} is locked`);
  }
  if (change === 'formatCells' && o.allowFormatCells !== true) deny('formatting cells');
  if (change === 'formatRows' && o.allowFormatRows !== true) deny('formatting rows');
  if (change === 'formatColumns' && o.allowFormatColumns !== true) deny('formatting columns');
  if (change === 'objects' && o.allowEditObjects !== true) deny('editing objects');
  if (change === 'merge') deny('merging cells');
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

/** Cells of a rectangle larger than this are not materialised by a value read (a whole-sheet range). */
const READ_LIMIT = 5_000_000;

export class RangeObject extends HostObject {
  readonly type = 'Range';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  private alive(): Sheet {
    if (!this.env.book.sheets.includes(this.sheet)) throwNotFound(`worksheet ${this.sheet.name}`);
    return this.sheet;
  }
  override scalars() {
    return ['Address', 'AddressLocal', 'RowIndex', 'ColumnIndex', 'RowCount', 'ColumnCount', 'CellCount', 'Values', 'Text', 'NumberFormat', 'Formulas'];
  }
  override navs() {
    return ['Format', 'Worksheet', 'DataValidation', 'ConditionalFormats'];
  }
  private grid<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const { r0, r1, c0, c1 } = this.rect;
    // Documented: Excel on the web returns null (and desktop fails) for reads of more than 5 million cells.
    if (area(this.rect) > READ_LIMIT) throw new HostError('ResponsePayloadSizeLimitExceeded', 'range too large to read');
    const out: T[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: T[] = [];
      for (let c = c0; c <= c1; c++) row.push(f(this.sheet.cells.get(cellKey(r, c)), r, c));
      out.push(row);
    }
    return out;
  }
  override get(name: string): unknown {
    const s = this.alive();
    const r = this.rect;
    switch (name) {
      case 'Address':
      case 'AddressLocal':
        return `${quoteSheet(s.name)}!${rectAddress(r)}`;
      case 'RowIndex':
        return r.r0;
      case 'ColumnIndex':
        return r.c0;
      case 'RowCount':
        return r.r1 - r.r0 + 1;
      case 'ColumnCount':
        return r.c1 - r.c0 + 1;
      case 'CellCount':
        return area(r);
      case 'Values':
        return this.grid((cell) => (cell?.value ?? ''));
      case 'Text':
        return this.grid((cell) => displayText(cell));
      case 'NumberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'Formulas':
        return this.grid((cell) => cell?.formula ?? cell?.value ?? '');
      default:
        return super.get(name);
    }
  }
  /** Spread a written 2D array (or one value for every cell) over the range; null entries are left unchanged (documented). */
  private spread(value: unknown, write: (cell: Cell, v: unknown) => void, change: Change = 'values'): void {
    const s = this.alive();
    const rows = this.rect.r1 - this.rect.r0 + 1;
    const cols = this.rect.c1 - this.rect.c0 + 1;
    const matrix = Array.isArray(value) ? value : undefined;
    if (matrix && (matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols))) {
      // Documented: "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      throw new HostError('InvalidArgument', `array of ${matrix.length} rows does not fit ${rectAddress(this.rect)}`);
    }
    guard(s, change, this.rect);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = matrix ? (matrix[r] as unknown[])[c] : value;
        if (v === null || v === undefined) continue;
        write(cellOf(s, this.rect.r0 + r, this.rect.c0 + c, true), v);
      }
    }
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case 'Values':
        return this.spread(value, (cell, v) => enterValue(cell, v));
      case 'Formulas':
        return this.spread(value, (cell, v) => enterValue(cell, v));
      case 'NumberFormat':
        return this.spread(value, (cell, v) => {
          cell.numberFormat = String(v);
        }, 'formatCells');
      default:
        super.set(name, value);
    }
  }
  override nav(name: string): HostObject {
    gate(this.env, this.type, name);
    const s = this.alive();
    switch (name) {
      case 'Format':
        return new RangeFormatObject(this.env, s, this.rect);
      case 'Worksheet':
        return new WorksheetObject(this.env, s);
      case 'DataValidation':
        return new DataValidationObject(this.env, s, this.rect);
      case 'ConditionalFormats':
        return new ConditionalFormatCollection(this.env, s, this.rect);
      default:
        return super.nav(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    const s = this.alive();
    const book = this.env.book;
    switch (name) {
      case 'Merge': {
        guard(s, 'merge');
        const across = args[0] === true;
        const rects: Rect[] = across
          ? Array.from({ length: this.rect.r1 - this.rect.r0 + 1 }, (_, i) => ({ ...this.rect, r0: this.rect.r0 + i, r1: this.rect.r0 + i }))
          : [this.rect];
        for (const m of rects) {
          if (area(m) < 2) continue;
          // Assumed (the UI's rule): merging over a merged area replaces it; only the top-left value is kept.
          s.merges = s.merges.filter((old) => !overlaps(old, m));
          for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) {
            if (r === m.r0 && c === m.c0) continue;
            const cell = cellOf(s, r, c);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
          s.merges.push(m);
        }
        return undefined;
      }
      case 'Unmerge':
        guard(s, 'merge');
        s.merges = s.merges.filter((m) => !overlaps(m, this.rect));
        return undefined;
      case 'Select':
        if (s.visibility !== 'Visible') throw new HostError('InvalidOperation', `cannot select on hidden sheet ${s.name}`);
        // Assumed: selecting on another sheet than the active one fails (the UI cannot select off the active sheet).
        if (book.activeSheetId !== undefined && book.activeSheetId !== s.id) throw new HostError('InvalidOperation', 'select on a sheet that is not active');
        book.activeSheetId = s.id;
        book.selection = { sheetId: s.id, rect: this.rect };
        return undefined;
      case 'Clear': {
        const what = (args[0] as string | undefined) ?? 'All';
        guard(s, what === 'Formats' ? 'formatCells' : 'values', what === 'Formats' ? undefined : this.rect);
        for (const [key, cell] of [...s.cells]) {
          const [r, c] = key.split(',').map(Number);
          if (r < this.rect.r0 || r > this.rect.r1 || c < this.rect.c0 || c > this.rect.c1) continue;
          if (what === 'All') s.cells.delete(key);
          else if (what === 'Contents') {
            cell.value = null;
            delete cell.formula;
          } else s.cells.set(key, { ...cellOf({ ...s, cells: new Map() } as Sheet, r, c, true), value: cell.value, formula: cell.formula });
        }
        return undefined;
      }
      case 'GetMergedAreasOrNullObject': {
        const found = s.merges.filter((m) => overlaps(m, this.rect));
        return found.length ? new RangeAreasObject(this.env, s, found) : nullObject(this.env, 'RangeAreas');
      }
      case 'GetCell': {
        const row = this.rect.r0 + Number(args[0]);
        const col = this.rect.c0 + Number(args[1]);
        return new RangeObject(this.env, s, { r0: row, c0: col, r1: row, c1: col });
      }
      case 'GetRow': {
        const row = this.rect.r0 + Number(args[0]);
        if (!(row >= this.rect.r0 && row <= this.rect.r1)) throw new HostError('InvalidArgument', `row ${String(args[0])} outside ${rectAddress(this.rect)}`);
        return new RangeObject(this.env, s, { ...this.rect, r0: row, r1: row });
      }
      case 'GetBoundingRect': {
        const other = args[0];
        const o = other instanceof RangeObject ? other.rect : typeof other === 'string' ? parseAddress(other) : undefined;
        if (!o) throw new HostError('InvalidArgument', 'bounding rect of nothing');
        return new RangeObject(this.env, s, { r0: Math.min(o.r0, this.rect.r0), c0: Math.min(o.c0, this.rect.c0), r1: Math.max(o.r1, this.rect.r1), c1: Math.max(o.c1, this.rect.c1) });
      }
      case '_ValidateArraySize':
        // The client checks the whole array against the range before it sends a large write in 1,500-cell slices.
        if (Number(args[0]) !== this.rect.r1 - this.rect.r0 + 1 || Number(args[1]) !== this.rect.c1 - this.rect.c0 + 1) {
          throw new HostError('InvalidArgument', `array of ${String(args[0])}×${String(args[1])} does not fit ${rectAddress(this.rect)}`);
        }
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

/**
 * What Excel does with a value written through `values` or `formulas` (documented): a string starting with "=" is a
 * formula, unless the cell's number format is text (@); a leading apostrophe keeps the rest as text; in a General cell a
 * string that reads as a number becomes that number. Formulas are kept, not computed: their value is 0 (assumed; the
 * tests read `formulas` to see them).
 */
export function enterValue(cell: Cell, v: unknown): void {
  delete cell.formula;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const text = String(v);
  if (text === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = 0;
    return;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) {
    cell.value = Number(text);
    return;
  }
  cell.value = text;
}

export class RangeAreasObject extends HostObject {
  readonly type = 'RangeAreas';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rects: Rect[],
  ) {
    super(env);
  }
  override scalars() {
    return ['Address', 'AreaCount'];
  }
  override get(name: string): unknown {
    // Documented shape: "Sheet1!A1:B2, Sheet1!C3:C4" (the areas, comma and space separated).
    if (name === 'Address') return this.rects.map((r) => `${quoteSheet(this.sheet.name)}!${rectAddress(r)}`).join(', ');
    if (name === 'AreaCount') return this.rects.length;
    return super.get(name);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

/** A property of every cell of a rectangle: the common value, or null when the cells differ (documented for format reads). */
function common<T>(sheet: Sheet, rect: Rect, pick: (cell: Cell) => T): T | null {
  const blank = pick(cellOf({ cells: new Map() } as Sheet, 0, 0, true));
  let first: T | undefined;
  if (area(rect) > READ_LIMIT) return null;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      const v = cell ? pick(cell) : blank;
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

/** Apply `f` to every cell of the rectangle (creating cells). */
function each(sheet: Sheet, rect: Rect, f: (cell: Cell) => void): void {
  if (area(rect) > READ_LIMIT) throw new HostError('InvalidArgument', 'strict host: formatting a whole sheet is not modelled');
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(cellOf(sheet, r, c, true));
}

export class RangeFormatObject extends HostObject {
  readonly type = 'RangeFormat';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override scalars() {
    return ['ColumnWidth', 'RowHeight', 'WrapText', 'HorizontalAlignment', 'VerticalAlignment'];
  }
  override navs() {
    return ['Fill', 'Font', 'Borders', 'Protection'];
  }
  override get(name: string): unknown {
    gate(this.env, this.type, name);
    const s = this.sheet;
    switch (name) {
      case 'ColumnWidth':
        return s.columnWidths.get(this.rect.c0) ?? 48;
      case 'RowHeight':
        return s.rowHeights.get(this.rect.r0) ?? 15;
      case 'WrapText':
        return common(s, this.rect, (c) => c.wrapText);
      case 'HorizontalAlignment':
        return common(s, this.rect, (c) => c.horizontalAlignment);
      case 'VerticalAlignment':
        return common(s, this.rect, (c) => c.verticalAlignment);
      default:
        return super.get(name);
    }
  }
  override set(name: string, value: unknown): void {
    gate(this.env, this.type, name);
    const s = this.sheet;
    switch (name) {
      case 'ColumnWidth': {
        guard(s, 'formatColumns');
        const w = Number(value);
        if (!(w >= 0) || w > 255 * 7.5) throw new HostError('InvalidArgument', `column width ${String(value)}`);
        for (let c = this.rect.c0; c <= this.rect.c1; c++) s.columnWidths.set(c, w);
        return;
      }
      case 'RowHeight': {
        guard(s, 'formatRows');
        const h = Number(value);
        // Documented limit: a row is at most 409 points high.
        if (!(h >= 0) || h > MAX_ROW_HEIGHT) throw new HostError('InvalidArgument', `row height ${String(value)} is over 409 points`);
        for (let r = this.rect.r0; r <= this.rect.r1; r++) s.rowHeights.set(r, h);
        return;
      }
      case 'WrapText':
        guard(s, 'formatCells');
        return each(s, this.rect, (c) => (c.wrapText = value === true));
      case 'HorizontalAlignment':
        guard(s, 'formatCells');
        return each(s, this.rect, (c) => (c.horizontalAlignment = String(value)));
      case 'VerticalAlignment':
        guard(s, 'formatCells');
        return each(s, this.rect, (c) => (c.verticalAlignment = String(value)));
      default:
        super.set(name, value);
    }
  }
  override nav(name: string): HostObject {
    gate(this.env, this.type, name);
    switch (name) {
      case 'Fill':
        return new RangeFillObject(this.env, this.sheet, this.rect);
      case 'Font':
        return new RangeFontObject(this.env, this.sheet, this.rect);
      case 'Borders':
        return new RangeBorderCollection(this.env, this.sheet, this.rect);
      case 'Protection':
        return new FormatProtectionObject(this.env, this.sheet, this.rect);
      default:
        return super.nav(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    if (name === 'AutofitRows') {
      guard(this.sheet, 'formatRows');
      // Documented: AutoFit does nothing on rows with merged cells; otherwise the rows go back to automatic height.
      for (let r = this.rect.r0; r <= this.rect.r1; r++) this.sheet.rowHeights.delete(r);
      return undefined;
    }
    if (name === 'AutofitColumns') {
      guard(this.sheet, 'formatColumns');
      return undefined;
    }
    return super.call(name, args);
  }
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** Office.js colours: "#RRGGBB" or an HTML colour name; the host keeps "#RRGGBB" upper case (assumed: Excel answers so). */
function colour(value: unknown): string {
  const names: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', yellow: '#FFFF00' };
  const v = String(value);
  if (HEX.test(v)) return v.toUpperCase();
  if (names[v.toLowerCase()]) return names[v.toLowerCase()];
  throw new HostError('InvalidArgument', `colour ${v}`);
}

export class RangeFillObject extends HostObject {
  readonly type = 'RangeFill';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override scalars() {
    return this.env.supports('1.9') ? ['Color', 'Pattern'] : ['Color'];
  }
  override get(name: string): unknown {
    gate(this.env, this.type, name);
    // Documented: a cell with no fill answers "#FFFFFF" for color (pattern None tells it from a white fill).
    if (name === 'Color') return common(this.sheet, this.rect, (c) => c.fill.color);
    if (name === 'Pattern') return common(this.sheet, this.rect, (c) => c.fill.pattern);
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    gate(this.env, this.type, name);
    guard(this.sheet, 'formatCells');
    if (name === 'Color') {
      const c = colour(value);
      return each(this.sheet, this.rect, (cell) => (cell.fill = { color: c, pattern: 'Solid' }));
    }
    if (name === 'Pattern') return each(this.sheet, this.rect, (cell) => (cell.fill = { ...cell.fill, pattern: value === 'None' ? 'None' : 'Solid' }));
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'Clear') {
      guard(this.sheet, 'formatCells');
      each(this.sheet, this.rect, (cell) => (cell.fill = { color: '#FFFFFF', pattern: 'None' }));
      return undefined;
    }
    return super.call(name, args);
  }
}

export class RangeFontObject extends HostObject {
  readonly type = 'RangeFont';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override scalars() {
    return ['Name', 'Size', 'Bold', 'Color'];
  }
  override get(name: string): unknown {
    const key = ({ Name: 'name', Size: 'size', Bold: 'bold', Color: 'color' } as const)[name as 'Name'];
    if (!key) return super.get(name);
    return common(this.sheet, this.rect, (c) => c.font[key]);
  }
  override set(name: string, value: unknown): void {
    guard(this.sheet, 'formatCells');
    switch (name) {
      case 'Name':
        return each(this.sheet, this.rect, (c) => (c.font.name = String(value)));
      case 'Size': {
        const size = Number(value);
        if (!(size >= 1 && size <= 409)) throw new HostError('InvalidArgument', `font size ${String(value)}`);
        return each(this.sheet, this.rect, (c) => (c.font.size = size));
      }
      case 'Bold':
        return each(this.sheet, this.rect, (c) => (c.font.bold = value === true));
      case 'Color': {
        const v = colour(value);
        return each(this.sheet, this.rect, (c) => (c.font.color = v));
      }
      default:
        super.set(name, value);
    }
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp'];

export class RangeBorderCollection extends HostObject {
  readonly type = 'RangeBorderCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'GetItem') {
      const edge = String(args[0]);
      if (!EDGES.includes(edge)) throw new HostError('InvalidArgument', `border ${edge}`);
      return new RangeBorderObject(this.env, this.sheet, this.rect, edge);
    }
    return super.call(name, args);
  }
  override index(key: unknown): HostObject {
    return this.call('GetItem', [key]) as HostObject;
  }
}

export class RangeBorderObject extends HostObject {
  readonly type = 'RangeBorder';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
    readonly edge: string,
  ) {
    super(env);
  }
  override scalars() {
    return ['Style', 'Weight', 'Color', 'SideIndex'];
  }
  override get(name: string): unknown {
    const b = common(this.sheet, this.rect, (c) => c.borders[this.edge] ?? { style: 'None', weight: 'Thin', color: '#000000' });
    if (name === 'Style') return b?.style ?? null;
    if (name === 'Weight') return b?.weight ?? null;
    if (name === 'Color') return b?.color ?? null;
    if (name === 'SideIndex') return this.edge;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    guard(this.sheet, 'formatCells');
    const key = ({ Style: 'style', Weight: 'weight', Color: 'color' } as Record<string, 'style' | 'weight' | 'color' | undefined>)[name];
    if (!key) return super.set(name, value);
    const v = key === 'color' ? colour(value) : String(value);
    each(this.sheet, this.rect, (c) => {
      c.borders[this.edge] = { ...(c.borders[this.edge] ?? { style: 'None', weight: 'Thin', color: '#000000' }), [key]: v };
    });
  }
}

export class FormatProtectionObject extends HostObject {
  readonly type = 'FormatProtection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override scalars() {
    return ['Locked', 'FormulaHidden'];
  }
  override get(name: string): unknown {
    if (name === 'Locked') return common(this.sheet, this.rect, (c) => c.locked);
    if (name === 'FormulaHidden') return false;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Locked') return super.set(name, value);
    // Documented: cell locking cannot be changed while the sheet is protected.
    if (this.sheet.protection.protected) throw new HostError('AccessDenied', `${this.sheet.name} is protected: locking`);
    each(this.sheet, this.rect, (c) => (c.locked = value === true));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sheet-level objects: page layout, page breaks, freeze panes, data validation, conditional formats, charts

/**
 * An object whose properties are kept as set, under `store`, and whose children are more of the same: for the parts
 * of the object model the tests only need to see written (page layout details, chart parts, data bar formats).
 * Assumed: Excel accepts what the client library sends for these; names are still checked by the library itself.
 */
export class RecordingObject extends HostObject {
  constructor(
    env: Env,
    readonly type: string,
    readonly store: Record<string, unknown>,
    readonly sheet?: Sheet,
  ) {
    super(env);
  }
  override scalars() {
    return Object.keys(this.store).filter((k) => typeof this.store[k] !== 'object' || this.store[k] === null || Array.isArray(this.store[k]));
  }
  override get(name: string): unknown {
    return copy(this.store[name] ?? null);
  }
  override set(name: string, value: unknown): void {
    gate(this.env, this.type, name);
    this.store[name] = copy(value);
  }
  override nav(name: string): HostObject {
    gate(this.env, this.type, name);
    const child = (this.store[name] ??= {}) as Record<string, unknown>;
    return new RecordingObject(this.env, `${this.type}.${name}`, child, this.sheet);
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    const calls = ((this.store[`${name}()`] ??= []) as unknown[][]);
    calls.push(copy(args));
    if (/^Get/.test(name)) return new RecordingObject(this.env, `${this.type}.${name}`, ((this.store[`${name}(${JSON.stringify(args)})`] ??= {}) as Record<string, unknown>), this.sheet);
    return undefined;
  }
}

export class PageLayoutObject extends RecordingObject {
  constructor(env: Env, sheet: Sheet) {
    super(env, 'PageLayout', sheet.pageLayout, sheet);
  }
  override set(name: string, value: unknown): void {
    if (name === 'Orientation' && value !== 'Portrait' && value !== 'Landscape') throw new HostError('InvalidArgument', `orientation ${String(value)}`);
    if (/Margin$/.test(name) && !(Number(value) >= 0)) throw new HostError('InvalidArgument', `${name} ${String(value)}`);
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'SetPrintTitleRows') {
      const rect = typeof args[0] === 'string' ? parseAddress(args[0]) : undefined;
      if (!rect) throw new HostError('InvalidArgument', `print title rows ${JSON.stringify(args[0])}`);
      this.store.printTitleRows = args[0];
      return undefined;
    }
    return super.call(name, args);
  }
}

export class PageBreakCollection extends HostObject {
  readonly type = 'PageBreakCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'Add') {
      const rect = typeof args[0] === 'string' ? parseAddress(args[0]) : undefined;
      if (!rect) throw new HostError('InvalidArgument', `page break at ${JSON.stringify(args[0])}`);
      if (!this.sheet.rowBreaks.includes(rect.r0)) this.sheet.rowBreaks.push(rect.r0);
      return new RecordingObject(this.env, 'PageBreak', {});
    }
    if (name === 'RemovePageBreaks') {
      this.sheet.rowBreaks = [];
      return undefined;
    }
    return super.call(name, args);
  }
}

export class FreezePanesObject extends HostObject {
  readonly type = 'WorksheetFreezePanes';
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'FreezeRows') this.sheet.freeze = { rows: Number(args[0] ?? 1), cols: 0 };
    else if (name === 'FreezeColumns') this.sheet.freeze = { rows: 0, cols: Number(args[0] ?? 1) };
    else if (name === 'FreezeAt') {
      const rect = typeof args[0] === 'string' ? parseAddress(args[0]) : undefined;
      if (!rect) throw new HostError('InvalidArgument', `freeze at ${JSON.stringify(args[0])}`);
      this.sheet.freeze = { rows: rect.r1 + 1, cols: rect.c1 + 1 };
    } else if (name === 'Unfreeze') delete this.sheet.freeze;
    else return super.call(name, args);
    return undefined;
  }
}

export class DataValidationObject extends HostObject {
  readonly type = 'DataValidation';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  private entry() {
    let e = this.sheet.validations.find((v) => JSON.stringify(v.rect) === JSON.stringify(this.rect));
    if (!e) {
      e = { rect: this.rect };
      this.sheet.validations.push(e);
    }
    return e;
  }
  override set(name: string, value: unknown): void {
    guard(this.sheet, 'formatCells');
    const e = this.entry();
    if (name === 'Rule') {
      const rule = value as Record<string, any>;
      const kinds = Object.keys(rule ?? {});
      if (kinds.length !== 1) throw new HostError('InvalidArgument', 'a data validation rule has exactly one kind');
      // Documented: a list source is at most 255 characters.
      if (rule.list && String(rule.list.source ?? '').length > 255) throw new HostError('InvalidArgument', 'list source over 255 characters');
      e.rule = copy(value);
    } else if (name === 'Prompt') {
      const p = value as { title?: string; message?: string };
      // Documented limits of the input message: title 32, message 255 characters.
      if ((p.title ?? '').length > 32 || (p.message ?? '').length > 255) throw new HostError('InvalidArgument', 'prompt too long');
      e.prompt = copy(value);
    } else if (name === 'ErrorAlert') {
      const p = value as { title?: string; message?: string };
      if ((p.title ?? '').length > 32 || (p.message ?? '').length > 255) throw new HostError('InvalidArgument', 'error alert too long');
      e.errorAlert = copy(value);
    } else super.set(name, value);
  }
}

export class ConditionalFormatCollection extends HostObject {
  readonly type = 'ConditionalFormatCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'Add') {
      guard(this.sheet, 'formatCells');
      const entry = { rect: this.rect, type: String(args[0]), props: {} as Record<string, unknown> };
      this.sheet.conditionalFormats.push(entry);
      return new RecordingObject(this.env, 'ConditionalFormat', entry.props, this.sheet);
    }
    return super.call(name, args);
  }
}

export class ChartCollection extends HostObject {
  readonly type = 'ChartCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === 'Add') {
      guard(this.sheet, 'objects');
      const source = args[1] instanceof RangeObject ? rectAddress(args[1].rect) : String(args[1]);
      const chart = { type: String(args[0]), source, seriesBy: String(args[2] ?? 'Auto'), props: {} as Record<string, unknown> };
      this.sheet.charts.push(chart);
      return new RecordingObject(this.env, 'Chart', chart.props, this.sheet);
    }
    return super.call(name, args);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Comments (ExcelApi 1.10). Notes (1.18) are absent from the library the add-in serves, so no request can name them.

export class CommentCollection extends HostObject {
  readonly type = 'CommentCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet | undefined,
  ) {
    super(env);
  }
  private list() {
    const sheets = this.env.book.sheets;
    return this.env.book.annotations
      .filter((a) => a.kind === 'comment' && (!this.sheet || a.sheetId === this.sheet.id))
      .sort((a, b) => sheets.findIndex((s) => s.id === a.sheetId) - sheets.findIndex((s) => s.id === b.sheetId) || a.row - b.row || a.col - b.col);
  }
  override items(): HostObject[] {
    return this.list().map((a) => new CommentObject(this.env, a.id));
  }
  override index(key: unknown): HostObject {
    return this.call('GetItem', [key]) as HostObject;
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    switch (name) {
      case 'GetItem': {
        const a = this.list().find((x) => x.id === String(args[0]));
        return a ? new CommentObject(this.env, a.id) : throwNotFound(`comment ${String(args[0])}`);
      }
      case 'GetItemAt': {
        const a = this.list()[Number(args[0])];
        return a ? new CommentObject(this.env, a.id) : throwNotFound(`comment at ${String(args[0])}`);
      }
      case 'GetCount':
        return this.list().length;
      case 'Add': {
        const where = args[0];
        let sheet: Sheet | undefined;
        let rect: Rect | undefined;
        if (where instanceof RangeObject) {
          sheet = where.sheet;
          rect = where.rect;
        } else if (typeof where === 'string') {
          const bang = where.lastIndexOf('!');
          const name = bang < 0 ? this.sheet?.name : where.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
          sheet = this.env.book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
          rect = parseAddress(bang < 0 ? where : where.slice(bang + 1));
        }
        if (!sheet || !rect) throw new HostError('InvalidArgument', `comment location ${JSON.stringify(where)}`);
        // Documented: a comment is added to one cell.
        if (area(rect) !== 1) throw new HostError('InvalidArgument', 'a comment goes on a single cell');
        guard(sheet, 'objects');
        if (this.env.book.annotations.some((a) => a.sheetId === sheet!.id && a.row === rect!.r0 && a.col === rect!.c0 && a.kind === 'comment')) {
          // Assumed: a second comment on the same cell is refused (Excel's UI offers a reply instead).
          throw new HostError('InvalidArgument', 'the cell already has a comment');
        }
        const a = { id: `{comment-${this.env.book.nextId++}}`, kind: 'comment' as const, sheetId: sheet.id, row: rect.r0, col: rect.c0, content: String(args[1] ?? '') };
        this.env.book.annotations.push(a);
        return new CommentObject(this.env, a.id);
      }
      default:
        return super.call(name, args);
    }
  }
}

export class CommentObject extends HostObject {
  readonly type = 'Comment';
  constructor(
    env: Env,
    readonly id: string,
  ) {
    super(env);
  }
  private record() {
    return this.env.book.annotations.find((a) => a.id === this.id) ?? throwNotFound(`comment ${this.id}`);
  }
  override scalars() {
    return ['Id', 'Content', 'AuthorName', 'Resolved'];
  }
  override get(name: string): unknown {
    const a = this.record();
    if (name === 'Id') return a.id;
    if (name === 'Content') return a.content;
    if (name === 'AuthorName') return 'strict host';
    if (name === 'Resolved') return false;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Content') return super.set(name, value);
    const a = this.record();
    guard(this.env.book.sheets.find((s) => s.id === a.sheetId)!, 'objects');
    a.content = String(value);
  }
  override call(name: string, args: unknown[]): unknown {
    const a = this.record();
    const sheet = this.env.book.sheets.find((s) => s.id === a.sheetId)!;
    if (name === 'GetLocation') return new RangeObject(this.env, sheet, { r0: a.row, c0: a.col, r1: a.row, c1: a.col });
    if (name === 'Delete') {
      guard(sheet, 'objects');
      this.env.book.annotations = this.env.book.annotations.filter((x) => x.id !== a.id);
      return undefined;
    }
    return super.call(name, args);
  }
}
