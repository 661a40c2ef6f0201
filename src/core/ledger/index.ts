/** The year's ledger (工作台账): model, merge with the ledger, its checks and its record in a workbook. */
export * from './types';
export { LEDGER_MESSAGES } from './messages';
export { ledgerQuarterOf } from './from-summary';
export { emptyLedger, upsertQuarter } from './upsert';
export { quarterLoss, type QuarterLoss } from './replace';
export { increment, nearestFigure, quarterOf, totalFigure, unitFigure } from './figures';
export { ledgerFindings } from './check';
export { applyLedger, mergeWithLedger, type LedgerMergeOptions, type LedgerMergeResult } from './merge';
export { isLedgerBook, ledgerDataPlan, ledgerMismatch, readLedger, type LedgerRead } from './store';
export { paceLines, textBar, type PaceLine } from './pace';
