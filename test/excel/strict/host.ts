/* eslint-disable @typescript-eslint/no-explicit-any -- the client's namespaces are untyped values from the vm. */
import { loadExcelClient, type ClientRequest, type ClientResponse } from './client';
import { cellOf, emptyCell, newSheet, parseAddress, type Cell, type ProtectionOptions, type Sheet, type Workbook } from './model';
import { enterValue } from './ranges';
import { execute, type ExecutedRequest, type RequestBody } from './server';

/**
 * The strict Excel host for adapter tests: the real Office.js Excel client (client.ts) talking to an in-memory
 * workbook (model.ts, objects.ts, server.ts) that behaves as a chosen Excel does.
 *
 *   const host = strictHost({ level: '1.8', sheets: [{ name: '进展情况表', rows: [['序号', '实事名称']] }] });
 *   const context = host.context();          // a real Excel.RequestContext
 *   await readGrid(context, { support: host.support });
 *   host.requests.length;                    // round trips; host.requests[i].bytesIn / bytesOut
 *   host.install();                          // globalThis.Excel / Office for code that calls Excel.run itself
 *
 * Host levels (`HostLevel`) answer `isSetSupported('ExcelApi', v)` as that Excel does and refuse members of newer
 * sets with ApiNotFound: '1.1' Office 2016 volume, '1.4' Office 2016 retail of 2017, '1.8' and '1.9' Office 2019
 * builds, '1.13' and '1.14' Office 2021, '1.18' Microsoft 365 desktop, 'web' Excel on the web (1.18 plus the web's
 * 5 MB limit on each request and response, documented). The library itself is the npm office.js the add-in serves, so
 * a host at 1.18 still lacks members the library does not have (e.g. `workbook.notes`) — as in the field.
 *
 * Faults a test can switch on: `cellEditMode` (every request fails with InvalidOperationInCellEditMode, documented),
 * `failRequest(n, code)` (the n-th request from now fails before running, as a dropped connection or a busy host).
 */

export type HostLevel = '1.1' | '1.4' | '1.8' | '1.9' | '1.13' | '1.14' | '1.18' | 'web';

/** Every level the flows are tested at. */
export const HOST_LEVELS: readonly HostLevel[] = ['1.1', '1.4', '1.8', '1.9', '1.13', '1.14', '1.18', 'web'];

/** Documented: Excel on the web limits a request or a response to 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A sheet to start with. Rows are written from A1 as Excel's UI would enter them (numbers stay numbers). */
export interface SheetSpec {
  name: string;
  visibility?: Sheet['visibility'];
  /** Values from A1 (0-based rows and columns), null for an empty cell; strings are entered as text. */
  rows?: (string | number | boolean | null)[][];
  /** Number formats by A1 address (e.g. { E5: 'yyyy/m/d' }). */
  numberFormats?: Record<string, string>;
  /** Fills "#RRGGBB" by A1 address. */
  fills?: Record<string, string>;
  /** Merged areas ("A1:E1"); only the top-left value of each is kept, as Excel does. */
  merges?: string[];
  /** Comments by A1 address. */
  comments?: Record<string, string>;
  /** Protected with these options (true: Excel's defaults, nothing allowed). */
  protection?: true | ProtectionOptions;
  /** Unlocked cells ("D5:D20"), for a protected sheet whose fill cells stay editable. */
  unlocked?: string[];
}

/** One round trip as the host saw it. */
export interface RequestRecord extends ExecutedRequest {
  /** Size of the request body and of the response body, in bytes of UTF-8 JSON. */
  bytesIn: number;
  bytesOut: number;
}

export interface StrictHost {
  readonly level: HostLevel;
  readonly book: Workbook;
  /** Every request so far, in order. */
  readonly requests: RequestRecord[];
  /** The requirement-set answer, as `ApiSupport` (src/excel/requirements): `support('1.9')`. */
  support(version: string): boolean;
  /** A new request context of the real client bound to this host. */
  context(): any;
  /** `Excel.run` of the real client bound to this host. */
  run<T>(batch: (context: any) => Promise<T>): Promise<T>;
  /**
   * Make this host the `Excel` and `Office` globals (Office.context.requirements, .document.settings, .ui) for code
   * that calls `Excel.run` or reads the settings itself; returns the function that puts the old globals back.
   * `extra.ui` stands in for Office.context.ui (the dialog API), which the host does not model.
   */
  install(extra?: { ui?: unknown }): () => void;
  /** The document settings as the add-in sees them (Office.Settings: get, set, remove, saveAsync). */
  readonly settings: Office.Settings;
  /** Settings as saved in the file (only `saveAsync` writes here). */
  readonly savedSettings: Map<string, unknown>;
  /** While true, every request fails with InvalidOperationInCellEditMode. */
  cellEditMode: boolean;
  /** Make the request `n` requests from now (1 = the next) fail with `code` before it runs. */
  failRequest(n: number, code?: string): void;
  /**
   * Fail, before it runs, every request for which `rule` answers an error code (e.g. the first one that writes
   * `Values`); `rule` sees the names of the request's method and property actions and method paths (`Add`,
   * `Values`, `GetRange` …) and its 1-based index. Replaces the rule set before.
   */
  failWhen(rule: ((request: { names: string[]; index: number }) => string | undefined) | undefined): void;
  /** The sheet of that name (case-insensitive), or undefined. */
  sheet(name: string): Sheet | undefined;
  /** The cell at an A1 address of a sheet (an empty default cell when never touched). */
  cell(sheet: string, address: string): Cell;
  /** The values of a sheet's used area from A1 as rows (null for empty), for assertions. */
  values(sheet: string): (string | number | boolean | null)[][];
}

/** The ExcelApi versions up to `max` say yes. */
function upTo(max: string): (v: string) => boolean {
  const [maj, min] = max.split('.').map(Number);
  return (v) => {
    const [a, b] = String(v).split('.').map(Number);
    return a < maj || (a === maj && (b || 0) <= min);
  };
}

let current: StrictHost | undefined;

/**
 * Build a strict host at `level` with these sheets (at least one; default one empty "Sheet1"). `ids: false` makes
 * the host answer without worksheet and comment ids (the other reading of Excel's undocumented answer).
 */
export function strictHost(options: { level: HostLevel; sheets?: SheetSpec[]; ids?: boolean }): StrictHost {
  const client = loadExcelClient();
  const level = options.level;
  const supportsExcel = upTo(level === 'web' ? '1.18' : level);
  const book: Workbook = { sheets: [], annotations: [], settings: new Map(), nextId: 1 };
  for (const spec of options.sheets?.length ? options.sheets : [{ name: 'Sheet1' }]) book.sheets.push(buildSheet(book, spec));
  book.activeSheetId = book.sheets.find((s) => s.visibility === 'Visible')?.id;

  const requests: RequestRecord[] = [];
  const faults = new Map<number, string>();
  let rule: ((request: { names: string[]; index: number }) => string | undefined) | undefined;
  const env = { book, supports: supportsExcel, ids: options.ids ?? true };

  const session = new Map<string, unknown>();
  const settings = {
    get: (name: string) => (session.has(name) ? JSON.parse(JSON.stringify(session.get(name))) : null),
    set: (name: string, value: unknown) => {
      // Documented: settings are stored as JSON; a value that cannot be serialised is refused.
      session.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name: string) => {
      session.delete(name);
    },
    saveAsync: (a?: unknown, b?: unknown) => {
      const callback = (typeof a === 'function' ? a : b) as ((r: { status: string }) => void) | undefined;
      setTimeout(() => {
        book.settings = new Map([...session].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]));
        callback?.({ status: 'succeeded' });
      }, 0);
    },
    refreshAsync: (callback?: (r: { status: string; value: unknown }) => void) => {
      setTimeout(() => callback?.({ status: 'succeeded', value: settings }), 0);
    },
    addHandlerAsync: () => undefined,
    removeHandlerAsync: () => undefined,
  } as unknown as Office.Settings;

  const host: StrictHost = {
    level,
    book,
    requests,
    support: (v) => supportsExcel(v),
    settings,
    get savedSettings() {
      return book.settings;
    },
    cellEditMode: false,
    failRequest(n, code = 'GeneralException') {
      faults.set(requests.length + n, code);
    },
    failWhen(f) {
      rule = f;
    },
    context() {
      bind();
      return new client.Excel.RequestContext('https://strict-host.invalid/');
    },
    run(batch) {
      bind();
      return client.Excel.run(batch);
    },
    install(extra = {}) {
      bind();
      const g = globalThis as any;
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = client.Excel;
      g.Office = officeGlobal();
      g.Office.context.ui = extra.ui;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },
    sheet: (name) => book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()),
    cell(sheetName, address) {
      const s = host.sheet(sheetName);
      const rect = parseAddress(address);
      if (!s || !rect) throw new Error(`strict host: no cell ${sheetName}!${address}`);
      return cellOf(s, rect.r0, rect.c0) ?? emptyCell();
    },
    values(sheetName) {
      const s = host.sheet(sheetName);
      if (!s) throw new Error(`strict host: no sheet ${sheetName}`);
      let rows = 0;
      let cols = 0;
      for (const [key, cell] of s.cells) {
        if (cell.value === null) continue;
        const [r, c] = key.split(',').map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellOf(s, r, c)?.value ?? null));
    },
  };

  /** The jest realm's Office global while installed. */
  function officeGlobal() {
    return {
      context: {
        requirements: { isSetSupported: isSetSupported },
        document: { settings },
        displayLanguage: 'zh-CN',
        ui: undefined,
      },
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      HostType: { Excel: 'Excel' },
    };
  }

  function isSetSupported(name: string, version?: string): boolean {
    if (name === 'ExcelApi') return supportsExcel(version ?? '1.1');
    if (name === 'DialogApi') return (version ?? '1.1') === '1.1';
    return false;
  }

  async function send(request: ClientRequest): Promise<ClientResponse> {
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    const index = requests.length + 1;
    const record: RequestRecord = { actions: [], bytesIn: Buffer.byteLength(text), bytesOut: 0 };
    requests.push(record);
    let response: unknown;
    const fault = faults.get(index) ?? rule?.({ names: requestNames(body), index });
    if (host.cellEditMode) response = errorBody('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
    else if (fault) response = errorBody(fault, 'injected fault');
    else if (level === 'web' && record.bytesIn > WEB_PAYLOAD_LIMIT) response = errorBody('RequestPayloadSizeLimitExceeded', 'request over 5 MB');
    else {
      const { response: r, executed } = execute(env, body);
      record.actions = executed.actions;
      if (executed.error) record.error = executed.error;
      response = r;
    }
    let out = JSON.stringify(response);
    if (level === 'web' && Buffer.byteLength(out) > WEB_PAYLOAD_LIMIT) out = JSON.stringify(errorBody('ResponsePayloadSizeLimitExceeded', 'response over 5 MB'));
    const err = (JSON.parse(out) as { Error?: { Code: string; Message: string } }).Error;
    if (err && !record.error) record.error = { code: err.Code, message: err.Message };
    record.bytesOut = Buffer.byteLength(out);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: out };
  }

  /** Point the client (its transport, its own `window.Office` requirement checks, Excel.run's default URL) at this host. */
  function bind() {
    if (current === host) return;
    current = host;
    client.setTransport(send);
    client.setOfficeContext({ requirements: { isSetSupported }, document: { settings }, displayLanguage: 'zh-CN' });
    client.setDefaultRequestUrl('https://strict-host.invalid/');
  }

  bind();
  return host;
}

/** The names of a request's actions and of its method object paths (a method returning an object is a path). */
function requestNames(body: RequestBody): string[] {
  const paths = Object.values(body.ObjectPaths ?? {}).filter((p) => p.ObjectPathType === 3).map((p) => p.Name);
  return [...(body.Actions ?? []).map((a) => a.Name), ...paths].filter(Boolean);
}

function errorBody(code: string, message: string) {
  return { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 400 } };
}

function buildSheet(book: Workbook, spec: SheetSpec): Sheet {
  const sheet = newSheet(book, spec.name);
  sheet.visibility = spec.visibility ?? 'Visible';
  (spec.rows ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = cellOf(sheet, r, c, true);
      if (typeof v === 'string') cell.value = v;
      else enterValue(cell, v);
    }),
  );
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) at(sheet, address).numberFormat = format;
  for (const [address, color] of Object.entries(spec.fills ?? {})) at(sheet, address).fill = { color: color.toUpperCase(), pattern: 'Solid' };
  for (const m of spec.merges ?? []) {
    const rect = parseAddress(m);
    if (!rect) throw new Error(`strict host: bad merge ${m}`);
    sheet.merges.push(rect);
  }
  for (const [address, content] of Object.entries(spec.comments ?? {})) {
    const rect = parseAddress(address)!;
    book.annotations.push({ id: `{comment-${book.nextId++}}`, kind: 'comment', sheetId: sheet.id, row: rect.r0, col: rect.c0, content });
  }
  for (const u of spec.unlocked ?? []) {
    const rect = parseAddress(u)!;
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) cellOf(sheet, r, c, true).locked = false;
  }
  if (spec.protection) {
    sheet.protection = { protected: true, options: spec.protection === true ? {} : { ...spec.protection } };
  }
  return sheet;
}

function at(sheet: Sheet, address: string): Cell {
  const rect = parseAddress(address);
  if (!rect) throw new Error(`strict host: bad address ${address}`);
  return cellOf(sheet, rect.r0, rect.c0, true);
}
