import type { TemplateSpec } from '../../core/spec/schema';
import { deferredJobs } from './deferred';
import { hostCommon } from './host-common';
import type { FileJobs, FilesHost } from './types';

/** Every job on files (checked complete against `FileJobs` by the compiler). */
const FILE_JOBS: { [K in keyof FileJobs]-?: true } = {
  downloadTemplate: true,
  validateFile: true,
  downloadAnnotated: true,
  downloadCleaned: true,
  downloadSummary: true,
};

/**
 * The pane's host in a plain browser (no Office host): the jobs on files, over the file adapter (src/xlsx), each
 * result a download; their code (usecases/file-jobs) loads the first time one is called.
 */
export function filesHost(spec: TemplateSpec): FilesHost {
  return { host: 'browser', ...hostCommon(spec), files: deferredJobs(() => import('./file-jobs').then((m) => m.fileJobs(spec)), FILE_JOBS) };
}
