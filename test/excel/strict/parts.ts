/** The strict host's sheet-level parts: page layout, page breaks, freeze panes, data validation, conditional formats, charts (see objects.ts). */
/* eslint-disable @typescript-eslint/no-explicit-any -- request arguments are JSON of any shape; each member checks its own. */
import {
  rectAddress,
  type Sheet,
} from './model';
import { addressArg, copy, type Env, gate, HostError, HostObject, RectObject, SheetObject } from './objects';
import { RangeObject } from './ranges';
import { guard } from './sheets';


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
    // A range argument (a chart series' x values) is kept as its A1 address, as the request names it.
    calls.push(args.map((a) => (a instanceof RangeObject ? rectAddress(a.rect) : a instanceof HostObject ? a.type : copy(a))));
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
      addressArg(args[0], 'print title rows');
      this.store.printTitleRows = args[0];
      return undefined;
    }
    return super.call(name, args);
  }
}

export class PageBreakCollection extends SheetObject {
  readonly type = 'PageBreakCollection';
  override call(name: string, args: unknown[]): unknown {
    if (name === 'Add') {
      const rect = addressArg(args[0], 'page break at');
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

export class FreezePanesObject extends SheetObject {
  readonly type = 'WorksheetFreezePanes';
  override call(name: string, args: unknown[]): unknown {
    if (name === 'FreezeRows') this.sheet.freeze = { rows: Number(args[0] ?? 1), cols: 0 };
    else if (name === 'FreezeColumns') this.sheet.freeze = { rows: 0, cols: Number(args[0] ?? 1) };
    else if (name === 'FreezeAt') {
      const rect = addressArg(args[0], 'freeze at');
      this.sheet.freeze = { rows: rect.r1 + 1, cols: rect.c1 + 1 };
    } else if (name === 'Unfreeze') delete this.sheet.freeze;
    else return super.call(name, args);
    return undefined;
  }
}

export class DataValidationObject extends RectObject {
  readonly type = 'DataValidation';
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

export class ConditionalFormatCollection extends RectObject {
  readonly type = 'ConditionalFormatCollection';
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

export class ChartCollection extends SheetObject {
  readonly type = 'ChartCollection';
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

