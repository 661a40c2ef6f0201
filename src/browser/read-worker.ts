import type { FileClues } from '../core/read/clues';
import type { GridBook } from '../core/sheet/grid';
import type { ReadAnswer, ReadJob } from '../xlsx/read.worker';

/**
 * Read a chosen file in the pane without ever freezing it: `readWorkbook` runs in a Web Worker
 * (src/xlsx/read.worker.ts) that is terminated when a read takes longer than the timeout. SheetJS 0.20.3 loops
 * forever on some damaged .xls files, and Excel restarts an add-in that is unresponsive for 5 seconds (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins"). One worker serves every file; it is replaced
 * only after a timeout. Reads run one at a time, so each has the whole timeout to itself.
 *
 * Where no Web Worker can run (Node and jsdom in tests, a page whose policy blocks workers) the file is read in the
 * page as before, unguarded.
 */

/** Default time one file may take to read in the pane, in milliseconds (as the CLI: 20 s). */
export const PANE_READ_TIMEOUT_MS = 20_000;

/** Options of `readBookInWorker`. */
export interface PaneReadOptions {
  /** Milliseconds the read may take (default `PANE_READ_TIMEOUT_MS`). */
  timeoutMs?: number;
  /** The merge's budget (xlsx/read `mergeBudget()`): what the worker spends is taken from `remaining`. */
  budget?: { remaining: number };
}

let worker: Worker | undefined;
/** True once the worker has answered: an error event after that is the file's fault, not the worker's. */
let answered = false;
/** True when no worker can start here: files are read in the page. */
let inPage = typeof Worker === 'undefined';
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/**
 * An error carrying the reader's code and clues, shaped as the file adapter's WorkbookReadError (name, code, message,
 * clues) without loading SheetJS into the page: callers look at `code` (`officeErrorCode`) and `clues` (whose file).
 */
function readError(code: string | undefined, message: string, clues?: FileClues, params?: Record<string, number>): Error {
  const error = new Error(message);
  if (code) {
    error.name = 'WorkbookReadError';
    Object.assign(error, { code, clues: clues ?? {}, params: params ?? {} });
  }
  return error;
}

async function readHere(bytes: Uint8Array, fileName: string, budget?: { remaining: number }): Promise<GridBook> {
  const { readWorkbook } = await import('../xlsx/read');
  return readWorkbook(bytes, fileName, budget ? { budget } : {});
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
  answered = false;
}

async function readOne(bytes: Uint8Array, fileName: string, timeoutMs: number, budget?: { remaining: number }): Promise<GridBook> {
  if (inPage) return readHere(bytes, fileName, budget);
  let w: Worker;
  try {
    w = worker ?? (worker = (await import('./read-worker-start')).startReadWorker());
  } catch {
    inPage = true;
    return readHere(bytes, fileName, budget);
  }
  const id = nextId++;
  return new Promise<GridBook>((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ReadAnswer>): void => {
      if (event.data?.id !== id) return;
      finish();
      answered = true;
      if (budget) budget.remaining -= event.data.spent ?? 0;
      if ('book' in event.data) resolve(event.data.book);
      else reject(readError(event.data.error.code, event.data.error.message, event.data.error.clues, event.data.error.params));
    };
    const onError = (event: Event): void => {
      event.preventDefault();
      finish();
      const wasAnswering = answered;
      stopWorker();
      if (wasAnswering) reject(readError('file-corrupt', `${fileName}: the reader stopped`));
      else {
        // The worker never ran (its script blocked or missing): read in the page from now on.
        inPage = true;
        readHere(bytes, fileName, budget).then(resolve, reject);
      }
    };
    const timer = setTimeout(() => {
      finish();
      stopWorker();
      reject(readError('file-corrupt', `${fileName}: reading did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const job: ReadJob = budget ? { id, bytes, fileName, budget: budget.remaining } : { id, bytes, fileName };
    w.postMessage(job);
  });
}

/**
 * Read workbook bytes into a GridBook in the pane's read worker (the file adapter's `readWorkbook`, same result).
 * Rejects with an Error whose `code` is the reader's (WorkbookReadError: file-empty, file-not-workbook, file-corrupt,
 * file-encrypted, file-too-large); a read that takes longer than `timeoutMs` (default 20 s) rejects with
 * 'file-corrupt' and the worker is replaced. Never blocks the page's thread while a worker is available.
 */
export function readBookInWorker(bytes: Uint8Array, fileName: string, opts: PaneReadOptions = {}): Promise<GridBook> {
  const run = queue.then(() => readOne(bytes, fileName, opts.timeoutMs ?? PANE_READ_TIMEOUT_MS, opts.budget));
  queue = run.catch(() => undefined);
  return run;
}
