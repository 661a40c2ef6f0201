import type { Quarter } from '../spec/schema';
import type { LedgerSheetRole } from '../sheet/plan';
import { quarterLabel } from '../text/quarter';

/** Names of the ledger's visible sheets (Excel names, ≤ 31 characters). */
export const LEDGER_SHEET_NAMES = { progress: '进展台账', targets: '指标台账', pace: '进度一览' } as const;

/** The roster sheet of quarter q: "报送情况（第一季度）". */
export function ledgerRosterName(q: Quarter): string {
  return `报送情况（${quarterLabel(q)}）`;
}

/** The role of quarter q's roster sheet. */
export function ledgerRosterRole(q: Quarter): LedgerSheetRole {
  return `ledger-roster-${q}`;
}

/** The four quarters, 1..4. */
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** The ledger's title, e.g. "2026年为全区妇女儿童办实事工作台账（进展）". */
export function ledgerTitle(tableTitle: string, part: string): string {
  return `${tableTitle.replace(/工作进展情况表$/, '')}工作台账（${part}）`;
}
