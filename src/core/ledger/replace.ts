import type { Summary } from '../merge/types';
import type { Ledger } from './types';

/** Roster statuses that mean a unit's table of the quarter arrived (as the roster counts 已报送). */
const SENT = new Set(['submitted', 'with-errors', 'unreadable']);

/**
 * What recording a merged quarter into the ledger would throw away, so that the caller can refuse or ask first:
 * - `nothing-sent`: the merge took in no unit's table of `quarter` (every file of another quarter or year, or none
 *   readable: a slip of `--quarter`, or the wrong folder); recording it would blank that quarter in the ledger;
 * - `units-lost`: the ledger already records `quarter`, and units it records as sent (`recorded`) are not sent in
 *   this merge (`lost`, in the ledger's roster order): merging only a corrected file, say, would drop the others.
 * Undefined when recording loses nothing (a new quarter with at least one unit, or the same units again or more).
 * Units are 责任单位 names as in the spec. Pure.
 */
export type QuarterLoss =
  | { kind: 'nothing-sent'; quarter: number; recorded: string[] }
  | { kind: 'units-lost'; quarter: number; recorded: string[]; lost: string[] };

/** The loss of recording `summary` (its quarter) into `ledger` (the ledger before this merge); see QuarterLoss. */
export function quarterLoss(ledger: Ledger, summary: Summary): QuarterLoss | undefined {
  const quarter = summary.quarter;
  const old = ledger.quarters.find((q) => q.quarter === quarter);
  const recorded = (old?.roster ?? []).filter((l) => SENT.has(l.status)).map((l) => l.unit);
  const sent = new Set(summary.roster.units.filter((u) => SENT.has(u.status)).map((u) => u.unit));
  if (sent.size === 0) return { kind: 'nothing-sent', quarter, recorded };
  const lost = recorded.filter((u) => !sent.has(u));
  return lost.length ? { kind: 'units-lost', quarter, recorded, lost } : undefined;
}
