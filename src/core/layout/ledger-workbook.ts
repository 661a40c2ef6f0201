import { ledgerDataPlan } from '../ledger/store';
import type { Ledger } from '../ledger/types';
import type { LedgerSheetRole, WorkbookPlan } from '../sheet/plan';
import type { TemplateSpec } from '../spec/schema';
import { ledgerPacePlan } from './ledger-pace';
import { ledgerProgressPlan } from './ledger-progress';
import { ledgerRosterPlan } from './ledger-roster';
import { ledgerTargetsPlan } from './ledger-targets';

/**
 * The ledger workbook (工作台账) of one spec and year: 进展台账, 指标台账, 进度一览, one 报送情况 sheet per quarter
 * recorded (ascending), and the very hidden data sheet the ledger is read back from (core/ledger/store), with the
 * add-in's metadata (spec id, version, year; no quarter, no unit) naming every sheet by role, so the add-in
 * recognises its own ledger sheets. `finalizeNames` appends the metadata sheet (the adapters call it). Deterministic.
 */
export function ledgerWorkbookPlan(ledger: Ledger, spec: TemplateSpec): WorkbookPlan {
  const sheets = [
    ledgerProgressPlan(ledger, spec),
    ledgerTargetsPlan(ledger, spec),
    ledgerPacePlan(ledger, spec),
    ...ledger.quarters.map((q) => ledgerRosterPlan(q, spec)),
    ledgerDataPlan(ledger),
  ];
  const names: Partial<Record<LedgerSheetRole, string>> = {};
  for (const s of sheets) names[s.role as LedgerSheetRole] = s.name;
  return { sheets, metadata: { templateId: spec.id, templateVersion: spec.version, year: ledger.year, sheets: names } };
}
