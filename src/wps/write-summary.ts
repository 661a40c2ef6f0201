import { finalizeNames, METADATA_SHEET, readMetadataSheet } from '../core/sheet/metadata';
import { uniqueSheetName } from '../core/sheet/names';
import { ownSummariesOf, type OwnSummary } from '../core/sheet/own-summary-sheets';
import { isVisibleSheet, visibleSheetNames, type WorkbookPlan } from '../core/sheet/plan';
import { XL_SHEET, type WpsApplication, type WpsWorkbook } from './api';
import { addSheetAtEnd, writeSheetPlan, type WpsSkipped } from './apply-plan';
import { readSheet, readSheetList } from './read-grid';

/**
 * Writing the summary (汇总) into the open WPS workbook: new sheets, or in place of the add-in's own earlier summary
 * sheets after the user confirmed (core/sheet/own-summary-sheets: only sheets its metadata names under a summary role,
 * and that metadata sheet, are ever deleted; a progress table or any sheet a person made is never touched).
 *
 * The object model is synchronous, so a write cannot be cut off between requests as in Excel on the web; a call WPS
 * refuses part-way (a sheet protected, a cell being edited) is answered by deleting every sheet this write added, so
 * the workbook is as it was, and the error is thrown on. The old summary is deleted only after the new one is
 * complete (the new sheets are written under temporary names, then renamed). Deleting needs alerts off (VBA:
 * Worksheet.Delete asks the user to confirm otherwise), and a very hidden sheet is made merely hidden first (as
 * excel/write-summary does).
 *
 * Host calls grow with the sheets and the plan's rectangles (wps/apply-plan), never with the number of files.
 */

/** The add-in's own earlier summaries ([] when none), for the confirmation; leftovers of a failed write not listed. */
export function findOwnSummarySheets(workbook: WpsWorkbook): OwnSummary[] {
  return readOwnSummaries(workbook).found.filter((o) => !o.writing);
}

function readOwnSummaries(workbook: WpsWorkbook): { names: string[]; found: OwnSummary[] } {
  const { sheets, worksheets } = readSheetList(workbook);
  const metas = sheets.flatMap((s, i) =>
    s.visibility === 'veryHidden' || s.name.startsWith(METADATA_SHEET) ? [{ name: s.name, meta: readMetadataSheet(readSheet(worksheets[i], s)) }] : [],
  );
  const names = sheets.map((s) => s.name);
  return { names, found: ownSummariesOf(metas, new Set(names)) };
}

/** What `writeSummaryPlan` did. */
export interface WpsWriteSummaryResult {
  /** Final names of the sheets written, in plan order (the metadata sheet included). */
  sheets: string[];
  /** The visible ones among them, in plan order: the names to tell a person (the metadata sheet is very hidden). */
  visible: string[];
  /** Sheets deleted (the earlier summary and its metadata sheet). */
  replaced: string[];
  skipped: WpsSkipped[];
}

/** Delete sheets by name with alerts off (very hidden ones made hidden first); alerts restored after. */
function deleteSheets(app: WpsApplication, workbook: WpsWorkbook, names: readonly string[]): void {
  if (!names.length) return;
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    for (const name of names) {
      const ws = workbook.Worksheets.Item(name);
      if (ws.Visible === XL_SHEET.veryHidden) ws.Visible = XL_SHEET.hidden;
      ws.Delete();
    }
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/**
 * Write a summary WorkbookPlan (core/layout `summaryWorkbookPlan`). With `replace`, the add-in's own earlier summary
 * sheets are deleted and the new ones take their names; otherwise clashes get new names. Throws the host's error
 * (after removing what this write added) when a call fails.
 */
export function writeSummaryPlan(app: WpsApplication, workbook: WpsWorkbook, plan: WorkbookPlan, options: { replace?: boolean } = {}): WpsWriteSummaryResult {
  const { names: existing, found } = readOwnSummaries(workbook);
  const own = options.replace ? found : found.filter((o) => o.writing);
  const replaced = own.flatMap((o) => [...o.sheets, o.metadataSheet]);
  const gone = new Set(replaced.map((n) => n.toLowerCase()));
  const final = finalizeNames(plan, existing.filter((n) => !gone.has(n.toLowerCase())));
  const taken = new Set([...existing, ...final.sheets.map((s) => s.name)]);
  const temps = final.sheets.map((s) => {
    if (!gone.has(s.name.toLowerCase())) return s.name;
    const temp = uniqueSheetName(s.name, taken);
    taken.add(temp);
    return temp;
  });
  const skipped = new Set<WpsSkipped>();
  const added: string[] = [];
  try {
    final.sheets.forEach((s, i) => {
      const ws = addSheetAtEnd(workbook, temps[i]);
      added.push(temps[i]);
      for (const f of writeSheetPlan(ws, s)) skipped.add(f);
    });
  } catch (error) {
    try {
      deleteSheets(app, workbook, added);
    } catch {
      // The error of the write is the one to report.
    }
    throw error;
  }
  deleteSheets(app, workbook, replaced);
  final.sheets.forEach((s, i) => {
    if (temps[i] !== s.name) workbook.Worksheets.Item(temps[i]).Name = s.name;
  });
  const first = final.sheets.find(isVisibleSheet);
  if (first) workbook.Worksheets.Item(first.name).Activate();
  return { sheets: final.sheets.map((s) => s.name), visible: visibleSheetNames(final.sheets), replaced, skipped: [...skipped].sort() };
}
