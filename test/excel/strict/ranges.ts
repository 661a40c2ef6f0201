/** The strict host's ranges: values, text, formats, merges, selection, and how Excel enters a written value (see objects.ts). */
import {
  area,
  cellKey,
  cellOf,
  overlaps,
  parseAddress,
  quoteSheet,
  rectAddress,
  type Cell,
  type Rect,
  type Sheet,
} from './model';
import { displayText } from './display';
import { RangeFormatObject } from './formats';
import { type Env, gate, HostError, HostObject, nullObject, RectObject, throwNotFound } from './objects';
import { ConditionalFormatCollection, DataValidationObject } from './parts';
import { type Change, WorksheetObject, guard } from './sheets';


/** Cells of a rectangle larger than this are not materialised by a value read (a whole-sheet range). */
export const READ_LIMIT = 5_000_000;

export class RangeObject extends RectObject {
  readonly type = 'Range';
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

