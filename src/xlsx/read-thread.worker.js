// The Node worker thread behind `readWorkbookGuarded` (src/xlsx/read-guarded.ts): it runs `readWorkbook` where the
// main thread can stop it. SheetJS 0.20.3 can loop forever on a damaged .xls (one wrong byte in a FORMULA record's
// length): a synchronous check cannot catch that, a worker that is terminated after a timeout can.
//
// Protocol (workerData: {port, flag}): `flag` is an Int32Array over a SharedArrayBuffer; the worker adds 1 to
// flag[0] and notifies after every message it posts on `port`, so the main thread can wait with Atomics.wait and
// take the answer with receiveMessageOnPort, without an event loop turn.
//   first message:  {ready: true} or {ready: false, message} when the reader could not be loaded
//   each job:       in {bytes: Uint8Array, fileName, opts}  ->  out {book} | {error: {code?, message, clues?}}
// The TypeScript source is loaded through tsx's CommonJS register API (the CLI runs under tsx as well).
'use strict';
const path = require('node:path');
const { workerData } = require('node:worker_threads');

const { port, flag } = workerData;
const signal = new Int32Array(flag);

function answer(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

let readWorkbook;
try {
  if (!require.extensions['.ts']) require('tsx/cjs/api').register();
  ({ readWorkbook } = require(path.join(__dirname, 'read.ts')));
  answer({ ready: true });
} catch (err) {
  answer({ ready: false, message: err instanceof Error ? err.message : String(err) });
}

port.on('message', (job) => {
  try {
    answer({ book: readWorkbook(job.bytes, job.fileName, job.opts) });
  } catch (err) {
    const code = err && typeof err.code === 'string' && err.name === 'WorkbookReadError' ? err.code : undefined;
    const clues = code && err.clues && typeof err.clues === 'object' ? err.clues : undefined;
    const params = code && err.params && typeof err.params === 'object' && Object.keys(err.params).length ? err.params : undefined;
    answer({ error: { code, message: err instanceof Error ? err.message : String(err), ...(clues ? { clues } : {}), ...(params ? { params } : {}) } });
  }
});
