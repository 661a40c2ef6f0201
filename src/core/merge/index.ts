/**
 * Merge (汇总): the received reports of one quarter -> Summary (per-item texts under unit labels, the targets'
 * totals, the submission roster). Pure. `mergeBooks` is the one entry point of the pane and the CLI.
 */
export * from './types';
export { MERGE_MESSAGES } from './messages';
export { CONTINUATION, EXCEL_CELL_LIMIT, splitForCells, splitWithContinuation } from '../text/split';
export { MARK_EMPTY, MARK_MISSING, entryLine, unitLabel } from './items';
export { baseName } from './roster';
export { rosterCountsText, rosterFileReason, rosterStatusText, rosterTexts, rosterUnitReason } from './roster-texts';
export { mergeReports, resolveQuarter, summaryTitle } from './merge';
export { BookMerger, mergeBooks } from './books';
export type { BookInput, MergeBooksOptions, MergedBooks } from './books';
