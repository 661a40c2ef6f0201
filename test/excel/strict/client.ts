/* eslint-disable @typescript-eslint/no-explicit-any -- the client script's globals are untyped at run time. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * The real Office.js Excel client, as the add-in serves it (`@microsoft/office-js/dist/excel-win32-16.01.debug.js`,
 * the script Excel on Windows loads; dist/office-js is a copy of the same folder), loaded into a Node `vm` context.
 * Its proxies, `load()` bookkeeping, `PropertyNotLoaded` errors, null objects and request JSON are Microsoft's own;
 * only the transport is ours: `OfficeExtension.HttpUtility.setCustomSendRequestFunc` (a public hook of the client)
 * hands every request to `transport`, and a `RequestContext` made with an http(s) URL sends through it.
 *
 * One load per Jest test file (module registry), about 0.3 s.
 */

/** The request as the client gives it to a custom send function (method, url, headers, body: the JSON object). */
export interface ClientRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** The answer a send function resolves with: HTTP status, headers, body text (JSON). */
export interface ClientResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The loaded client: the vm context's `Excel` and `OfficeExtension` namespaces, and its `Office` global. */
export interface LoadedClient {
  Excel: any;
  OfficeExtension: any;
  Office: any;
  /** Set the function that answers the client's requests (one strict host at a time). */
  setTransport(send: (request: ClientRequest) => Promise<ClientResponse>): void;
  /** Make `Excel.run` (a RequestContext made without a URL) send to `url`, i.e. through the transport. */
  setDefaultRequestUrl(url: string): void;
  /** Set `Office.context` inside the vm (the client's own `isSetSupported` checks read `window.Office.context.requirements`). */
  setOfficeContext(context: unknown): void;
}

/** The Excel client script the tests load (the same file the add-in serves from office-js/). */
export const CLIENT_SCRIPT = path.join(
  path.dirname(require.resolve('@microsoft/office-js/dist/office.js')),
  'excel-win32-16.01.debug.js',
);

let loaded: LoadedClient | undefined;

/**
 * Load the client once (per test file). The sandbox is its own `window` (the script reads `window.*`), with a
 * `navigator` and timers; `Microsoft` is an empty namespace object the script fills in.
 */
export function loadExcelClient(): LoadedClient {
  if (loaded) return loaded;
  const sandbox: any = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) strict-host' },
    Microsoft: {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(CLIENT_SCRIPT, 'utf8'), sandbox, { filename: path.basename(CLIENT_SCRIPT) });
  const realmPromise = vm.runInContext('Promise', sandbox) as PromiseConstructor;
  let send: ((request: ClientRequest) => Promise<ClientResponse>) | undefined;
  sandbox.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request: ClientRequest) => {
    if (!send) throw new Error('strict host: no transport set');
    // The client runs in the vm's realm: answer with a promise of that realm.
    return new realmPromise((resolve: (r: ClientResponse) => void, reject: (e: unknown) => void) => {
      send!(request).then(resolve, reject);
    });
  });
  loaded = {
    Excel: sandbox.Excel,
    OfficeExtension: sandbox.OfficeExtension,
    Office: sandbox.Office,
    setTransport: (f) => {
      send = f;
    },
    setDefaultRequestUrl: (url) => {
      // The client checks the prototype of the object: it must be made in the vm's realm.
      sandbox.OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = vm.runInContext(`({ url: ${JSON.stringify(url)}, headers: {} })`, sandbox);
    },
    setOfficeContext: (context) => {
      // OSF defines Office.context as a getter only: a child object with its own `context` stands in for it.
      if (!Object.prototype.hasOwnProperty.call(sandbox.Office, '__strictHost')) {
        sandbox.Office = Object.create(sandbox.Office, { __strictHost: { value: true }, context: { value: undefined, writable: true } });
      }
      sandbox.Office.context = context;
    },
  };
  return loaded;
}
