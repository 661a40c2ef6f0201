/**
 * The pane's read worker in the WPS build (scripts/build-wps.js puts this in place of
 * browser/read-worker-start): the worker is its own file next to the page, read.worker.js, built by the same
 * script; webpack's `new URL(…, import.meta.url)` form does not exist in that single-file bundle.
 */
export function startReadWorker(): Worker {
  return new Worker(new URL('read.worker.js', document.baseURI), { name: 'read-workbook' });
}
