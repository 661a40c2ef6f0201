import type { Summary } from '../merge/types';
import type { LedgerQuarter } from './types';

/**
 * The ledger's record of one merged quarter, taken from the Summary as it is (no figure is recomputed): every item's
 * unit entries (progress text and deadline verbatim), every target's unit figures and total, the roster, the 催报 /
 * 退回 texts and the counts. `mergedAt` (ISO) is kept when given; without it the record is deterministic. A roster
 * line's file is recorded by its name only (the folder it was read from dropped: the CLI is given paths, the pane
 * names), so the CLI and the pane record the same ledger from the same files. Pure.
 */
export function ledgerQuarterOf(summary: Summary, opts: { mergedAt?: string } = {}): LedgerQuarter {
  return {
    quarter: summary.quarter,
    templateVersion: summary.templateVersion,
    ...(opts.mergedAt ? { mergedAt: opts.mergedAt } : {}),
    progress: summary.items.flatMap((item) =>
      item.entries.map((e) => ({
        item: item.number,
        unit: e.unit,
        status: e.status,
        progressText: e.progressText,
        deadline: e.deadline,
        responsible: e.responsible,
      })),
    ),
    figures: summary.targets.flatMap((t) =>
      t.perUnit.map((v) => ({
        target: t.id,
        unit: v.unit,
        state: v.state,
        ...(v.value !== undefined ? { value: v.value } : {}),
        text: v.text,
        responsible: v.responsible,
        ...(v.excludedBy ? { excludedBy: v.excludedBy } : {}),
      })),
    ),
    totals: summary.targets.map((t) => ({
      target: t.id,
      ...(t.total !== undefined ? { total: t.total } : {}),
      ...(t.completion !== undefined ? { completion: t.completion } : {}),
      ...(t.expected !== undefined ? { expected: t.expected } : {}),
      pace: t.pace,
    })),
    roster: summary.roster.units.map((u) => ({
      unit: u.unit,
      status: u.status,
      ...(u.file !== undefined ? { file: fileName(u.file) } : {}),
      ...(u.filledOn !== undefined ? { filledOn: u.filledOn } : {}),
      ...(u.duplicate ? { duplicate: true } : {}),
      errors: u.errors,
      warnings: u.warnings,
      reason: u.reason,
    })),
    reminder: summary.roster.reminder,
    returnText: summary.roster.returnText,
    counts: { ...summary.totals },
  };
}

/** A file's name without its folder ("收到/区卫健局.xlsx" or "收到\\区卫健局.xlsx" -> "区卫健局.xlsx"). */
function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
