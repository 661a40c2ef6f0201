import type { TemplateSpec } from '../../core/spec/schema';
import type { HostCommon } from './types';

/**
 * What every host object has (usecases/types `HostCommon`): its spec, and the merge of chosen files over it
 * (usecases/merge-files `mergeFileList`, loaded the first time a merge runs).
 */
export function hostCommon(spec: TemplateSpec): HostCommon {
  return {
    spec,
    mergeFiles: async (files, opts, progress) => (await import('./merge-files')).mergeFileList(files, spec, opts, progress),
  };
}
