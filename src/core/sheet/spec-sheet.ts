import { cellAt, type Grid } from './grid';
import { METADATA_SHEET, metadataPlan, type WorkbookMetadata } from './metadata';
import { uniqueSheetName } from './names';
import type { PlanCell, SheetPlan } from './plan';
import type { TemplateSpec } from '../spec/schema';

/**
 * The add-in's *spec sheet* (issue 6: the 清单 kept in the workbook), the pure part shared by the Excel adapter
 * (excel/spec-store) and the WPS adapter (wps/spec-store): a metadata sheet (core/sheet/metadata) that records no
 * sheets of its own, whose templateId / templateVersion / year / spec chunks name the spec. Rewriting it replaces
 * those keys and keeps every other key as it is.
 */

/** Keys a spec sheet rewrites; every other key (the header row, generator, createdAt …) is kept as it is. */
export const SPEC_KEYS = /^(templateId|templateVersion|year|spec\.\d+)$/;

/** The key/value rows of a metadata grid as read (column A the key, column B the value; rows without a key skipped). */
export function metadataPairs(grid: Grid): [string, string][] {
  const pairs: [string, string][] = [];
  for (let r = grid.origin.row; r < grid.origin.row + grid.rows.length; r++) {
    const k = cellAt(grid, r, 0);
    if (!k || typeof k.value !== 'string' || k.value === '') continue;
    const v = cellAt(grid, r, 1);
    pairs.push([k.value, v ? (v.value === null ? '' : String(v.value)) : '']);
  }
  return pairs;
}

/** The spec sheet among metadata found: the first recording no sheets of its own. */
export function specSheetOf<T extends { meta: WorkbookMetadata }>(found: readonly T[]): T | undefined {
  return found.find((f) => Object.keys(f.meta.sheets).length === 0);
}

/** The key/value pairs a spec (or the embedded spec: `specJson` undefined) gives a spec sheet (SPEC_KEYS only). */
export function specPairs(spec: TemplateSpec, specJson: string | undefined): [string, string][] {
  const plan = metadataPlan({ templateId: spec.id, templateVersion: spec.version, year: spec.year, sheets: {}, ...(specJson ? { specJson } : {}) });
  const pairs: [string, string][] = [];
  for (const c of plan.cells) {
    if (c.col === 0 && c.row > 0) pairs.push([String(c.value), '']);
    if (c.col === 1 && c.row > 0) pairs[pairs.length - 1][1] = String(c.value);
  }
  return pairs.filter(([k]) => SPEC_KEYS.test(k));
}

/**
 * The cells (style 'text', columns A and B, from row 0) that rewrite a spec sheet holding `kept` pairs (its keys other
 * than SPEC_KEYS, in order) for `spec`, blanking rows up to `lastRow` (1-based, the used range's last row).
 */
export function specSheetCells(kept: readonly [string, string][], spec: TemplateSpec, specJson: string | undefined, lastRow: number): PlanCell[] {
  const pairs = [...kept.filter(([k]) => !SPEC_KEYS.test(k)), ...specPairs(spec, specJson)];
  const rows = Math.max(pairs.length, lastRow);
  const cells: PlanCell[] = [];
  for (let r = 0; r < rows; r++) {
    const [k, v] = pairs[r] ?? ['', ''];
    cells.push({ row: r, col: 0, value: k, style: 'text' }, { row: r, col: 1, value: v, style: 'text' });
  }
  return cells;
}

/**
 * One metadata sheet an adapter found, with the host's worksheet object `W`: its name, parsed metadata, key/value
 * rows as read (`metadataPairs`), the used range's last row (1-based, for blanking rows no longer used), protection.
 */
export interface FoundMetadata<W> {
  name: string;
  meta: WorkbookMetadata;
  pairs: [string, string][];
  lastRow: number;
  protected: boolean;
  worksheet: W;
}

/** What the workbook says about its spec. */
export interface WorkbookSpec {
  /** Name of the metadata sheet the answer comes from; undefined when the workbook has none. */
  sheet?: string;
  /** The spec's JSON, unparsed (core/spec/schema `parseTemplateSpecJson`); undefined = no own spec. */
  specJson?: string;
  /** True when the answer comes from the add-in's spec sheet (a spec chosen in the pane), not from a template's. */
  chosen: boolean;
}

/** The workbook's spec among the metadata found (tab order): the spec sheet's, else the first template metadata carrying one. */
export function workbookSpecOf(found: readonly { name: string; meta: WorkbookMetadata }[]): WorkbookSpec {
  const own = specSheetOf(found);
  if (own) return { sheet: own.name, chosen: true, ...(own.meta.specJson ? { specJson: own.meta.specJson } : {}) };
  const carrying = found.find((f) => f.meta.specJson);
  return carrying ? { sheet: carrying.name, specJson: carrying.meta.specJson, chosen: false } : { chosen: false };
}

/** A new spec sheet for `spec` (`specJson` undefined: the embedded spec, no chunks), named clear of `names` ("_ptmeta (2)" …). */
export function newSpecSheetPlan(spec: TemplateSpec, specJson: string | undefined, names: readonly string[]): SheetPlan {
  const plan = metadataPlan({ templateId: spec.id, templateVersion: spec.version, year: spec.year, sheets: {}, ...(specJson ? { specJson } : {}) });
  return { ...plan, name: uniqueSheetName(METADATA_SHEET, names) };
}
