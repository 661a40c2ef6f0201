import type { TemplateSpec } from '../../core/spec/schema';
import { deferredJobs } from './deferred';
import { hostCommon } from './host-common';
import { paneCanDownload } from './ledger-workbook';
import { WORKBOOK_TABLE_JOBS, type WorkbookHost } from './types';

/**
 * The pane's host inside Excel, over the Office.js adapter (src/excel): the jobs on the open workbook and on the
 * ledger kept there, each in its own `Excel.run`. Their code (usecases/excel-jobs) loads the first time one is called.
 */
export function excelHost(spec: TemplateSpec): WorkbookHost {
  const tables = deferredJobs(() => import('./excel-jobs').then((m) => m.excelWorkbookJobs(spec)), WORKBOOK_TABLE_JOBS);
  const ledger = deferredJobs(() => import('./excel-jobs').then((m) => m.excelLedgerJobs(spec)), { find: true, write: true });
  return { host: 'excel', ...hostCommon(spec), workbook: { ...tables, workbookLedger: { ...ledger, canDownload: paneCanDownload() } } };
}
