import type { TemplateSpec } from '../spec/schema';
import type { Ledger, LedgerQuarter } from './types';

/** An empty ledger for `spec` (its id and plan year). */
export function emptyLedger(spec: TemplateSpec): Ledger {
  return { templateId: spec.id, year: spec.year, quarters: [] };
}

/**
 * The ledger with `record` in its quarter's place: merging a quarter again replaces that quarter and nothing else;
 * a quarter merged late (Q1 after Q2) goes into its own place. Quarters stay in ascending order, one each; every
 * other quarter is kept as it was. Pure: returns a new ledger, `ledger` is not changed.
 */
export function upsertQuarter(ledger: Ledger, record: LedgerQuarter): Ledger {
  const quarters = [...ledger.quarters.filter((q) => q.quarter !== record.quarter), record].sort((a, b) => a.quarter - b.quarter);
  return { ...ledger, quarters };
}
