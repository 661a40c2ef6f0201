import type { TemplateSpec } from '../../core/spec/schema';
import type { WpsApplication } from '../../wps/api';
import { deferredJobs } from './deferred';
import { hostCommon } from './host-common';
import { WORKBOOK_TABLE_JOBS, type WorkbookHost } from './types';

/**
 * The pane's host inside WPS 表格 (a WPS 加载项), over the WPS adapter (src/wps) and the page's `Application`: the jobs
 * on the open workbook (usecases/wps-jobs, loaded the first time one is called). No ledger in the workbook here yet.
 */
export function wpsHost(spec: TemplateSpec, app: WpsApplication): WorkbookHost {
  const jobs = deferredJobs(() => import('./wps-jobs').then((m) => m.wpsWorkbookJobs(spec, app)), WORKBOOK_TABLE_JOBS);
  return { host: 'wps', ...hostCommon(spec), workbook: jobs };
}
