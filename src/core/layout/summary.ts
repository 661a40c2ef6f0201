import type { TemplateSpec } from '../spec/schema';
import type { WorkbookPlan } from '../sheet/plan';
import type { Summary } from '../merge/types';
import { summaryRosterPlan } from './summary-roster';
import { summaryTablePlan } from './summary-table';
import { summaryTargetsPlan } from './summary-targets';

export { summaryTablePlan, SUMMARY_ROWS } from './summary-table';
export { summaryRosterPlan, ROSTER_COLUMNS, UNIT_STATUS_TEXT, FILE_STATUS_TEXT, unitStatusText } from './summary-roster';
export { summaryTargetsPlan, TARGET_COLUMNS, AGGREGATE_TEXT, PACE_TEXT } from './summary-targets';
export { summaryStyles, SUMMARY_SHEET_NAMES } from './summary-styles';

/**
 * The summary workbook: 汇总表 (role 'summary', the layout chosen in the Summary), 报送情况 (role 'roster') and
 * 指标完成情况汇总 (role 'indicator-summary'), in that tab order, with metadata (template id and version, year,
 * quarter; no unit) so the add-in recognises its own summary sheets and can replace them. `finalizeNames`
 * (core/sheet/metadata) picks clash-free names and appends the metadata sheet; the adapters call it.
 * Deterministic: no timestamp unless `createdAt` (ISO) is given.
 */
export function summaryWorkbookPlan(summary: Summary, spec: TemplateSpec, opts: { createdAt?: string } = {}): WorkbookPlan {
  const table = summaryTablePlan(summary, spec);
  const roster = summaryRosterPlan(summary);
  const targets = summaryTargetsPlan(summary);
  return {
    sheets: [table, roster, targets],
    metadata: {
      templateId: summary.templateId,
      templateVersion: summary.templateVersion,
      year: summary.year,
      quarter: summary.quarter,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
      sheets: { summary: table.name, roster: roster.name, 'indicator-summary': targets.name },
    },
  };
}
