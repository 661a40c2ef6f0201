import { LINZI_2026 } from '../../core/spec/linzi-2026';
import type { TemplateSpec } from '../../core/spec/schema';
import { wpsApplication } from '../../wps/api';
import { excelHost } from './excel';
import { filesHost } from './files';
import type { Host, PaneHost } from './types';
import { wpsHost } from './wps';

export type { FileJobs, FilesHost, Host, PaneHost, WorkbookHost, WorkbookJobs } from './types';

/** The pane's host object where it runs (`detectHost`), over the embedded 2026 spec unless another is given. */
export function paneHostFor(host: Host, spec: TemplateSpec = LINZI_2026): PaneHost {
  const app = host === 'wps' ? wpsApplication() : undefined;
  if (app) return wpsHost(spec, app);
  return host === 'excel' ? excelHost(spec) : filesHost(spec);
}
