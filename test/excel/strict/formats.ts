/** The strict host's cell formats: RangeFormat, fill, font, borders, cell locking (see objects.ts). */
import {
  MAX_ROW_HEIGHT,
  area,
  cellKey,
  cellOf,
  type Cell,
  type Rect,
  type Sheet,
} from './model';
import { type Env, gate, HostError, HostObject, RectObject } from './objects';
import { READ_LIMIT } from './ranges';
import { guard } from './sheets';


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

export class RangeFormatObject extends RectObject {
  readonly type = 'RangeFormat';
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

export class RangeFillObject extends RectObject {
  readonly type = 'RangeFill';
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

export class RangeFontObject extends RectObject {
  readonly type = 'RangeFont';
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

export class RangeBorderCollection extends RectObject {
  readonly type = 'RangeBorderCollection';
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

export class FormatProtectionObject extends RectObject {
  readonly type = 'FormatProtection';
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

