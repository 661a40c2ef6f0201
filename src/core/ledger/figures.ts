import type { Quarter } from '../spec/schema';
import type { Ledger, LedgerQuarter } from './types';

/** The quarter's record, or undefined when that quarter is not in the ledger. */
export function quarterOf(ledger: Ledger, quarter: number): LedgerQuarter | undefined {
  return ledger.quarters.find((q) => q.quarter === quarter);
}

/** A unit's counted figure (state 'figure') of a target in one quarter's record, in base units; undefined otherwise. */
export function unitFigure(record: LedgerQuarter | undefined, target: string, unit: string): number | undefined {
  const f = record?.figures.find((x) => x.target === target && x.unit === unit);
  return f?.state === 'figure' ? f.value : undefined;
}

/** A target's total in one quarter's record (base units), undefined when none. */
export function totalFigure(record: LedgerQuarter | undefined, target: string): number | undefined {
  return record?.totals.find((x) => x.target === target)?.total;
}

/**
 * The nearest quarter before (`direction` -1) or after (+1) `quarter` in which `value(record)` is defined, with that
 * value; undefined when there is none. Used for "last quarter's figure" (a quarter missing in between is skipped).
 */
export function nearestFigure(
  ledger: Ledger,
  quarter: Quarter,
  direction: -1 | 1,
  value: (record: LedgerQuarter) => number | undefined,
): { quarter: Quarter; value: number } | undefined {
  const list = direction < 0 ? [...ledger.quarters].reverse() : ledger.quarters;
  for (const q of list) {
    if (direction < 0 ? q.quarter >= quarter : q.quarter <= quarter) continue;
    const v = value(q);
    if (v !== undefined) return { quarter: q.quarter, value: v };
  }
  return undefined;
}

/**
 * This quarter's increment (本季度新增) of a cumulative figure: the figure minus the same figure of the nearest
 * earlier quarter in the ledger; in the first quarter, the figure itself (the year starts at 0). Undefined when the
 * figure is undefined, or when no earlier quarter has it (quarter 2+ with the earlier quarters not merged).
 * Base units; may be negative (a fallen figure, flagged at merge time).
 */
export function increment(
  ledger: Ledger,
  quarter: Quarter,
  value: (record: LedgerQuarter) => number | undefined,
): number | undefined {
  const now = quarterOf(ledger, quarter);
  const v = now ? value(now) : undefined;
  if (v === undefined) return undefined;
  if (quarter === 1) return v;
  const before = nearestFigure(ledger, quarter, -1, value);
  return before ? roundFigure(v - before.value) : undefined;
}

/** A difference of figures without binary noise (0.1 + 0.2): rounded to 9 decimals. */
export function roundFigure(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/**
 * A target's 本季度新增 in total (合计) as the sum of like with like: for each unit counted now (`now`: unit and figure
 * in base units) that was also counted in `previous` (the ledger's nearest earlier quarter), its figure minus its
 * figure then. Comparing this quarter's total with the earlier total instead would count a unit excluded now (a fallen
 * figure) as a fall, and a unit missing then as a rise. Units counted now but not in `previous` are left out and named
 * in `without` (spec order as given). Undefined when no unit can be compared (or `previous` is undefined: in the first
 * quarter the total itself is the increment, the caller's case).
 */
export function totalIncrement(
  now: readonly { unit: string; value: number }[],
  previous: LedgerQuarter | undefined,
  target: string,
): { value: number; without: string[] } | undefined {
  if (!previous) return undefined;
  let value = 0;
  let compared = 0;
  const without: string[] = [];
  for (const { unit, value: v } of now) {
    const before = unitFigure(previous, target, unit);
    if (before === undefined) {
      without.push(unit);
      continue;
    }
    value += v - before;
    compared++;
  }
  return compared ? { value: roundFigure(value), without } : undefined;
}

/** The nearest quarter before `quarter` recorded in the ledger (any record, figures or not), or undefined. */
export function previousQuarter(ledger: Ledger, quarter: number): LedgerQuarter | undefined {
  return [...ledger.quarters].reverse().find((q) => q.quarter < quarter);
}

/** A record's counted figures of one target (state 'figure'), as {unit, value} in the record's order. */
export function countedFigures(record: LedgerQuarter, target: string): { unit: string; value: number }[] {
  return record.figures.filter((f) => f.target === target && f.state === 'figure' && f.value !== undefined).map((f) => ({ unit: f.unit, value: f.value as number }));
}
