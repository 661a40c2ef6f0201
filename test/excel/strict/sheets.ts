/** The strict host's workbook, worksheet collection, worksheets and worksheet protection (see objects.ts for the conventions). */
import {
  MAX_COLS,
  MAX_ROWS,
  cellOf,
  isDefault,
  newSheet,
  rectAddress,
  type Rect,
  type Sheet,
  type Workbook,
} from './model';
import { CommentCollection } from './comments';
import { addressArg, copy, gate, HostError, HostObject, nullObject, SheetObject, throwNotFound } from './objects';
import { ChartCollection, FreezePanesObject, PageBreakCollection, PageLayoutObject } from './parts';
import { RangeObject } from './ranges';


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


export class WorksheetObject extends SheetObject {
  readonly type = 'Worksheet';
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
        const rect = addressArg(args[0], 'invalid address');
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

export class WorksheetProtectionObject extends SheetObject {
  readonly type = 'WorksheetProtection';
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
export type Change = 'values' | 'formatCells' | 'formatRows' | 'formatColumns' | 'objects' | 'merge';

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

