import { mergeBooks, type BookInput, type MergeBooksOptions } from '../merge/books';
import { mergeReports } from '../merge/merge';
import type { MergeInput, Summary } from '../merge/types';
import type { TemplateSpec } from '../spec/schema';
import { ledgerFindings } from './check';
import { previousQuarter } from './figures';
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
 * Merge one quarter's files with the year's ledger (the CLI's `--ledger`): `mergeBooks`, then `applyLedger`.
 * `ledger` undefined = a new ledger for `spec`. Throws RangeError when `ledger` is of another list or year (callers
 * check first: `readLedger` / `ledgerMismatch`). Pure.
 */
export function mergeWithLedger(
  books: readonly BookInput[],
  spec: TemplateSpec,
  ledger: Ledger | undefined,
  opts: LedgerMergeOptions = {},
): LedgerMergeResult {
  checkFits(ledger, spec);
  return applyLedger(mergeBooks(books, spec, opts), spec, ledger, opts);
}

function checkFits(ledger: Ledger | undefined, spec: TemplateSpec): void {
  if (ledger && (ledger.templateId !== spec.id || ledger.year !== spec.year)) {
    throw new RangeError(`ledger ${ledger.templateId}/${ledger.year} does not fit spec ${spec.id}/${spec.year}`);
  }
}

/**
 * Apply the year's ledger to a quarter already merged (`mergeBooks`' result: the pane's merge outcome, or the CLI's):
 * check each file's cumulative figures against the ledger (`ledgerFindings`: a fall is an error, put first in the
 * file's findings so that it is counted in the unit's roster line and quoted in its 退回 text, and the fallen figure
 * is left out of the total); merge the inputs again with those findings (`mergeReports`; the same summary when there
 * is none); and upsert the quarter into the ledger. The pane and the CLI both call this, so they give the same ledger.
 * `ledger` undefined = a new ledger for `spec`. Throws RangeError for a ledger of another list or year. Pure.
 */
export function applyLedger(
  merged: { summary: Summary; inputs: MergeInput[]; quarterSource: 'option' | 'files' | 'none' },
  spec: TemplateSpec,
  ledger: Ledger | undefined,
  opts: Omit<LedgerMergeOptions, 'quarter'> = {},
): LedgerMergeResult {
  checkFits(ledger, spec);
  const before = ledger ?? emptyLedger(spec);
  const quarter = merged.summary.quarter;
  let inputs = merged.inputs;
  let summary = merged.summary;
  const extra = inputs.map((i) => ledgerFindings(i, spec, before, quarter));
  if (extra.some((f) => f.length)) {
    inputs = inputs.map((i, k) => (extra[k].length ? { ...i, findings: [...extra[k], ...i.findings] } : i));
    summary = mergeReports(inputs, spec, {
      quarter,
      layout: merged.summary.layout,
      ...(opts.dueDate ? { dueDate: opts.dueDate } : {}),
    });
  }
  const record = ledgerQuarterOf(summary, opts.mergedAt ? { mergedAt: opts.mergedAt } : {});
  const after = upsertQuarter(before, record);
  const previous = previousQuarter(before, quarter);
  return { summary, inputs, quarterSource: merged.quarterSource, before, ledger: after, ...(previous ? { previous } : {}) };
}
