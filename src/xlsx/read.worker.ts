import type { FileClues } from '../core/read/clues';
import { readWorkbook } from './read';

/**
 * The pane's Web Worker entry (webpack 5 emits it as a file of its own, from
 * `new Worker(new URL('../xlsx/read.worker.ts', import.meta.url))` in src/browser/read-worker-start.ts):
 * it runs `readWorkbook` off the page's thread, so a file on which SheetJS loops (a damaged .xls) cannot freeze the
 * pane; the page terminates the worker after its timeout.
 *
 * Messages: in `ReadJob` {id, bytes, fileName, budget?}; out `ReadAnswer` {id, book, spent} or
 * {id, error: {code?, message, clues?, params?}, spent} (`code`, `clues`, `params` are WorkbookReadError's, absent for
 * any other failure; `spent` the bytes of the merge's budget the read used, 0 without a budget).
 */

/** A file to read: its bytes and name; `id` pairs the answer with the job; `budget` what the merge may still inflate. */
export interface ReadJob {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  budget?: number;
}

/** The answer to a `ReadJob`. */
export type ReadAnswer =
  | { id: number; book: ReturnType<typeof readWorkbook>; spent?: number }
  | { id: number; error: { code?: string; message: string; clues?: FileClues; params?: Record<string, number> }; spent?: number };

/** The worker's global scope, as far as this file needs it (the DOM lib has no DedicatedWorkerGlobalScope). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadJob>) => void): void;
  postMessage(message: ReadAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, bytes, fileName } = event.data;
  const budget = event.data.budget !== undefined ? { remaining: event.data.budget } : undefined;
  const spent = () => (budget && event.data.budget !== undefined ? event.data.budget - budget.remaining : 0);
  try {
    const book = readWorkbook(bytes, fileName, budget ? { budget } : {});
    scope.postMessage({ id, book, spent: spent() });
  } catch (err) {
    const known = err instanceof Error && err.name === 'WorkbookReadError' ? (err as Error & { code: string; clues?: FileClues; params?: Record<string, number> }) : undefined;
    const params = known?.params && Object.keys(known.params).length ? { params: known.params } : {};
    scope.postMessage({
      id,
      error: { ...(known ? { code: known.code } : {}), message: err instanceof Error ? err.message : String(err), ...(known?.clues ? { clues: known.clues } : {}), ...params },
      spent: spent(),
    });
  }
});
