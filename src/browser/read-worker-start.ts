/**
 * Starts the pane's read worker (src/xlsx/read.worker.ts). Kept apart from read-worker.ts because of
 * `import.meta.url`: webpack 5 turns this exact `new Worker(new URL(…, import.meta.url))` form into a worker file of
 * its own; tests running CommonJS never load this module (read-worker.ts imports it only where `Worker` exists).
 */
export function startReadWorker(): Worker {
  return new Worker(new URL('../xlsx/read.worker.ts', import.meta.url), { name: 'read-workbook' });
}
