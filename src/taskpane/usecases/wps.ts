import type { TemplateSpec } from '../../core/spec/schema';
import { templateWorkbookPlan } from '../../core/layout';
import { summaryWorkbookPlan } from '../../core/layout/summary';
import { validateBook } from '../../core/validate/index';
import { mergeBooks } from '../../core/merge/books';
import { splitSheets } from '../../core/merge/sheets';
import type { WpsApplication } from '../../wps/api';
import { insertWorkbookPlan } from '../../wps/apply-plan';
import { hostCall } from '../../wps/errors';
import { clearMarks, selectCell } from '../../wps/mark-findings';
import { activeWorkbook, readWorkbook, validateInWps } from '../../wps/validate-in-wps';
import { findOwnSummarySheets, writeSummaryPlan } from '../../wps/write-summary';
import { mergeFileList } from './merge-files';
import { isEmbeddedSpec } from './spec-store';
import { todayIso } from '../../core/text/today';
import type { MergeOptions, MergeOutcome, WorkbookHost, WorkbookJobs } from './types';

/**
 * The use-cases inside WPS 表格 (a WPS 加载项), over the WPS adapter (src/wps) and the `Application` object of the page.
 * The object model is synchronous: each use-case runs its calls at once and resolves; a host failure rejects with a
 * WpsError (wps/errors), whose sentence the pane shows.
 */
export function wpsHost(spec: TemplateSpec, app: WpsApplication): WorkbookHost {
  return {
    host: 'wps',
    spec,
    mergeFiles: (files, opts, progress) => mergeFileList(files, spec, opts, progress),
    workbook: wpsWorkbookJobs(spec, app),
  };
}

function wpsWorkbookJobs(spec: TemplateSpec, app: WpsApplication): WorkbookJobs {
  const run = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(hostCall(fn));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    insertTemplate: (req) =>
      run(() => {
        const plan = templateWorkbookPlan(spec, { ...req, createdAt: new Date().toISOString(), embedSpec: !isEmbeddedSpec(spec) });
        const { visible, skipped } = insertWorkbookPlan(activeWorkbook(app), plan);
        return { sheets: visible, skipped };
      }),
    validateWorkbook: (quarter) =>
      run(() => {
        const today = todayIso();
        const { report, findings, notes, leftAsIs } = validateInWps(app, spec, {
          validate: (book, s, o) => validateBook(book, s, { ...o, today }),
          ...(quarter ? { quarter } : {}),
        });
        return { report, findings, marks: { notes, leftAsIs } };
      }),
    clearMarks: () => run(() => clearMarks(activeWorkbook(app))),
    selectCell: (sheet, cell) => run(() => selectCell(activeWorkbook(app), sheet, cell)),
    mergeSheets: (opts) => run(() => mergeWorkbookSheets(app, spec, opts)),
    findOwnSummary: () =>
      run(() => findOwnSummarySheets(activeWorkbook(app)).map((o) => ({ sheets: o.sheets, ...(o.quarter !== undefined ? { quarter: o.quarter } : {}) }))),
    writeSummary: (outcome, replace) =>
      run(() => {
        const plan = summaryWorkbookPlan(outcome.summary, spec, { createdAt: new Date().toISOString() });
        const result = writeSummaryPlan(app, activeWorkbook(app), plan, { replace });
        return { sheets: result.visible };
      }),
  };
}

/**
 * Merge the tables pasted as sheets into the open WPS workbook, as excel `mergeWorkbookSheets` does in Excel: read
 * every sheet (the marks sheet left out), split it into one input per table, `mergeBooks`. Writes nothing.
 */
export function mergeWorkbookSheets(app: WpsApplication, spec: TemplateSpec, opts: MergeOptions): MergeOutcome {
  const { book } = readWorkbook(activeWorkbook(app));
  const { inputs, skipped } = splitSheets(book, spec);
  const outcome = mergeBooks(inputs, spec, { ...(opts.quarter ? { quarter: opts.quarter } : {}), layout: opts.layout });
  return { ...outcome, skippedSheets: skipped };
}
