/**
 * Jobs whose code loads on first use: the pane's first load carries only the host objects' names and a loader per
 * host, and a job's module (the adapter, the core's validation, merge and layout) is fetched by dynamic `import()` the
 * first time one of its jobs is called (webpack makes it a chunk of its own; test/build/build.test.ts holds the first
 * load's budget). A failed load (webpack's `ChunkLoadError`: the add-in's server cannot be reached) rejects that call
 * and the next call loads again; the page shows `errorLoadFailed` (taskpane/error-text).
 */

/** The methods of `T` that return a Promise: the only kind a deferred object can forward. */
type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/**
 * An object with the methods `names` lists (every key of `T`, checked by the compiler), each of which awaits
 * `load()` (called once; again after a failure) and then calls the loaded object's method with the same arguments.
 */
export function deferredJobs<T extends AsyncMethods<T>>(load: () => Promise<T>, names: { [K in keyof T]-?: true }): T {
  let loading: Promise<T> | undefined;
  const loaded = (): Promise<T> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const name of Object.keys(names) as (keyof T)[]) {
    out[name] = (...args: unknown[]) => loaded().then((jobs) => (jobs[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  return out as T;
}
