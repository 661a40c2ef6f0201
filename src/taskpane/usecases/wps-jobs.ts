import type { TemplateSpec } from '../../core/spec/schema';
import type { WpsApplication } from '../../wps/api';
import { insertWorkbookPlan } from '../../wps/apply-plan';
import { hostCall } from '../../wps/errors';
import { clearMarks, selectCell } from '../../wps/mark-findings';
import { activeWorkbook, readWorkbook, validateInWps } from '../../wps/validate-in-wps';
import { findOwnSummarySheets, writeSummaryPlan } from '../../wps/write-summary';
import type { MergeOptions, MergeOutcome, WorkbookTableJobs } from './types';
import { mergeBookSheets, ownSummaryEntry, summaryPlanFor, templatePlanFor, validateToday } from './plans';

/**
 * The jobs on the open workbook inside WPS 表格 (a WPS 加载项), over the WPS adapter (src/wps) and the `Application`
 * object of the page. The object model is synchronous: each job runs its calls at once and resolves; a host failure
 * rejects with a WpsError (wps/errors), whose sentence the pane shows. Loaded on first use by usecases/wps `wpsHost`.
 */
export function wpsWorkbookJobs(spec: TemplateSpec, app: WpsApplication): WorkbookTableJobs {
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
        const { visible, skipped } = insertWorkbookPlan(activeWorkbook(app), templatePlanFor(spec, req));
        return { sheets: visible, skipped };
      }),
    validateWorkbook: (quarter) =>
      run(() => {
        const { report, findings, notes, leftAsIs } = validateInWps(app, spec, { validate: validateToday, ...(quarter ? { quarter } : {}) });
        return { report, findings, marks: { notes, leftAsIs } };
      }),
    clearMarks: () => run(() => clearMarks(activeWorkbook(app))),
    selectCell: (sheet, cell) => run(() => selectCell(activeWorkbook(app), sheet, cell)),
    mergeSheets: (opts) => run(() => mergeWorkbookSheets(app, spec, opts)),
    findOwnSummary: () =>
      run(() => findOwnSummarySheets(activeWorkbook(app)).map(ownSummaryEntry)),
    writeSummary: (outcome, replace) =>
      run(() => {
        const result = writeSummaryPlan(app, activeWorkbook(app), summaryPlanFor(outcome, spec), { replace });
        return { sheets: result.visible };
      }),
  };
}

/**
 * Merge the tables pasted as sheets into the open WPS workbook, as excel `mergeWorkbookSheets` does in Excel: read
 * every sheet (the marks sheet left out), split it into one input per table, `mergeBooks`. Writes nothing.
 */
export function mergeWorkbookSheets(app: WpsApplication, spec: TemplateSpec, opts: MergeOptions): MergeOutcome {
  return mergeBookSheets(readWorkbook(activeWorkbook(app)).book, spec, opts);
}
