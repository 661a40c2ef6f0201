import { LINZI_2026 } from '../../core/spec/linzi-2026';
import type { TemplateSpec } from '../../core/spec/schema';
import { excelUseCases } from './excel';
import { fileUseCases } from './files';
import { wpsUseCases } from './wps';
import { wpsApplication } from '../../wps/api';
import type { Host, UseCases } from './types';

export type { Host, UseCases } from './types';

/** The use-cases for a host, over the embedded 2026 spec unless another is given. */
export function useCasesFor(host: Host, spec: TemplateSpec = LINZI_2026): UseCases {
  const app = host === 'wps' ? wpsApplication() : undefined;
  if (app) return wpsUseCases(spec, app);
  return host === 'excel' ? excelUseCases(spec) : fileUseCases(spec);
}
