 
import { parseAddress, type Rect, type Sheet, type Workbook } from './model';

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
  /** Whether answers carry the ids of worksheets and comments (see server.ts `idOf`). */
  ids: boolean;
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
  'Chart.Axes.ValueAxis.NumberFormat': '1.8',
  'Chart.DataLabels.NumberFormat': '1.8',
  'Chart.Series.GetItemAt.SetXAxisValues': '1.7',
};

/** Throw ApiNotFound when the host lacks the set `type.member` needs (what Excel answers for a member it lacks). */
export function gate(env: Env, type: string, member: string): void {
  const set = MEMBER_SET[`${type}.${member}`];
  if (set && !env.supports(set)) throw new HostError('ApiNotFound', `${type}.${member} needs ExcelApi ${set}`);
}

/** A Date-free JSON copy (arguments arrive as JSON; the host never keeps the caller's objects). */
export const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export function throwNotFound(what: string): never {
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

/** An object of one worksheet (its protection, page layout, collections of charts or page breaks …). */
export abstract class SheetObject extends HostObject {
  constructor(
    env: Env,
    readonly sheet: Sheet,
  ) {
    super(env);
  }
}

/** An object of a rectangle of one worksheet (a range, its format, fill, font, borders, validation …). */
export abstract class RectObject extends SheetObject {
  constructor(
    env: Env,
    sheet: Sheet,
    readonly rect: Rect,
  ) {
    super(env, sheet);
  }
}

/** An A1 address argument ("A1", "$A$5:E9", "3:3") parsed; InvalidArgument naming `what` for anything else. */
export function addressArg(value: unknown, what: string): Rect {
  const rect = typeof value === 'string' ? parseAddress(value) : undefined;
  if (!rect) throw new HostError('InvalidArgument', `${what} ${JSON.stringify(value)}`);
  return rect;
}
