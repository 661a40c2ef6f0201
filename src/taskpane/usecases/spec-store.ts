import { LINZI_2026 } from '../../core/spec/linzi-2026';
import { parseTemplateSpecJson, type TemplateSpec } from '../../core/spec/schema';
import { readWorkbookSpec, writeWorkbookSpec, type WorkbookSpec } from '../../excel/spec-store';
import { wpsApplication, type WpsApplication } from '../../wps/api';
import { hostCall } from '../../wps/errors';
import * as wpsSpec from '../../wps/spec-store';
import { activeWorkbook } from '../../wps/validate-in-wps';
import type { Host } from './types';

/**
 * Where the pane keeps the spec a person chose on the 清单 page, so it is the active spec next time (issue 6):
 * inside Excel, the open workbook's hidden metadata (excel/spec-store: it travels with the workbook, so validation
 * and merge of files made from it use the same spec); in a browser, the page's localStorage (offline, on this
 * machine only). Loading never throws: a store that cannot be read gives `none`, a kept spec that fails the schema
 * gives `bad` with its problems.
 */

/** What a store holds: nothing (use the embedded spec), a spec, or a spec that does not parse. */
export type LoadedSpec =
  | { kind: 'none' }
  | { kind: 'spec'; spec: TemplateSpec }
  | { kind: 'bad'; errors: string[] };

export interface SpecStore {
  /** The kept spec. */
  load(): Promise<LoadedSpec>;
  /**
   * Keep `spec` (the embedded spec clears what was kept). Resolves `kept: false` when this host cannot keep it
   * (Excel 2016, localStorage disabled); rejects with the OfficeExtension.Error of a failed Excel sync.
   */
  save(spec: TemplateSpec): Promise<{ kept: boolean }>;
}

/** True when `spec` is the embedded 2026 spec (same content, not merely the same id). */
export function isEmbeddedSpec(spec: TemplateSpec): boolean {
  return spec === LINZI_2026 || JSON.stringify(spec) === JSON.stringify(LINZI_2026);
}

/** Key of the chosen spec in localStorage. */
export const SPEC_STORAGE_KEY = 'progress-table-addin.spec';

/** The browser's store over `storage` (default `globalThis.localStorage`). */
export function browserSpecStore(storage: Storage | undefined = (globalThis as { localStorage?: Storage }).localStorage): SpecStore {
  return {
    load() {
      let text: string | null = null;
      try {
        text = storage?.getItem(SPEC_STORAGE_KEY) ?? null;
      } catch {
        text = null;
      }
      if (text === null) return Promise.resolve({ kind: 'none' });
      const parsed = parseTemplateSpecJson(text);
      return Promise.resolve(parsed.ok ? { kind: 'spec', spec: parsed.spec } : { kind: 'bad', errors: parsed.errors });
    },
    save(spec) {
      try {
        if (!storage) return Promise.resolve({ kept: false });
        if (isEmbeddedSpec(spec)) storage.removeItem(SPEC_STORAGE_KEY);
        else storage.setItem(SPEC_STORAGE_KEY, JSON.stringify(spec));
        return Promise.resolve({ kept: true });
      } catch {
        return Promise.resolve({ kept: false });
      }
    },
  };
}

/** The store inside Excel: the open workbook's spec sheet (excel/spec-store), each call in its own `Excel.run`. */
export function excelSpecStore(): SpecStore {
  return {
    async load() {
      return loadedFrom(await Excel.run((context) => readWorkbookSpec(context)));
    },
    async save(spec) {
      const result = await Excel.run((context) => writeWorkbookSpec(context, spec, { embedded: isEmbeddedSpec(spec) }));
      return { kept: result.sheet !== undefined };
    },
  };
}

/** What a workbook's kept spec gives the pane. */
function loadedFrom(found: WorkbookSpec): LoadedSpec {
  if (found.specJson === undefined) return { kind: 'none' };
  const parsed = parseTemplateSpecJson(found.specJson);
  return parsed.ok ? { kind: 'spec', spec: parsed.spec } : { kind: 'bad', errors: parsed.errors };
}

/** The store inside WPS 表格: the open workbook's spec sheet (wps/spec-store, the same sheet as in Excel). */
export function wpsSpecStore(app: WpsApplication): SpecStore {
  return {
    load: async () => loadedFrom(hostCall(() => wpsSpec.readWorkbookSpec(activeWorkbook(app)))),
    save: async (spec) => {
      hostCall(() => wpsSpec.writeWorkbookSpec(activeWorkbook(app), spec, { embedded: isEmbeddedSpec(spec) }));
      return { kept: true };
    },
  };
}

/** The store for a host. */
export function specStoreFor(host: Host): SpecStore {
  const app = host === 'wps' ? wpsApplication() : undefined;
  if (app) return wpsSpecStore(app);
  return host === 'excel' ? excelSpecStore() : browserSpecStore();
}
