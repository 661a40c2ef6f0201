import { METADATA_SHEET, readMetadataSheet } from '../core/sheet/metadata';
import { metadataPairs, newSpecSheetPlan, specSheetCells, specSheetOf, workbookSpecOf, type FoundMetadata, type WorkbookSpec } from '../core/sheet/spec-sheet';
import type { TemplateSpec } from '../core/spec/schema';
import type { WpsWorkbook, WpsWorksheet } from './api';
import { addSheetAtEnd, protectSheet, writeSheetPlan, writeValues } from './apply-plan';
import { readSheet, readSheetList } from './read-grid';

/**
 * The 清单 (template spec) kept inside the open WPS workbook, in the add-in's very hidden metadata sheets, exactly
 * as excel/spec-store keeps it in Excel (core/sheet/spec-sheet: the spec sheet records no sheets of its own), so a
 * workbook keeps its 清单 when it moves between WPS and Excel. A user sheet is never read beyond its name and
 * visibility, never written.
 *
 * Host calls: the sheet list with protection (about 6 a sheet), then only the very hidden or `_ptmeta…` sheets'
 * used ranges; writing adds one sheet or rewrites one block of values.
 */

type FoundMeta = FoundMetadata<WpsWorksheet>;

function findMetadataSheets(workbook: WpsWorkbook): { names: string[]; found: FoundMeta[] } {
  const { sheets, worksheets } = readSheetList(workbook, { protection: true });
  const found: FoundMeta[] = [];
  sheets.forEach((s, i) => {
    if (s.visibility !== 'veryHidden' && !s.name.startsWith(METADATA_SHEET)) return;
    const grid = readSheet(worksheets[i], s);
    const meta = readMetadataSheet(grid);
    if (!meta) return;
    found.push({ name: s.name, meta, pairs: metadataPairs(grid), lastRow: grid.origin.row + grid.rows.length, protected: s.protection?.protected === true, worksheet: worksheets[i] });
  });
  return { names: sheets.map((s) => s.name), found };
}

/** The workbook's spec: the spec sheet's, else the first template metadata carrying one (as excel/spec-store). */
export function readWorkbookSpec(workbook: WpsWorkbook): WorkbookSpec {
  const { found } = findMetadataSheets(workbook);
  return workbookSpecOf(found);
}

/**
 * Keep `spec` as the workbook's spec (`embedded`: the choice of the embedded spec, no chunks). An existing spec
 * sheet gets its spec keys replaced and every other key kept (unprotected first, protected again); otherwise a new
 * very hidden, protected `_ptmeta` sheet is added. Throws the host's error when a call fails.
 */
export function writeWorkbookSpec(workbook: WpsWorkbook, spec: TemplateSpec, options: { embedded?: boolean } = {}): { sheet: string; added: boolean } {
  const specJson = options.embedded ? undefined : JSON.stringify(spec);
  const { names, found } = findMetadataSheets(workbook);
  const own = specSheetOf(found);
  if (!own) {
    const plan = newSpecSheetPlan(spec, specJson, names);
    writeSheetPlan(addSheetAtEnd(workbook, plan.name), plan);
    return { sheet: plan.name, added: true };
  }
  if (own.protected) own.worksheet.Unprotect();
  writeValues(own.worksheet, { cells: specSheetCells(own.pairs, spec, specJson, own.lastRow), styles: { text: { numberFormat: '@' } } });
  protectSheet(own.worksheet);
  return { sheet: own.name, added: false };
}
