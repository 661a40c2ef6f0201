import { z } from 'zod';

/**
 * The year's ledger (工作台账; the notice: "建立健全工作台账"): one per spec id and plan year, one record per quarter
 * merged. It is the pure model; `core/layout/ledger-*` makes its sheets, `core/ledger/store` its hidden data sheet.
 * The schema checks what is read back from a file (STYLE: schemas at the edges); the types are inferred from it.
 */

const Quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One unit's row of one item in one quarter: `progressText` 本季度具体措施及任务进度情况 and `deadline` 完成时限, verbatim. */
export const LedgerProgressSchema = z.object({
  /** 序号 of the item, 1-based as in the notice. */
  item: z.number().int(),
  unit: z.string(),
  /** As UnitEntry.status: filled / empty (未填写) / missing (未报送) / unreadable. */
  status: z.enum(['filled', 'empty', 'missing', 'unreadable']),
  progressText: z.string(),
  deadline: z.string(),
  responsible: z.boolean(),
});
export type LedgerProgress = z.infer<typeof LedgerProgressSchema>;

/** One unit's 累计完成 of one target in one quarter (as TargetUnitValue; `value` in base units: persons, 场次, % as 90). */
export const LedgerFigureSchema = z.object({
  target: z.string(),
  unit: z.string(),
  state: z.enum(['figure', 'missing', 'no-indicator-sheet', 'empty', 'excluded', 'unreadable']),
  value: z.number().optional(),
  text: z.string(),
  responsible: z.boolean(),
  excludedBy: z.string().optional(),
});
export type LedgerFigure = z.infer<typeof LedgerFigureSchema>;

/** A target's total in one quarter (as TargetSummary: total in base units, completion and expected as ratios 0..1+). */
export const LedgerTotalSchema = z.object({
  target: z.string(),
  total: z.number().optional(),
  completion: z.number().optional(),
  expected: z.number().optional(),
  pace: z.enum(['met', 'on-track', 'behind', 'no-data', 'not-applicable']),
});
export type LedgerTotal = z.infer<typeof LedgerTotalSchema>;

/** One unit's line of a quarter's roster (报送情况): who sent, when (填报日期 ISO), which file, errors / warnings. */
export const LedgerRosterLineSchema = z.object({
  unit: z.string(),
  status: z.enum(['submitted', 'with-errors', 'missing', 'wrong-quarter', 'unreadable']),
  file: z.string().optional(),
  filledOn: z.string().optional(),
  /** The unit sent more than one file of the quarter (重复报送); absent in ledgers written before it was kept. */
  duplicate: z.boolean().optional(),
  errors: z.number().int(),
  warnings: z.number().int(),
  reason: z.string(),
});
export type LedgerRosterLine = z.infer<typeof LedgerRosterLineSchema>;

/** Everything the ledger keeps of one merged quarter. */
export const LedgerQuarterSchema = z.object({
  quarter: Quarter,
  /** Spec version the quarter was merged with. */
  templateVersion: z.string(),
  /** When the quarter was merged (ISO 8601), when the caller gave it. */
  mergedAt: z.string().optional(),
  progress: z.array(LedgerProgressSchema),
  figures: z.array(LedgerFigureSchema),
  totals: z.array(LedgerTotalSchema),
  roster: z.array(LedgerRosterLineSchema),
  /** The quarter's 催报 and 退回修改 texts, as the merge gave them ('' when none). */
  reminder: z.string(),
  returnText: z.string(),
  /** Counts (SummaryTotals): units due, submitted, with errors, unreadable, missing, files, merged, not merged. */
  counts: z.object({
    units: z.number().int(),
    submitted: z.number().int(),
    withErrors: z.number().int(),
    unreadable: z.number().int(),
    missing: z.number().int(),
    files: z.number().int(),
    merged: z.number().int(),
    notMerged: z.number().int(),
  }),
});
export type LedgerQuarter = z.infer<typeof LedgerQuarterSchema>;

/** The ledger: the spec's id and year (a ledger never mixes lists), and its quarters in ascending order, one each. */
export const LedgerSchema = z.object({
  templateId: z.string().min(1),
  year: z.number().int(),
  quarters: z.array(LedgerQuarterSchema),
});
export type Ledger = z.infer<typeof LedgerSchema>;
