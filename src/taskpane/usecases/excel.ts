import type { TemplateSpec } from '../../core/spec/schema';
import { insertWorkbookPlan } from '../../excel/apply-plan';
import { clearMarks, selectCell } from '../../excel/mark-findings';
import { validateInExcel } from '../../excel/validate-in-excel';
import { findOwnSummarySheets, writeSummaryPlan } from '../../excel/write-summary';
import { readGrid } from '../../excel/read-grid';
import type { ApiSupport } from '../../excel/requirements';
import { hostCommon } from './merge-files';
import type { MergeOptions, MergeOutcome, WorkbookHost, WorkbookJobs } from './types';
import { mergeBookSheets, ownSummaryEntry, summaryPlanFor, templatePlanFor, validateToday } from './plans';
import { workbookLedgerCases } from './ledger-workbook';

/** The pane's host inside Excel, over the Office.js adapter (src/excel): the jobs on the open workbook, each in its own `Excel.run`. */
export function excelHost(spec: TemplateSpec): WorkbookHost {
  return { host: 'excel', ...hostCommon(spec), workbook: excelWorkbookJobs(spec) };
}

function excelWorkbookJobs(spec: TemplateSpec): WorkbookJobs {
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
    workbookLedger: workbookLedgerCases(spec),
  };
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
