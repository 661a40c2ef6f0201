/**
 * The one place that calls `context.sync()`. Every Office.js round trip of the add-in goes through `syncContext`,
 * so tests (and a curious developer) can count round trips: DESIGN.md asks that the number of syncs never grows
 * with the data (rows, units, files).
 *
 * Source: Microsoft, "Excel JavaScript object model in Office Add-ins" (proxy objects, load, sync).
 */

/** Anything with Office.js's `sync()`: an `Excel.RequestContext` (or a test double of one). */
export interface Syncable {
  sync(): Promise<unknown>;
}

/** Called after every completed sync with a label saying what the round trip was for. */
export type SyncListener = (label: string) => void;

const listeners = new Set<SyncListener>();

/**
 * Send the queued commands to Excel and wait for the answer (one round trip). `label` names the step
 * (e.g. "insert:read-names") for counters and error reports. Rejects with whatever `context.sync()` rejects
 * with (an `OfficeExtension.Error`; map it with `excel/errors`).
 */
export async function syncContext(context: Syncable, label = 'sync'): Promise<void> {
  await context.sync();
  for (const l of listeners) l(label);
}

/** Register a listener for completed syncs; returns the function that removes it. */
export function onSync(listener: SyncListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * A counter for tests: `const c = countSyncs(); … ; c.count; c.labels; c.stop()`. Counts completed syncs made by
 * `syncContext` from now until `stop()`.
 */
export function countSyncs(): { readonly count: number; readonly labels: string[]; stop: () => void } {
  const labels: string[] = [];
  const stop = onSync((l) => labels.push(l));
  return {
    get count() {
      return labels.length;
    },
    labels,
    stop,
  };
}
