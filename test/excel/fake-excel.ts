/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are shaped at run time; the fake mirrors Office.js proxies. */
import { OfficeMockObject } from 'office-addin-mock';

/**
 * A fake Excel workbook for adapter tests, built from office-addin-mock objects (so a property read without
 * `load` + `sync` gives the mock's "Error, property was not loaded" / "…context.sync() was not called" strings, and
 * the test sees it in the values the adapter returns). Every property the adapter sets and every method it calls
 * is logged in order (`ops`), with a path such as `进展情况表!A1:E2.numberFormat` or `Sheet1.protection.protect`.
 *
 * Each `getRange(address)` gives a fresh object (as in Office.js, where each call is a new proxy); all objects
 * are kept in a registry and `context.sync()` syncs them all. A fresh fake per test.
 */

export interface Op {
  kind: 'set' | 'call';
  /** Sheet-qualified path of the property or method. */
  path: string;
  value?: unknown;
  args?: unknown[];
}

/** A cell's own format on an existing sheet (for marking tests). */
export interface FakeCellFormat {
  fill?: string;
  pattern?: string;
}

export interface FakeSheet {
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** The used range; null for an empty sheet. Row/column are 0-based. */
  used?: { row: number; col: number; values: unknown[][]; text?: string[][]; numberFormat?: string[][] } | null;
  /** Address text of the merged areas ("Sheet1!A1:E1, Sheet1!A2:B2"), or null when none. */
  merges?: string | null;
  /** Formats of single cells by A1 address. */
  cells?: Record<string, FakeCellFormat>;
  protected?: boolean;
  /** When protected: whether formatting cells is allowed (default true, as the add-in's own sheets). */
  allowFormatCells?: boolean;
}

export interface FakeNote {
  sheet: string;
  cell: string;
  content: string;
}

export interface FakeExcel {
  /** Pass this as the `context` argument. */
  context: any;
  ops: Op[];
  /** Names of sheets added, in order. */
  added: string[];
  /** Settings store standing in for Office.context.document.settings. */
  settings: Map<string, unknown>;
  /** Charts added (`worksheet.charts.add`), in order: the sheet, chart type, the source range's path, seriesBy; the chart's own sets and calls are logged under `Sheet.charts[i]`. */
  charts: { sheet: string; type: unknown; source: string | undefined; seriesBy: unknown }[];
  /** Set values logged for `path` (e.g. "Sheet1!D7.format.fill.color"). */
  setsOf(path: string): unknown[];
  /** Calls logged whose path ends with `suffix`. */
  callsTo(suffix: string): Op[];
}

const ERROR_PREFIX = 'Error, ';

function isMock(v: unknown): boolean {
  return v instanceof OfficeMockObject;
}

/** Build a fake with these existing sheets (and, for notes tests, these existing notes). */
export function fakeExcel(sheets: FakeSheet[], notes: FakeNote[] = []): FakeExcel {
  const ops: Op[] = [];
  const registry: OfficeMockObject[] = [];
  const added: string[] = [];
  const settings = new Map<string, unknown>();

  /** Wrap a mock so sets of plain properties are logged; nested mocks come back wrapped too. */
  function logged<T extends object>(target: T, path: string): T {
    return new Proxy(target, {
      get(t, key, receiver) {
        const v = Reflect.get(t, key, receiver);
        if (typeof key === 'string' && !key.startsWith('_') && isMock(v)) return logged(v as object, `${path}.${key}`);
        return v;
      },
      set(t, key, value, receiver) {
        if (typeof key === 'string' && !key.startsWith('_') && !isMock(value) && !(typeof value === 'string' && value.startsWith(ERROR_PREFIX))) {
          ops.push({ kind: 'set', path: `${path}.${key}`, value });
        }
        return Reflect.set(t, key, value, receiver);
      },
    });
  }

  function call(path: string, impl?: (...args: any[]) => unknown) {
    return function (this: unknown, ...args: unknown[]) {
      ops.push({ kind: 'call', path, args });
      return impl ? impl.apply(this, args) : undefined;
    };
  }

  const pathOf = new WeakMap<object, string>();
  const charts: FakeExcel['charts'] = [];

  function newMock(data: object, path: string): any {
    const m = new OfficeMockObject(data as never);
    registry.push(m);
    const proxy = logged(m, path);
    pathOf.set(proxy, path);
    return proxy;
  }

  /** A chart proxy: title, legend, data labels, axes, series (getItemAt), setPosition. */
  function chartMock(sheet: string, type: unknown, source: unknown, seriesBy: unknown): any {
    const path = `${sheet}.charts[${charts.filter((c) => c.sheet === sheet).length}]`;
    charts.push({ sheet, type, source: pathOf.get(source as object), seriesBy });
    return newMock(
      {
        title: {},
        legend: {},
        dataLabels: {},
        axes: { valueAxis: {}, categoryAxis: {} },
        series: { getItemAt: call(`${path}.series.getItemAt`, (i: number) => newMock({ setXAxisValues: call(`${path}.series[${i}].setXAxisValues`) }, `${path}.series[${i}]`)) },
        setPosition: call(`${path}.setPosition`),
      },
      path,
    );
  }

  function rangeData(sheet: FakeSheet, address: string): object {
    const p = `${sheet.name}!${address}`;
    const own = sheet.cells?.[address] ?? {};
    return {
      address: `${sheet.name}!${address}`,
      format: {
        font: {},
        fill: { color: own.fill ?? '#FFFFFF', pattern: own.pattern ?? (own.fill ? 'Solid' : 'None'), clear: call(`${p}.format.fill.clear`) },
        borders: { getItem: call(`${p}.format.borders.getItem`, (edge: string) => newMock({}, `${p}.format.borders.${edge}`)) },
        protection: {},
        autofitRows: call(`${p}.format.autofitRows`),
      },
      dataValidation: {},
      conditionalFormats: {
        add: call(`${p}.conditionalFormats.add`, () => newMock({ dataBar: { positiveFormat: {} } }, `${p}.conditionalFormats[]`)),
      },
      merge: call(`${p}.merge`),
      select: call(`${p}.select`),
    };
  }

  function sheetData(sheet: FakeSheet): object {
    const n = sheet.name;
    const used = sheet.used;
    const usedData = used
      ? {
          isNullObject: false,
          address: `${n}!X`,
          rowIndex: used.row,
          columnIndex: used.col,
          values: used.values,
          text: used.text ?? used.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v)))),
          numberFormat: used.numberFormat ?? used.values.map((r) => r.map(() => 'General')),
        }
      : { isNullObject: true, address: '', rowIndex: 0, columnIndex: 0, values: [[]], text: [[]], numberFormat: [[]] };
    return {
      name: n,
      visibility: sheet.visibility ?? 'Visible',
      usedRange: usedData,
      whole: {
        mergedAreas: { isNullObject: sheet.merges ? false : true, address: sheet.merges ?? '' },
        getMergedAreasOrNullObject: call(`${n}.getMergedAreasOrNullObject`, function (this: any) {
          this.mergedAreas.load('isNullObject'); // Office.js sets isNullObject on every *OrNullObject result
          return this.mergedAreas;
        }),
      },
      getUsedRangeOrNullObject: call(`${n}.getUsedRangeOrNullObject`, function (this: any) {
        this.usedRange.load('isNullObject');
        return this.usedRange;
      }),
      getUsedRange: call(`${n}.getUsedRange`, function (this: any) {
        return this.usedRange;
      }),
      getRange: call(`${n}.getRange`, function (this: any, address?: string) {
        return address ? newMock(rangeData(sheet, address), `${n}!${address}`) : this.whole;
      }),
      activate: call(`${n}.activate`),
      delete: call(`${n}.delete`),
      protection: { protected: Boolean(sheet.protected), options: { allowFormatCells: sheet.allowFormatCells ?? true }, protect: call(`${n}.protection.protect`), unprotect: call(`${n}.protection.unprotect`) },
      notes: { add: call(`${n}.notes.add`) },
      charts: { add: call(`${n}.charts.add`, (type: unknown, source: unknown, seriesBy: unknown) => chartMock(n, type, source, seriesBy)) },
      comments: { add: call(`${n}.comments.add`) },
      pageLayout: { headersFooters: { defaultForAllPages: {} }, setPrintTitleRows: call(`${n}.pageLayout.setPrintTitleRows`) },
      horizontalPageBreaks: { add: call(`${n}.horizontalPageBreaks.add`) },
      freezePanes: {
        freezeAt: call(`${n}.freezePanes.freezeAt`),
        freezeRows: call(`${n}.freezePanes.freezeRows`),
        freezeColumns: call(`${n}.freezePanes.freezeColumns`),
      },
    };
  }

  const sheetMocks = sheets.map((s) => newMock(sheetData(s), s.name));
  const noteMocks = notes.map((nt) =>
    newMock(
      {
        content: nt.content,
        location: { address: `${nt.sheet}!${nt.cell}` },
        getLocation: call(`notes[${nt.sheet}!${nt.cell}].getLocation`, function (this: any) {
          return this.location;
        }),
        delete: call(`notes[${nt.sheet}!${nt.cell}].delete`),
      },
      `notes[${nt.sheet}!${nt.cell}]`,
    ),
  );

  const worksheets = newMock(
    {
      load: call('worksheets.load', function (this: any, props: string) {
        const inner = String(props)
          .split(',')
          .map((p) => p.trim().replace(/^items\//, ''))
          .filter((p) => p && p !== 'items')
          .join(',');
        for (const s of sheetMocks) s.load(inner || 'name');
        this.items = sheetMocks;
        return this;
      }),
      add: call('worksheets.add', (name: string) => {
        added.push(name);
        return newMock(sheetData({ name }), name);
      }),
      getItem: call('worksheets.getItem', (name: string) => {
        const i = sheets.findIndex((s) => s.name === name);
        if (i >= 0) return sheetMocks[i];
        const j = added.indexOf(name);
        if (j >= 0) return newMock(sheetData({ name }), name);
        throw new Error(`ItemNotFound: ${name}`);
      }),
      // ExcelApi 1.4: a missing name gives a null worksheet (isNullObject true) whose used range is null too.
      getItemOrNullObject: call('worksheets.getItemOrNullObject', (name: string) => {
        const i = sheets.findIndex((s) => s.name === name);
        if (i >= 0) return sheetMocks[i];
        return newMock({ ...sheetData({ name, used: null }), isNullObject: true }, `null:${name}`);
      }),
    },
    'worksheets',
  );

  const workbookNotes = newMock(
    {
      load: call('notes.load', function (this: any, props: string) {
        const inner = String(props)
          .split(',')
          .map((p) => p.trim().replace(/^items\//, ''))
          .filter((p) => p && p !== 'items')
          .join(',');
        for (const m of noteMocks) m.load(inner || 'content');
        this.items = noteMocks;
        return this;
      }),
      add: call('notes.add'),
    },
    'notes',
  );

  const context: any = {
    workbook: {
      worksheets,
      notes: workbookNotes,
      comments: workbookNotes,
    },
    async sync() {
      for (const m of [...registry]) await m.sync();
      await new Promise((r) => setTimeout(r, 0));
    },
  };

  return {
    context,
    ops,
    added,
    settings,
    charts,
    setsOf: (path) => ops.filter((o) => o.kind === 'set' && o.path === path).map((o) => o.value),
    callsTo: (suffix) => ops.filter((o) => o.kind === 'call' && o.path.endsWith(suffix)),
  };
}
