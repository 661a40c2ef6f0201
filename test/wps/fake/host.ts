import type { Grid, GridBook } from '../../../src/core/sheet/grid';
import { a1, a1Range, parseA1 } from '../../../src/core/sheet/grid';
import type { WpsApplication } from '../../../src/wps/api';
import { fakeCell, FakeWorksheets, HostObject, newSheet, setTextRows, type FakeBook, type FakeCell, type FakeSheet } from './model';

/**
 * The fake WPS host for adapter tests: an `Application` over a FakeBook (model.ts), every call counted.
 *
 *   const host = wpsHost({ sheets: [{ name: '进展情况表', rows: [['序号', '实事名称']] }] });
 *   insertWorkbookPlan(host.app.ActiveWorkbook!, plan);
 *   host.calls;            // host calls so far (each member read, write or method call is one)
 *
 * Objects the adapter gets are proxies that count; what the fake does inside is not counted.
 */

export interface SheetSpec {
  name: string;
  visible?: number;
  /** Values from A1 as stored (strings stay strings). */
  rows?: (string | number | boolean | null)[][];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Fills (BGR) by A1 address. */
  fills?: Record<string, number>;
  merges?: string[];
  comments?: Record<string, string>;
  protection?: { formatCells: boolean; drawingObjects: boolean };
}

export interface WpsHost {
  readonly app: WpsApplication;
  readonly book: FakeBook;
  /** Host calls so far. */
  calls: number;
  sheet(name: string): FakeSheet;
  cell(sheet: string, address: string): FakeCell | undefined;
  /** Values of a sheet from A1 over its used area (null for empty). */
  values(sheet: string): (string | number | boolean | null)[][];
}

function counting<T extends object>(target: T, host: { calls: number }, raw: WeakMap<object, object>): T {
  const proxy = new Proxy(target, {
    get(t, k) {
      const v = Reflect.get(t, k, t) as unknown;
      if (typeof k === 'symbol') return v;
      if (typeof v === 'function') {
        return (...args: unknown[]) => {
          host.calls++;
          const out = (v as (...a: unknown[]) => unknown).apply(t, args.map((a) => (a && typeof a === 'object' && raw.has(a) ? raw.get(a) : a)));
          return out instanceof HostObject ? counting(out, host, raw) : out;
        };
      }
      host.calls++;
      return v instanceof HostObject ? counting(v, host, raw) : v;
    },
    set(t, k, v) {
      host.calls++;
      return Reflect.set(t, k, v && typeof v === 'object' && raw.has(v) ? raw.get(v) : v, t);
    },
  });
  raw.set(proxy, target);
  return proxy;
}

function loadSheet(spec: SheetSpec): FakeSheet {
  const sheet = newSheet(spec.name);
  sheet.visible = spec.visible ?? -1;
  (spec.rows ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) fakeCell(sheet, r, c, true).value = v;
    }),
  );
  const at = (a: string) => {
    const p = parseA1(a)!;
    return fakeCell(sheet, p.row, p.col, true);
  };
  for (const [a, f] of Object.entries(spec.formats ?? {})) at(a).format = f;
  for (const [a, f] of Object.entries(spec.fills ?? {})) at(a).fill = f;
  for (const [a, t] of Object.entries(spec.comments ?? {})) at(a).comment = t;
  for (const m of spec.merges ?? []) {
    const [p, q] = m.split(':').map((x) => parseA1(x)!);
    sheet.merges.push({ r0: p.row, c0: p.col, r1: q.row, c1: q.col });
  }
  if (spec.protection) sheet.protection = spec.protection;
  return sheet;
}

/** The sheets of a GridBook as the fake stores them (dates get a date format; very hidden and hidden kept). */
export function sheetsFromBook(book: GridBook): SheetSpec[] {
  return book.sheets.map((g: Grid) => {
    const rows: (string | number | boolean | null)[][] = [];
    const formats: Record<string, string> = {};
    g.rows.forEach((row, i) =>
      row.forEach((c, j) => {
        const r = g.origin.row + i;
        const col = g.origin.col + j;
        while (rows.length <= r) rows.push([]);
        rows[r][col] = c?.value ?? null;
        if (c?.isDate) formats[a1(r, col)] = c.numberFormat ?? 'yyyy/m/d';
      }),
    );
    const merges = g.merges.map((m) => a1Range(m));
    return { name: g.name, visible: g.visibility === 'veryHidden' ? 2 : g.visibility === 'hidden' ? 0 : -1, rows: rows.map((r) => Array.from(r, (v) => v ?? null)), formats, merges };
  });
}

/** A fake WPS with these sheets (default one empty "Sheet1"); `textRows` see model.ts. `noWorkbook`: none open. */
export function wpsHost(options: { sheets?: SheetSpec[]; textRows?: boolean; noWorkbook?: boolean } = {}): WpsHost {
  const book: FakeBook = { name: '工作簿1.xlsx', sheets: (options.sheets?.length ? options.sheets : [{ name: 'Sheet1' }]).map(loadSheet) };
  book.active = book.sheets.find((s) => s.visible === -1);
  setTextRows(book, options.textRows === true);
  const state = { calls: 0 };
  const raw = new WeakMap<object, object>();
  const alerts = { DisplayAlerts: true };
  const workbook = new (class extends HostObject {
    get Name() {
      return book.name;
    }
    get Worksheets() {
      return new FakeWorksheets(book, alerts);
    }
  })();
  const app = new (class extends HostObject {
    get DisplayAlerts() {
      return alerts.DisplayAlerts;
    }
    set DisplayAlerts(v: boolean) {
      alerts.DisplayAlerts = v;
    }
    get ActiveWorkbook() {
      return options.noWorkbook ? null : workbook;
    }
  })();
  const sheet = (name: string) => {
    const s = book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    app: counting(app, state, raw) as unknown as WpsApplication,
    book,
    get calls() {
      return state.calls;
    },
    set calls(n: number) {
      state.calls = n;
    },
    sheet,
    cell(name, address) {
      const p = parseA1(address)!;
      return fakeCell(sheet(name), p.row, p.col);
    },
    values(name) {
      const s = sheet(name);
      let rows = 0;
      let cols = 0;
      for (const [k, c] of s.cells) {
        if (c.value === null) continue;
        const [r, col] = k.split(',').map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, col + 1);
      }
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fakeCell(s, r, c)?.value ?? null));
    },
  };
}
