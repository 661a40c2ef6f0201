import { METADATA_SHEET, readMetadataSheet } from '../core/sheet/metadata';
import { specOfBook } from '../core/spec/of-book';
import { metadataPairs, newSpecSheetPlan, specSheetCells, specSheetOf, workbookSpecOf, type FoundMetadata, type WorkbookSpec } from '../core/sheet/spec-sheet';
import type { TemplateSpec } from '../core/spec/schema';
import { writeSheetPlan, writeValues } from './apply-plan';
import { gridFrom, queueSheetList, queueSheetRead } from './read-grid';
import { hostSupport, type ApiSupport } from './requirements';
import { syncContext } from './sync';

/**
 * The template spec kept inside the open workbook (issue 6: "kept inside the workbook so that validation and merge
 * use the same spec later"), in the add-in's very hidden metadata sheets (core/sheet/metadata: key/value rows,
 * `spec.0`, `spec.1` … holding the spec's JSON in chunks of at most 30,000 characters).
 *
 * The workbook's spec lives in the add-in's *spec sheet*: a metadata sheet that records no sheets of its own
 * (`sheets` empty, so the summary's replace never deletes it), whose templateId/templateVersion/year name the spec.
 * Without one, a template's metadata sheet carrying `specJson` (a template made from a notice's spec, e.g. downloaded
 * in a browser and opened here) gives the spec. The spec sheet without spec chunks means "the embedded spec, chosen".
 *
 * Round trips: reading 2 (sheet list; the hidden sheets' used ranges), writing 3 (the same two, then the write),
 * whatever the workbook's size. A user sheet is never read beyond its name and visibility, never written.
 * Requirement sets: sheet list, used range, values and number formats ExcelApi 1.1; sheet visibility and protection
 * 1.2 (without 1.2 no metadata sheet can be hidden, so nothing is written, as `apply-plan` leaves it out too).
 */

export type { WorkbookSpec };

/** One metadata sheet found (core/sheet/spec-sheet). */
type FoundMeta = FoundMetadata<Excel.Worksheet>;

/** Sheet list and protection (sync 1) and the very hidden or `_ptmeta…` sheets' used ranges (sync 2). */
async function findMetadataSheets(context: Excel.RequestContext, support: ApiSupport, label: string): Promise<{ names: string[]; found: FoundMeta[] }> {
  const worksheets = queueSheetList(context, { support, protection: true }); // protection: ExcelApi 1.2, in the same load
  await syncContext(context, `${label}:sheets`);
  const names = worksheets.items.map((w) => w.name);
  const candidates = worksheets.items
    .filter((w) => String(w.visibility) === 'VeryHidden' || w.name.startsWith(METADATA_SHEET))
    .map((worksheet) => ({ worksheet, pending: queueSheetRead(worksheet, support) }));
  if (candidates.length === 0) return { names, found: [] };
  await syncContext(context, `${label}:metadata`);
  const found: FoundMeta[] = [];
  for (const { worksheet, pending } of candidates) {
    const grid = gridFrom(pending);
    const meta = readMetadataSheet(grid);
    if (!meta) continue;
    const pairs = metadataPairs(grid);
    const isProtected = support('1.2') && worksheet.protection?.protected === true;
    found.push({ name: pending.name, meta, pairs, lastRow: grid.origin.row + grid.rows.length, protected: isProtected, worksheet });
  }
  return { names, found };
}

/**
 * The workbook's spec (2 syncs): the spec sheet's, else the first template metadata (tab order) carrying one;
 * `{chosen: false}` with no `specJson` when neither has one. Rejects with the OfficeExtension.Error of a failed sync.
 */
export async function readWorkbookSpec(context: Excel.RequestContext, support: ApiSupport = hostSupport): Promise<WorkbookSpec> {
  const { found } = await findMetadataSheets(context, support, 'spec-read');
  return workbookSpecOf(found);
}

/** The spec a workbook already read keeps: moved to core (core/spec/of-book), shared with the WPS adapter. */
export { specOfBook };

/** What `writeWorkbookSpec` did. */
export interface WriteSpecResult {
  /** The spec sheet written (its name), or undefined when the host cannot hide a sheet (ExcelApi 1.1). */
  sheet?: string;
  /** True when the spec sheet was added (none existed). */
  added: boolean;
}

/**
 * Keep `spec` as the workbook's spec (3 syncs at most). `embedded` true records the choice of the embedded spec (no
 * spec chunks: the spec sheet then says templateId/version only). An existing spec sheet gets its templateId,
 * templateVersion, year and spec chunks replaced and every other key kept (unprotected first when protected, then
 * protected again); otherwise a new very hidden, protected `_ptmeta` sheet (a clash-free name) is added. Template
 * and summary metadata sheets and user sheets are never written. Rejects with the OfficeExtension.Error of a
 * failed sync.
 */
export async function writeWorkbookSpec(
  context: Excel.RequestContext,
  spec: TemplateSpec,
  options: { embedded?: boolean; support?: ApiSupport } = {},
): Promise<WriteSpecResult> {
  const support = options.support ?? hostSupport;
  if (!support('1.2')) return { added: false };
  const specJson = options.embedded ? undefined : JSON.stringify(spec);
  const { names, found } = await findMetadataSheets(context, support, 'spec-write');
  const own = specSheetOf(found);
  if (!own) {
    const plan = newSpecSheetPlan(spec, specJson, names);
    const worksheet = context.workbook.worksheets.add(plan.name); // ExcelApi 1.1
    writeSheetPlan(worksheet, plan, support);
    await syncContext(context, 'spec-write:write');
    return { sheet: plan.name, added: true };
  }
  const cells = specSheetCells(own.pairs, spec, specJson, own.lastRow);
  if (own.protected) own.worksheet.protection.unprotect(); // ExcelApi 1.2
  writeValues(own.worksheet, { cells, styles: { text: { numberFormat: '@' } } });
  own.worksheet.protection.protect({ allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true }); // ExcelApi 1.2
  await syncContext(context, 'spec-write:write');
  return { sheet: own.name, added: false };
}
