import type { Quarter, TemplateSpec } from '../../core/spec/schema';
import { templateWorkbookPlan } from '../../core/layout';
import { summaryWorkbookPlan } from '../../core/layout/summary';
import { validateBook } from '../../core/validate/index';
import { insertWorkbookPlan } from '../../excel/apply-plan';
import { clearMarks, selectCell } from '../../excel/mark-findings';
import { validateInExcel } from '../../excel/validate-in-excel';
import { findOwnSummarySheets, writeSummaryPlan } from '../../excel/write-summary';
import { readGrid } from '../../excel/read-grid';
import type { ApiSupport } from '../../excel/requirements';
import { mergeBooks } from '../../core/merge/books';
import { splitSheets } from '../../core/merge/sheets';
import type { SummaryLayout } from '../../core/merge/types';
import { mergeFileList } from './merge-files';
import { isEmbeddedSpec } from './spec-store';
import { workbookLedgerCases } from './ledger-workbook';
import { todayIso } from './today';
import type { MergeOutcome, UseCases } from './types';

/**
 * The use-cases inside Excel, over the Office.js adapter (src/excel). Each runs in its own `Excel.run`. The
 * browser-only ones (downloads) reject: the pages do not offer them in Excel.
 */
export function excelUseCases(spec: TemplateSpec): UseCases {
  const notHere = () => Promise.reject(new Error('not available inside Excel'));
  return {
    host: 'excel',
    spec,
    insertTemplate: (req) =>
      Excel.run(async (context) => {
        const plan = templateWorkbookPlan(spec, { ...req, createdAt: new Date().toISOString(), embedSpec: !isEmbeddedSpec(spec) });
        return insertWorkbookPlan(context, plan);
      }),
    downloadTemplate: notHere,
    validateWorkbook: (quarter) =>
      Excel.run(async (context) => {
        const today = todayIso();
        const { report, findings, notes, leftAsIs } = await validateInExcel(context, spec, {
          validate: (book, s, o) => validateBook(book, s, { ...o, today }),
          ...(quarter ? { quarter } : {}),
        });
        return { report, findings, marks: { notes, leftAsIs } };
      }),
    clearMarks: () => Excel.run((context) => clearMarks(context)),
    selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    validateFile: notHere,
    downloadAnnotated: notHere,
    downloadCleaned: notHere,
    mergeFiles: (files, opts, progress) => mergeFileList(files, spec, opts, progress),
    mergeSheets: (opts) => Excel.run((context) => mergeWorkbookSheets(context, spec, opts)),
    findOwnSummary: () =>
      Excel.run(async (context) =>
        (await findOwnSummarySheets(context)).map((o) => ({ sheets: o.sheets, ...(o.quarter !== undefined ? { quarter: o.quarter } : {}) })),
      ),
    writeSummary: (outcome, replace) =>
      Excel.run(async (context) => {
        const plan = summaryWorkbookPlan(outcome.summary, spec, { createdAt: new Date().toISOString() });
        const result = await writeSummaryPlan(context, plan, { replace });
        return { sheets: result.sheets.filter((n) => !n.startsWith('_ptmeta')) };
      }),
    downloadSummary: notHere,
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
  opts: { quarter?: Quarter; layout: SummaryLayout },
  support?: ApiSupport,
): Promise<MergeOutcome> {
  const book = await readGrid(context, support ? { support } : {});
  const { inputs, skipped } = splitSheets(book, spec);
  const outcome = mergeBooks(inputs, spec, { ...(opts.quarter ? { quarter: opts.quarter } : {}), layout: opts.layout });
  return { ...outcome, skippedSheets: skipped };
}
