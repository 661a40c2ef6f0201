import type { GridBook, Grid } from './grid';
import { chunkPairs, chunksOf, keyValueMap, keyValueSheetPlan } from './key-values';
import type { SheetPlan, SheetRole, WorkbookPlan } from './plan';
import { uniqueSheetName } from './names';

/**
 * Hidden metadata: the add-in's identity marks inside a workbook it wrote, so a received file can be recognised
 * (template id and version, unit, quarter) and the add-in can find (and replace) its own sheets.
 *
 * It is kept in a very hidden worksheet (Excel's `veryHidden` state, settable from ExcelApi 1.1 and by every .xlsx
 * writer), as key/value rows: column A the key, column B the value, row 1 the header. This works on every Excel
 * version the add-in supports, and in WPS, unlike custom XML parts (ExcelApi 1.5) or worksheet custom properties
 * (ExcelApi 1.12). Visible copies of the identity stay in the title and the 填报单位 line.
 */

/** Name wanted for the metadata sheet (a clash gets "_ptmeta (2)" …; readers look at every sheet with the marker). */
export const METADATA_SHEET = '_ptmeta';
/** Value of the `generator` key: the marker that tells a metadata sheet. */
export const METADATA_MARKER = 'progress-table-addin';

/** What the metadata holds. */
export interface WorkbookMetadata {
  templateId: string;
  templateVersion: string;
  year: number;
  /** Quarter 1..4, when the workbook is for one quarter. */
  quarter?: number;
  /** Unit id of the department the table is for (填报单位), when chosen. */
  unit?: string;
  /** ISO timestamp of writing. */
  createdAt?: string;
  /** Sheet names by role, as finally written (after clash renaming). */
  sheets: Partial<Record<SheetRole, string>>;
  /** The template spec as JSON, when the workbook carries its own spec (a spec made from a notice). */
  specJson?: string;
  /**
   * 'writing' while the add-in is still writing the sheets this metadata names (excel/write-summary records it with
   * the first write and clears it with the last): sheets named by metadata left so by an interrupted write are the
   * add-in's own leftovers, which the next write removes. Absent once complete.
   */
  state?: 'writing';
}

/** The metadata sheet's plan for `meta` (very hidden, protected, two columns). */
export function metadataPlan(meta: WorkbookMetadata): SheetPlan {
  const pairs: [string, string][] = [
    ['generator', METADATA_MARKER],
    ['templateId', meta.templateId],
    ['templateVersion', meta.templateVersion],
    ['year', String(meta.year)],
  ];
  if (meta.quarter !== undefined) pairs.push(['quarter', String(meta.quarter)]);
  if (meta.unit !== undefined) pairs.push(['unit', meta.unit]);
  if (meta.createdAt !== undefined) pairs.push(['createdAt', meta.createdAt]);
  for (const [role, name] of Object.entries(meta.sheets)) if (name) pairs.push([`sheet.${role}`, name]);
  if (meta.state) pairs.push(['state', meta.state]);
  if (meta.specJson) pairs.push(...chunkPairs('spec', meta.specJson));
  return keyValueSheetPlan(METADATA_SHEET, 'metadata', pairs, 18);
}

/** Read the metadata from one grid; undefined when the grid is not a metadata sheet or is malformed. */
export function readMetadataSheet(grid: Grid): WorkbookMetadata | undefined {
  const map = keyValueMap(grid);
  if (map.get('generator') !== METADATA_MARKER) return undefined;
  const templateId = map.get('templateId');
  const templateVersion = map.get('templateVersion');
  const year = Number(map.get('year'));
  if (!templateId || !templateVersion || !Number.isInteger(year)) return undefined;
  const quarter = map.has('quarter') ? Number(map.get('quarter')) : undefined;
  const sheets: Partial<Record<SheetRole, string>> = {};
  for (const [k, v] of map) if (k.startsWith('sheet.')) sheets[k.slice(6) as SheetRole] = v;
  const chunks = chunksOf(map, 'spec');
  return {
    templateId,
    templateVersion,
    year,
    quarter: quarter !== undefined && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : undefined,
    unit: map.get('unit') || undefined,
    createdAt: map.get('createdAt') || undefined,
    sheets,
    specJson: chunks.length ? chunks.join('') : undefined,
    ...(map.get('state') === 'writing' ? { state: 'writing' as const } : {}),
  };
}

/** Every metadata found in a workbook, in tab order (a workbook may hold tables of several quarters). */
export function readMetadata(book: GridBook): WorkbookMetadata[] {
  const out: WorkbookMetadata[] = [];
  for (const g of book.sheets) {
    const m = readMetadataSheet(g);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Give every sheet of `plan` a name that clashes with none of `existing` (the workbook's sheet names) nor with each
 * other, and append the metadata sheet (very hidden) recording `plan.metadata` with the final sheet names.
 * Pure: returns a new plan whose sheets are all to be added as new sheets. The adapters call this before writing,
 * so a sheet the user made is never overwritten.
 */
export function finalizeNames(plan: WorkbookPlan, existing: Iterable<string>): WorkbookPlan {
  const taken = new Set(Array.from(existing));
  const sheets = plan.sheets
    .filter((s) => s.role !== 'metadata')
    .map((s) => {
      const name = uniqueSheetName(s.name, taken);
      taken.add(name);
      return { ...s, name };
    });
  if (!plan.metadata) return { sheets };
  const names: Partial<Record<SheetRole, string>> = { ...plan.metadata.sheets };
  for (const s of sheets) names[s.role] = s.name;
  const metadata = { ...plan.metadata, sheets: names };
  const metaPlan = metadataPlan(metadata);
  metaPlan.name = uniqueSheetName(METADATA_SHEET, taken);
  return { sheets: [...sheets, metaPlan], metadata };
}
