import type { TemplateSpec } from '../../core/spec/schema';
import { insertWorkbookPlan } from '../../excel/apply-plan';
import { clearMarks, selectCell } from '../../excel/mark-findings';
import { validateInExcel } from '../../excel/validate-in-excel';
import { findOwnSummarySheets, writeSummaryPlan } from '../../excel/write-summary';
import { readGrid } from '../../excel/read-grid';
import type { ApiSupport } from '../../excel/requirements';
import { LEDGER_DATA_SHEET } from '../../core/ledger/store';
import { findWorkbookLedger, writeLedgerSheets } from '../../excel/ledger-sheets';
import type { WorkbookLedgerCases } from './ledger-workbook';
import type { MergeOptions, MergeOutcome, WorkbookTableJobs } from './types';
import { mergeBookSheets, ownSummaryEntry, summaryPlanFor, templatePlanFor, validateToday } from './plans';

/**
 * The jobs on the open workbook inside Excel, over the Office.js adapter (src/excel), each in its own `Excel.run`.
 * Loaded on first use by usecases/excel `excelHost` (a chunk of its own: the adapter, validation, merge, layout).
 */
export function excelWorkbookJobs(spec: TemplateSpec): WorkbookTableJobs {
  return {
    insertTemplate: (req) =>
      Excel.run(async (context) => {
        const { visible, skipped } = await insertWorkbookPlan(context, templatePlanFor(spec, req));
        return { sheets: visible, skipped };
      }),
    validateWorkbook: (quarter) =>
      Excel.run(async (context) => {
        const { report, findings, notes, leftAsIs } = await validateInExcel(context, spec, { validate: validateToday, ...(quarter ? { quarter } : {}) });
        return { report, findings, marks: { notes, leftAsIs } };
      }),
    clearMarks: () => Excel.run((context) => clearMarks(context)),
    selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    mergeSheets: (opts) => Excel.run((context) => mergeWorkbookSheets(context, spec, opts)),
    findOwnSummary: () =>
      Excel.run(async (context) => (await findOwnSummarySheets(context)).map(ownSummaryEntry)),
    writeSummary: (outcome, replace) =>
      Excel.run(async (context) => {
        const result = await writeSummaryPlan(context, summaryPlanFor(outcome, spec), { replace });
        return { sheets: result.visible };
      }),
  };
}

/** The jobs of the ledger kept in the open workbook (excel/ledger-sheets), each in its own `Excel.run`. */
export function excelLedgerJobs(spec: TemplateSpec): Omit<WorkbookLedgerCases, 'canDownload'> {
  return {
    find: (file) =>
      Excel.run(async (context) => {
        const r = await findWorkbookLedger(context, spec, { file });
        const sheets = withoutDataSheet(r.own.flatMap((o) => o.sheets));
        if (r.finding) return { error: `${r.finding.message}。${r.finding.hint}`, sheets };
        return r.ledger ? { ledger: r.ledger, sheets } : { sheets };
      }),
    write: (ledger, replace) =>
      Excel.run(async (context) => {
        const r = await writeLedgerSheets(context, ledger, spec, { replace });
        return { sheets: r.visible };
      }),
  };
}

/**
 * The names a person sees of the ledger's own sheets: its very hidden data sheet left out (the metadata sheet is never
 * among a kind's sheets: it is `OwnSheets.metadataSheet`).
 */
function withoutDataSheet(names: readonly string[]): string[] {
  return names.filter((n) => !n.startsWith(LEDGER_DATA_SHEET));
}

/**
 * Merge the tables pasted as sheets into the open workbook: read every sheet (`readGrid`, 2 syncs whatever the number
 * of sheets), split it into one input per table (`splitSheets`: the add-in's own summary and metadata sheets and
 * sheets without a table left out, listed in `skippedSheets`), then `mergeBooks`, as for files. Writes nothing.
 * Rejects with the OfficeExtension.Error of a failed sync (the page maps it).
 */
export async function mergeWorkbookSheets(
  context: Excel.RequestContext,
  spec: TemplateSpec,
  opts: MergeOptions,
  support?: ApiSupport,
): Promise<MergeOutcome> {
  return mergeBookSheets(await readGrid(context, support ? { support } : {}), spec, opts);
}
