import type { TemplateSpec } from '../spec/schema';
import type { WorkbookPlan } from '../sheet/plan';
import { checkOptions, type TemplateOptions } from './options';
import { progressTablePlan } from './progress-table';
import { indicatorSheetPlan } from './indicator-sheet';

/** Options of the whole template workbook. */
export interface TemplateWorkbookOptions extends TemplateOptions {
  /** ISO timestamp recorded in the metadata (createdAt); omitted = not recorded (keeps plans deterministic). */
  createdAt?: string;
  /** Keep the spec as JSON in the hidden metadata (for a spec made from a notice, not the embedded one). */
  embedSpec?: boolean;
}

/**
 * The template workbook: the progress table (进展情况表) and the indicator sheet (指标完成情况), in that tab order,
 * with the identity to keep in the very hidden metadata sheet: template id and version, year, quarter (1..4), unit id
 * (when chosen). `finalizeNames` (core/sheet/metadata) appends the metadata sheet; the adapters call it.
 *
 * Throws RangeError for a quarter outside 1..4 or an unknown unit id.
 */
export function templateWorkbookPlan(spec: TemplateSpec, opts: TemplateWorkbookOptions): WorkbookPlan {
  const unit = checkOptions(spec, opts);
  const progress = progressTablePlan(spec, opts);
  const indicator = indicatorSheetPlan(spec, opts);
  return {
    sheets: [progress, indicator],
    metadata: {
      templateId: spec.id,
      templateVersion: spec.version,
      year: spec.year,
      quarter: opts.quarter,
      ...(unit ? { unit: unit.id } : {}),
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
      sheets: { progress: progress.name, indicator: indicator.name },
      ...(opts.embedSpec ? { specJson: JSON.stringify(spec) } : {}),
    },
  };
}
