import { mergeBooks, type BookInput, type MergeBooksOptions } from '../merge/books';
import { mergeReports } from '../merge/merge';
import type { MergeInput, Summary } from '../merge/types';
import type { TemplateSpec } from '../spec/schema';
import { ledgerFindings } from './check';
import { nearestFigure, quarterOf } from './figures';
import { ledgerQuarterOf } from './from-summary';
import { emptyLedger, upsertQuarter } from './upsert';
import type { Ledger, LedgerQuarter } from './types';

/** Options of `mergeWithLedger`: those of `mergeBooks`, and the time of the merge kept in the ledger (ISO, optional). */
export interface LedgerMergeOptions extends MergeBooksOptions {
  mergedAt?: string;
}

/** What `mergeWithLedger` yields: as `mergeBooks`, plus the ledger before and after, and the quarter compared with. */
export interface LedgerMergeResult {
  summary: Summary;
  inputs: MergeInput[];
  quarterSource: 'option' | 'files' | 'none';
  /** The ledger as given (or a new empty one). */
  before: Ledger;
  /** The ledger with this quarter upserted (`upsertQuarter`): every other quarter as it was. */
  ledger: Ledger;
  /** The nearest earlier quarter in the ledger (for "比上季度" in the report), when there is one. */
  previous?: LedgerQuarter;
}

/**
 * Merge one quarter's files with the year's ledger (the one entry point of the pane and the CLI for `--ledger`):
 * validate and merge as `mergeBooks`; check each file's cumulative figures against the ledger (`ledgerFindings`:
 * a fall is an error, put first in the file's findings so that it is counted in the unit's roster line and quoted
 * in its 退回 text, and the fallen figure is left out of the total); merge again with those findings; and upsert
 * the quarter into the ledger. `ledger` undefined = a new ledger for `spec`.
 * Throws RangeError when `ledger` is of another list or year (callers check first: `ledgerMismatch`). Pure.
 */
export function mergeWithLedger(
  books: readonly BookInput[],
  spec: TemplateSpec,
  ledger: Ledger | undefined,
  opts: LedgerMergeOptions = {},
): LedgerMergeResult {
  const before = ledger ?? emptyLedger(spec);
  if (before.templateId !== spec.id || before.year !== spec.year) {
    throw new RangeError(`ledger ${before.templateId}/${before.year} does not fit spec ${spec.id}/${spec.year}`);
  }
  const first = mergeBooks(books, spec, opts);
  const quarter = first.summary.quarter;
  let inputs = first.inputs;
  let summary = first.summary;
  const extra = inputs.map((i) => ledgerFindings(i, spec, before, quarter));
  if (extra.some((f) => f.length)) {
    inputs = inputs.map((i, k) => (extra[k].length ? { ...i, findings: [...extra[k], ...i.findings] } : i));
    summary = mergeReports(inputs, spec, {
      quarter,
      ...(opts.layout ? { layout: opts.layout } : {}),
      ...(opts.dueDate ? { dueDate: opts.dueDate } : {}),
    });
  }
  const record = ledgerQuarterOf(summary, opts.mergedAt ? { mergedAt: opts.mergedAt } : {});
  const after = upsertQuarter(before, record);
  const prevQ = nearestFigure(before, quarter, -1, () => 0)?.quarter;
  const previous = prevQ !== undefined ? quarterOf(before, prevQ) : undefined;
  return { summary, inputs, quarterSource: first.quarterSource, before, ledger: after, ...(previous ? { previous } : {}) };
}
