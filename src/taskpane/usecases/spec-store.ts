import { LINZI_2026 } from '../../core/spec/linzi-2026';
import type { TemplateSpec } from '../../core/spec/schema';
import type { WorkbookSpec } from '../../core/sheet/spec-sheet';
import { wpsApplication, type WpsApplication } from '../../wps/api';
import { hostCall } from '../../wps/errors';
import type { Host } from './types';

/**
 * Where the pane keeps the spec a person chose on the 清单 page, so it is the active spec next time (issue 6):
 * inside Excel, the open workbook's hidden metadata (excel/spec-store: it travels with the workbook, so validation
 * and merge of files made from it use the same spec); in a browser, the page's localStorage (offline, on this
 * machine only). Loading does not throw for what is kept: a store that cannot be read gives `none`, a kept spec that
 * fails the schema gives `bad` with its problems. The adapters' stores and the schema (zod) load on first use, so the
 * pane's first load does not carry them; a load that fails rejects (the pane then keeps the embedded spec).
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
      return loadedFromText(text);
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
      const { readWorkbookSpec } = await import('../../excel/spec-store');
      return loadedFrom(await Excel.run((context) => readWorkbookSpec(context)));
    },
    async save(spec) {
      const { writeWorkbookSpec } = await import('../../excel/spec-store');
      const result = await Excel.run((context) => writeWorkbookSpec(context, spec, { embedded: isEmbeddedSpec(spec) }));
      return { kept: result.sheet !== undefined };
    },
  };
}

/** What a workbook's kept spec gives the pane. */
function loadedFrom(found: WorkbookSpec): Promise<LoadedSpec> {
  return found.specJson === undefined ? Promise.resolve({ kind: 'none' }) : loadedFromText(found.specJson);
}

/** A kept spec's JSON text through the schema (core/spec/schema, loaded here: only a kept spec needs it). */
async function loadedFromText(text: string): Promise<LoadedSpec> {
  const { parseTemplateSpecJson } = await import('../../core/spec/schema');
  const parsed = parseTemplateSpecJson(text);
  return parsed.ok ? { kind: 'spec', spec: parsed.spec } : { kind: 'bad', errors: parsed.errors };
}

/** The store inside WPS 表格: the open workbook's spec sheet (wps/spec-store, the same sheet as in Excel). */
export function wpsSpecStore(app: WpsApplication): SpecStore {
  return {
    load: async () => {
      const [store, { activeWorkbook }] = await Promise.all([import('../../wps/spec-store'), import('../../wps/validate-in-wps')]);
      return loadedFrom(hostCall(() => store.readWorkbookSpec(activeWorkbook(app))));
    },
    save: async (spec) => {
      const [store, { activeWorkbook }] = await Promise.all([import('../../wps/spec-store'), import('../../wps/validate-in-wps')]);
      hostCall(() => store.writeWorkbookSpec(activeWorkbook(app), spec, { embedded: isEmbeddedSpec(spec) }));
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
