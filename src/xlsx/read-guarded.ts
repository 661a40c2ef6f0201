import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { FileClues } from '../core/read/clues';
import type { GridBook } from '../core/sheet/grid';
import { readWorkbook, sniffContainer, WorkbookReadError, type ReadOptions, type WorkbookReadErrorCode } from './read';

/**
 * `readWorkbook` for the CLI, where a hanging reader can be stopped. SheetJS 0.20.3 loops forever on some damaged
 * .xls files (a FORMULA record whose length is a few bytes short: test/fixtures/damaged-formula.xls): CFB and XML
 * files are read in a Node worker thread stopped after a timeout (the pane has its own Web Worker in
 * src/browser/read-worker.ts). Zip-based files (.xlsx, .ods) are read in this thread: their directory is
 * checked strictly and every part inflated under a budget by our own code (zip-directory.ts, zip-view.ts), SheetJS
 * gets only the parts and never inflates, so nothing can hang, and the grid is not copied back from a worker. One
 * worker serves every file of a run and is replaced only after a timeout (the first file also pays ~0.5 s of start).
 *
 * The call is synchronous (the main thread waits with `Atomics.wait`), so callers keep their shape.
 */

/** Default time one file may take to read, in milliseconds (20 s: a 20 MB workbook reads in well under 5 s). */
export const DEFAULT_READ_TIMEOUT_MS = 20_000;

/** Environment variable that overrides the default timeout (milliseconds), e.g. for tests. */
export const READ_TIMEOUT_ENV = 'PROGRESS_TABLE_READ_TIMEOUT_MS';

/** Time allowed for the worker to start (load tsx, SheetJS and the reader), in milliseconds; not counted in the timeout. */
const START_TIMEOUT_MS = 60_000;

/** Options of `readWorkbookGuarded`: the reader's limits and the timeout. */
export interface GuardedReadOptions extends ReadOptions {
  /** Milliseconds the read may take (default: $PROGRESS_TABLE_READ_TIMEOUT_MS, else 20,000). */
  timeoutMs?: number;
}

interface ReadWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

type Answer =
  | { ready: true }
  | { ready: false; message: string }
  | { book: GridBook }
  | { error: { code?: WorkbookReadErrorCode; message: string; clues?: FileClues; params?: Record<string, number> } };

let current: ReadWorker | undefined;
/** Set when the worker cannot run here (no worker file, tsx missing): reads then run in this thread, unguarded. */
let unavailable = false;

const WORKER_FILE = path.join(__dirname, 'read-thread.worker.js');

/** Wait up to `ms` for the worker's next answer; undefined on timeout. */
function nextAnswer(w: ReadWorker, seen: number, ms: number): Answer | undefined {
  if (Atomics.wait(w.signal, 0, seen, ms) === 'timed-out' && Atomics.load(w.signal, 0) === seen) return undefined;
  return receiveMessageOnPort(w.port)?.message as Answer | undefined;
}

function startWorker(): ReadWorker | undefined {
  if (unavailable || !fs.existsSync(WORKER_FILE)) {
    unavailable = true;
    return undefined;
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_FILE, { workerData: { port: port2, flag: signal.buffer }, transferList: [port2] });
  // An idle worker must not keep the CLI alive.
  worker.unref();
  port1.unref();
  const w: ReadWorker = { worker, port: port1, signal };
  const ready = nextAnswer(w, 0, START_TIMEOUT_MS);
  if (!ready || !('ready' in ready) || !ready.ready) {
    void worker.terminate();
    unavailable = true;
    return undefined;
  }
  return w;
}

function timeoutFrom(opts: GuardedReadOptions): number {
  if (opts.timeoutMs !== undefined) return opts.timeoutMs;
  const env = Number(process.env[READ_TIMEOUT_ENV]);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_READ_TIMEOUT_MS;
}

/**
 * Read workbook bytes into a GridBook as `readWorkbook` does: a zip-based file in this thread (`opts.budget`, the
 * merge's, is spent there), any other in a worker thread stopped after `timeoutMs`
 * (default 20 s, or $PROGRESS_TABLE_READ_TIMEOUT_MS). Throws WorkbookReadError with the reader's codes; a read that
 * does not finish in time throws 'file-corrupt' (a healthy workbook under the 20 MB limit reads in seconds; the
 * known cause is a damaged .xls) and the worker is replaced. Where no worker can start (the worker file or tsx is
 * missing), it reads in this thread without the guard. Other failures throw a plain Error.
 */
export function readWorkbookGuarded(bytes: Uint8Array, fileName: string, opts: GuardedReadOptions = {}): GridBook {
  const { timeoutMs: _timeout, ...readOpts } = opts;
  if (sniffContainer(bytes) === 'zip') return readWorkbook(bytes, fileName, readOpts);
  const timeoutMs = timeoutFrom(opts);
  current ??= startWorker();
  const w = current;
  if (!w) return readWorkbook(bytes, fileName, readOpts);
  const seen = Atomics.load(w.signal, 0);
  w.port.postMessage({ bytes, fileName, opts: readOpts });
  const answer = nextAnswer(w, seen, timeoutMs);
  if (!answer) {
    closeReadWorker();
    throw new WorkbookReadError('file-corrupt', `${fileName}: reading did not finish within ${timeoutMs} ms`);
  }
  if ('book' in answer) return answer.book;
  if ('error' in answer) {
    if (answer.error.code) throw new WorkbookReadError(answer.error.code, answer.error.message, answer.error.clues, answer.error.params);
    throw new Error(answer.error.message);
  }
  throw new Error(`${fileName}: unexpected answer from the read worker`);
}

/** Stop the read worker (the next read starts a new one). For tests and long-running hosts; the CLI need not call it. */
export function closeReadWorker(): void {
  const w = current;
  current = undefined;
  if (!w) return;
  w.port.close();
  void w.worker.terminate();
}
