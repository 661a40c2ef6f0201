import { a1Range, columnName, parseA1, type CellRange } from '../../../src/core/sheet/grid';

/**
 * An in-memory WPS 表格 (ET) object model for adapter tests: exactly the members of src/wps/api.ts, behaving as the
 * WPS / Excel VBA reference documents them, strict where the real host is strict. Every member read or write and every
 * method call is one host call and is counted (`host.calls`), since each one crosses from the page into WPS.
 *
 * Documented (WPS 表格 API = the Excel VBA object model): 1-based `Item()` and `Cells(row, col)` (0 throws);
 * `Item(name)` throws for an unknown sheet; `Value2` of a multi-cell range is rows of values, dates are serial numbers;
 * setting it takes the same shape; a string written to a General cell is parsed (a leading "=" makes a formula, digits
 * a number), to a "@" cell stays text; `MergeArea` of any cell of a merged area is the whole area; `MergeCells` true
 * / false / null (mixed); `NumberFormat` of cells that differ is null; `Text` of a multi-cell range is not the cells'
 * texts (VBA: null when they differ); `AddComment` on a cell that has one throws; `Validation.Add` on a range with a
 * rule throws; colours are BGR longs; a protected sheet refuses writes to locked cells, formatting unless
 * AllowFormattingCells, and comments while ProtectDrawingObjects; `Range.Select` needs its sheet active; a very hidden
 * sheet cannot be activated; the last visible sheet cannot be hidden or deleted; sheet names are unique
 * (case-insensitive), at most 31 characters, without : \ / ? * [ ].
 *
 * Assumed (no page settles it): `Value` of a date cell crosses into JavaScript as a Date (the adapter only relies on
 * it not being the serial number); `Delete` while `DisplayAlerts` is true fails here (in WPS a confirmation dialog
 * would stop the add-in; the fake refuses so a test catches it); deleting a very hidden sheet fails (as Excel refuses
 * it); `Merge` over an existing merged area throws; a `Value2` array whose shape differs from the range throws.
 * `textRows: true` makes `Text` and `NumberFormat` of a multi-cell range answer rows (some WPS builds are said to; not
 * documented).
 */

export interface FakeCell {
  value: string | number | boolean | null;
  format: string;
  formula?: string;
  fill: number | null;
  fontColor?: number;
  bold?: boolean;
  locked: boolean;
  comment?: string;
  validation?: boolean;
  border?: boolean;
}

export interface FakeSheet {
  name: string;
  visible: number;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  protection?: { formatCells: boolean; drawingObjects: boolean };
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageSetup: Record<string, unknown>;
  pageBreaks: number[];
  tabColor?: number;
}

export interface FakeBook {
  name: string;
  sheets: FakeSheet[];
  active?: FakeSheet;
  selected?: { sheet: string; cell: string };
}

export class HostError extends Error {
  constructor(what: string) {
    super(`WPS: ${what}`);
    this.name = 'HostError';
  }
}

/** Base of every fake host object: the counting proxy wraps instances of it. */
export class HostObject {}

const key = (r: number, c: number) => `${r},${c}`;
const DATE_FORMAT = /[ymd]/i;

export function newSheet(name: string): FakeSheet {
  return { name, visible: -1, cells: new Map(), merges: [], columnWidths: new Map(), rowHeights: new Map(), pageSetup: {}, pageBreaks: [] };
}

function cell(sheet: FakeSheet, r: number, c: number, create: true): FakeCell;
function cell(sheet: FakeSheet, r: number, c: number, create?: false): FakeCell | undefined;
function cell(sheet: FakeSheet, r: number, c: number, create = false): FakeCell | undefined {
  let x = sheet.cells.get(key(r, c));
  if (!x && create) {
    x = { value: null, format: 'General', fill: null, locked: true };
    sheet.cells.set(key(r, c), x);
  }
  return x;
}

export { cell as fakeCell };

/** A string entered as a person types it into a cell of `format` (VBA: assigning a string to Value2). */
function enter(target: FakeCell, v: unknown): void {
  target.formula = undefined;
  if (v === null || v === undefined || v === '') target.value = null;
  else if (typeof v === 'string' && target.format !== '@') {
    if (/^[=+-]./.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) {
      target.formula = v;
      target.value = '#NAME?';
    } else if (/^[+-]?\d+(\.\d+)?$/.test(v)) target.value = Number(v);
    else target.value = v;
  } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') target.value = v;
  else throw new HostError(`cannot store ${typeof v}`);
}

function parseRect(address: string): CellRange {
  const plain = address.replace(/\$/g, '');
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(plain);
  if (cols) return { r0: 0, c0: parseA1(`${cols[1]}1`)!.col, r1: 1048575, c1: parseA1(`${cols[2]}1`)!.col };
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: 16383 };
  const [a, b] = plain.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) throw new HostError(`bad address ${address}`);
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

const overlaps = (a: CellRange, b: CellRange) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const contains = (a: CellRange, r: number, c: number) => r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
const abs = (r: CellRange) => a1Range(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

export class FakeRange extends HostObject {
  constructor(readonly book: FakeBook, readonly sheet: FakeSheet, readonly rect: CellRange) {
    super();
  }
  private *each(): Generator<[number, number]> {
    const { r0, c0, r1, c1 } = this.rect;
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > 200000) throw new HostError('range too large for the fake');
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) yield [r, c];
  }
  private get single() {
    return this.rect.r0 === this.rect.r1 && this.rect.c0 === this.rect.c1;
  }
  private mustEditContents(): void {
    if (!this.sheet.protection) return;
    for (const [r, c] of this.each()) if (cell(this.sheet, r, c)?.locked !== false) throw new HostError('the cell is on a protected sheet');
  }
  private mustFormat(): void {
    if (this.sheet.protection && !this.sheet.protection.formatCells) throw new HostError('the sheet is protected');
  }
  private uniform<T>(get: (x: FakeCell | undefined) => T): T | null {
    let first: T | undefined;
    let i = 0;
    for (const [r, c] of this.each()) {
      const v = get(cell(this.sheet, r, c));
      if (i++ === 0) first = v;
      else if (v !== first) return null;
    }
    return first as T;
  }
  private rowsOf<T>(get: (x: FakeCell | undefined) => T): T[][] | T {
    if (this.single) return get(cell(this.sheet, this.rect.r0, this.rect.c0));
    const out: T[][] = [];
    for (let r = this.rect.r0; r <= this.rect.r1; r++) {
      const row: T[] = [];
      for (let c = this.rect.c0; c <= this.rect.c1; c++) row.push(get(cell(this.sheet, r, c)));
      out.push(row);
    }
    return out;
  }
  get Value2(): unknown {
    return this.rowsOf((x) => (x?.value ?? undefined));
  }
  set Value2(v: unknown) {
    this.mustEditContents();
    if (this.single) {
      if (Array.isArray(v)) throw new HostError('an array for one cell');
      enter(cell(this.sheet, this.rect.r0, this.rect.c0, true), v);
      return;
    }
    const rows = this.rect.r1 - this.rect.r0 + 1;
    const cols = this.rect.c1 - this.rect.c0 + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) throw new HostError('Value2 array does not match the range');
    v.forEach((row: unknown[], i) => row.forEach((x, j) => enter(cell(this.sheet, this.rect.r0 + i, this.rect.c0 + j, true), x)));
  }
  get Value(): unknown {
    return this.rowsOf((x) => {
      if (x && typeof x.value === 'number' && DATE_FORMAT.test(x.format) && x.format !== '@') return new Date(Math.round((x.value - 25569) * 86400000));
      return x?.value ?? undefined;
    });
  }
  get Text(): unknown {
    const text = (x: FakeCell | undefined) => (x?.value === null || x?.value === undefined ? '' : typeof x.value === 'boolean' ? String(x.value).toUpperCase() : String(x.value));
    if (this.single || !textRows.get(this.book)) return this.single ? text(cell(this.sheet, this.rect.r0, this.rect.c0)) : this.uniform(text);
    return this.rowsOf(text);
  }
  get NumberFormat(): unknown {
    if (!this.single && textRows.get(this.book)) return this.rowsOf((x) => x?.format ?? 'General');
    return this.uniform((x) => x?.format ?? 'General');
  }
  set NumberFormat(f: unknown) {
    this.mustFormat();
    if (typeof f !== 'string') throw new HostError('NumberFormat takes a string');
    for (const [r, c] of this.each()) cell(this.sheet, r, c, true).format = f;
  }
  get MergeCells(): boolean | null {
    let some = false;
    let all = true;
    for (const [r, c] of this.each()) {
      const m = this.sheet.merges.some((a) => contains(a, r, c));
      some ||= m;
      all &&= m;
    }
    return all ? true : some ? null : false;
  }
  get MergeArea(): FakeRange {
    const { r0, c0 } = this.rect;
    const area = this.sheet.merges.find((a) => contains(a, r0, c0));
    return new FakeRange(this.book, this.sheet, area ?? { r0, c0, r1: r0, c1: c0 });
  }
  Address(): string {
    return abs(this.rect);
  }
  get Row(): number {
    return this.rect.r0 + 1;
  }
  get Column(): number {
    return this.rect.c0 + 1;
  }
  get Rows() {
    return counter(this.rect.r1 - this.rect.r0 + 1);
  }
  get Columns() {
    return counter(this.rect.c1 - this.rect.c0 + 1);
  }
  get Font() {
    return new FakeStyle(this, (x, k, v) => {
      if (k === 'Color') x.fontColor = v as number;
      if (k === 'Bold') x.bold = v as boolean;
    });
  }
  get Interior() {
    return new FakeInterior(this);
  }
  get Borders() {
    return new FakeStyle(this, (x) => (x.border = true));
  }
  formatEach(apply: (x: FakeCell) => void): void {
    this.mustFormat();
    for (const [r, c] of this.each()) apply(cell(this.sheet, r, c, true));
  }
  set HorizontalAlignment(_v: number) {
    this.formatEach(() => undefined);
  }
  set VerticalAlignment(_v: number) {
    this.formatEach(() => undefined);
  }
  set WrapText(_v: boolean) {
    this.formatEach(() => undefined);
  }
  set Locked(v: boolean) {
    this.formatEach((x) => (x.locked = v));
  }
  set ColumnWidth(v: number) {
    if (v < 0 || v > 255) throw new HostError('column width out of range');
    for (let c = this.rect.c0; c <= this.rect.c1; c++) this.sheet.columnWidths.set(c, v);
  }
  set RowHeight(v: number) {
    if (v < 0 || v > 409) throw new HostError('row height out of range');
    for (let r = this.rect.r0; r <= this.rect.r1; r++) this.sheet.rowHeights.set(r, v);
  }
  get Comment(): FakeComment | null {
    const x = cell(this.sheet, this.rect.r0, this.rect.c0);
    return x?.comment !== undefined ? new FakeComment(this.sheet, x) : null;
  }
  AddComment(text: string): FakeComment {
    if (this.sheet.protection?.drawingObjects) throw new HostError('the sheet protects its objects');
    const x = cell(this.sheet, this.rect.r0, this.rect.c0, true);
    if (x.comment !== undefined) throw new HostError('the cell already has a comment');
    x.comment = String(text);
    return new FakeComment(this.sheet, x);
  }
  get Validation() {
    return new FakeValidation(this);
  }
  Merge(): void {
    this.mustFormat();
    if (this.sheet.merges.some((m) => overlaps(m, this.rect))) throw new HostError('overlaps a merged area');
    this.sheet.merges.push({ ...this.rect });
  }
  Select(): void {
    if (this.book.active !== this.sheet) throw new HostError('Select needs the sheet active');
    this.book.selected = { sheet: this.sheet.name, cell: a1Range(this.rect) };
  }
}

const textRows = new WeakMap<FakeBook, boolean>();
export function setTextRows(book: FakeBook, on: boolean): void {
  textRows.set(book, on);
}

function counter(n: number) {
  const o = new (class extends HostObject {
    get Count() {
      return n;
    }
  })();
  return o;
}

class FakeStyle extends HostObject {
  constructor(range: FakeRange, on: (x: FakeCell, k: string, v: unknown) => void) {
    super();
    for (const k of ['Name', 'Size', 'Bold', 'Color', 'LineStyle', 'Weight']) {
      Object.defineProperty(this, k, { set: (v: unknown) => range.formatEach((x) => on(x, k, v)), enumerable: true });
    }
  }
}

class FakeInterior extends HostObject {
  constructor(private readonly range: FakeRange) {
    super();
  }
  get Color(): number | null {
    const fills = new Set<number | null>();
    for (let r = this.range.rect.r0; r <= this.range.rect.r1; r++) for (let c = this.range.rect.c0; c <= this.range.rect.c1; c++) fills.add(cell(this.range.sheet, r, c)?.fill ?? null);
    if (fills.size !== 1) return null;
    const [f] = fills;
    return f ?? 0xffffff; // VBA: a cell without fill reports white (16777215)
  }
  set Color(v: number) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffff) throw new HostError('bad colour');
    this.range.formatEach((x) => (x.fill = v));
  }
  get ColorIndex(): number {
    return cell(this.range.sheet, this.range.rect.r0, this.range.rect.c0)?.fill == null ? -4142 : 1;
  }
  set ColorIndex(v: number) {
    if (v !== -4142) throw new HostError('the fake only clears fills by ColorIndex');
    this.range.formatEach((x) => (x.fill = null));
  }
}

class FakeComment extends HostObject {
  constructor(private readonly sheet: FakeSheet, private readonly target: FakeCell) {
    super();
  }
  Text(): string {
    return this.target.comment ?? '';
  }
  Delete(): void {
    if (this.sheet.protection?.drawingObjects) throw new HostError('the sheet protects its objects');
    this.target.comment = undefined;
  }
}

class FakeValidation extends HostObject {
  constructor(private readonly range: FakeRange) {
    super();
  }
  Add(type: number): void {
    if (![1, 2, 3, 4, 5, 6, 7].includes(type)) throw new HostError('bad validation type');
    this.range.formatEach((x) => {
      if (x.validation) throw new HostError('the range already has a validation rule');
      x.validation = true;
    });
  }
  Delete(): void {
    this.range.formatEach((x) => (x.validation = false));
  }
  set InputTitle(v: string) {
    if (String(v).length > 32) throw new HostError('title over 32 characters');
  }
  set ErrorTitle(v: string) {
    if (String(v).length > 32) throw new HostError('title over 32 characters');
  }
  set InputMessage(v: string) {
    if (String(v).length > 255) throw new HostError('message over 255 characters');
  }
  set ErrorMessage(v: string) {
    if (String(v).length > 255) throw new HostError('message over 255 characters');
  }
}

const FORBIDDEN = /[:\\/?*[\]]/;

export class FakeWorksheet extends HostObject {
  constructor(readonly book: FakeBook, readonly sheet: FakeSheet, private readonly app: { DisplayAlerts: boolean }) {
    super();
  }
  get Name(): string {
    return this.sheet.name;
  }
  set Name(v: string) {
    const name = String(v);
    if (!name || name.length > 31 || FORBIDDEN.test(name) || /^'|'$/.test(name)) throw new HostError(`bad sheet name ${name}`);
    if (this.book.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new HostError(`a sheet named ${name} exists`);
    this.sheet.name = name;
  }
  get Visible(): number {
    return this.sheet.visible;
  }
  set Visible(v: number) {
    if (![-1, 0, 2].includes(v)) throw new HostError('bad visibility');
    if (v !== -1 && this.sheet.visible === -1 && this.book.sheets.filter((s) => s.visible === -1).length === 1) throw new HostError('a workbook keeps one visible sheet');
    this.sheet.visible = v;
    if (v !== -1 && this.book.active === this.sheet) this.book.active = this.book.sheets.find((s) => s.visible === -1);
  }
  get UsedRange(): FakeRange {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, x] of this.sheet.cells) {
      if (x.value === null && x.format === 'General' && x.fill === null && x.comment === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    }
    for (const m of this.sheet.merges) {
      r0 = Math.min(r0, m.r0); c0 = Math.min(c0, m.c0); r1 = Math.max(r1, m.r1); c1 = Math.max(c1, m.c1);
    }
    return new FakeRange(this.book, this.sheet, r1 < 0 ? { r0: 0, c0: 0, r1: 0, c1: 0 } : { r0, c0, r1, c1 });
  }
  Range(address: string): FakeRange {
    return new FakeRange(this.book, this.sheet, parseRect(String(address)));
  }
  Cells(row: number, col: number): FakeRange {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw new HostError(`Cells(${row}, ${col}): rows and columns start at 1`);
    return new FakeRange(this.book, this.sheet, { r0: row - 1, c0: col - 1, r1: row - 1, c1: col - 1 });
  }
  Activate(): void {
    if (this.sheet.visible !== -1) throw new HostError('a hidden sheet cannot be activated');
    this.book.active = this.sheet;
  }
  Delete(): void {
    if (this.app.DisplayAlerts) throw new HostError('Delete would ask the user to confirm (DisplayAlerts is on)');
    if (this.sheet.visible === 2) throw new HostError('a very hidden sheet cannot be deleted');
    if (this.sheet.visible === -1 && this.book.sheets.filter((s) => s.visible === -1).length === 1) throw new HostError('a workbook keeps one visible sheet');
    this.book.sheets.splice(this.book.sheets.indexOf(this.sheet), 1);
    if (this.book.active === this.sheet) this.book.active = this.book.sheets.find((s) => s.visible === -1);
  }
  get ProtectContents(): boolean {
    return this.sheet.protection !== undefined;
  }
  get ProtectDrawingObjects(): boolean {
    return this.sheet.protection?.drawingObjects === true;
  }
  get Protection() {
    const sheet = this.sheet;
    return new (class extends HostObject {
      get AllowFormattingCells() {
        return sheet.protection?.formatCells === true;
      }
    })();
  }
  Protect(_password?: string, drawingObjects?: boolean, _contents?: boolean, _scenarios?: boolean, _ui?: boolean, allowFormattingCells?: boolean): void {
    if (this.sheet.protection) throw new HostError('already protected');
    this.sheet.protection = { formatCells: allowFormattingCells === true, drawingObjects: drawingObjects !== false };
  }
  Unprotect(): void {
    this.sheet.protection = undefined;
  }
  get PageSetup() {
    const setup = this.sheet.pageSetup;
    return new Proxy(new HostObject(), { set: (_t, k, v) => ((setup[String(k)] = v), true), get: (_t, k) => setup[String(k)] });
  }
  get HPageBreaks() {
    const sheet = this.sheet;
    return new (class extends HostObject {
      Add(before: FakeRange) {
        sheet.pageBreaks.push(before.rect.r0);
      }
    })();
  }
  get Tab() {
    const sheet = this.sheet;
    return new (class extends HostObject {
      set Color(v: number) {
        sheet.tabColor = v;
      }
    })();
  }
}

export class FakeWorksheets extends HostObject {
  constructor(private readonly book: FakeBook, private readonly app: { DisplayAlerts: boolean }) {
    super();
  }
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 1 || index > this.book.sheets.length) throw new HostError(`Item(${index}): sheets are numbered 1..${this.book.sheets.length}`);
      return new FakeWorksheet(this.book, this.book.sheets[index - 1], this.app);
    }
    const sheet = this.book.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (!sheet) throw new HostError(`no sheet named ${index}`);
    return new FakeWorksheet(this.book, sheet, this.app);
  }
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const sheet = newSheet(`Sheet${n}`);
    const at = after ? this.book.sheets.indexOf(after.sheet) + 1 : before ? this.book.sheets.indexOf(before.sheet) : 0;
    this.book.sheets.splice(at, 0, sheet);
    this.book.active = sheet;
    return new FakeWorksheet(this.book, sheet, this.app);
  }
}

export { columnName };
