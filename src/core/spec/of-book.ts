import { readMetadata } from '../sheet/metadata';
import type { GridBook } from '../sheet/grid';
import { LINZI_2026 } from './linzi-2026';
import { parseTemplateSpec, type TemplateSpec } from './schema';

/**
 * The spec a workbook already read keeps (pure): the add-in's spec sheet's (the first metadata sheet recording no
 * sheets of its own, core/sheet/metadata), else the first template metadata (tab order) carrying `specJson`;
 * LINZI_2026 when there is none, when the spec sheet records the embedded spec, or when the JSON is broken or fails
 * `parseTemplateSpec` (a damaged workbook never stops validation). `book` must include the very hidden sheets.
 * Shared by the Excel adapter (excel/spec-store) and the WPS adapter (wps/spec-store). Never throws.
 */
export function specOfBook(book: GridBook): { spec: TemplateSpec; own: boolean } {
  const metas = readMetadata(book);
  const chosen = metas.find((m) => Object.keys(m.sheets).length === 0);
  const json = chosen ? chosen.specJson : metas.find((m) => m.specJson)?.specJson;
  if (!json) return { spec: LINZI_2026, own: false };
  try {
    const parsed = parseTemplateSpec(JSON.parse(json));
    return parsed.ok ? { spec: parsed.spec, own: true } : { spec: LINZI_2026, own: false };
  } catch {
    return { spec: LINZI_2026, own: false };
  }
}
