import type { Ledger, LedgerQuarter } from '../../src/core/ledger/types';

/**
 * The expected 合计 本季度新增 of a target, written out for the tests: in quarter 1 the total; later, over the units
 * counted (state 'figure') both in quarter q and in the nearest earlier quarter recorded, the sum of each unit's
 * figure now minus its figure then; undefined when no unit is counted in both. Units named in `without` (counted now,
 * not then).
 */
export function expectedTotalIncrement(ledger: Ledger, q: number, target: string): { value: number; without: string[] } | undefined {
  const now = ledger.quarters.find((x) => x.quarter === q);
  if (!now) return undefined;
  if (q === 1) {
    const total = now.totals.find((x) => x.target === target)?.total;
    return total === undefined ? undefined : { value: total, without: [] };
  }
  const then = ledger.quarters.filter((x) => x.quarter < q).pop();
  return then ? likeWithLike(now, then, target) : undefined;
}

/** Σ (figure now − figure then) over the units counted in both records; units counted only now in `without`. */
export function likeWithLike(now: LedgerQuarter | { figures: LedgerQuarter['figures'] }, then: LedgerQuarter, target: string): { value: number; without: string[] } | undefined {
  const counted = (r: { figures: LedgerQuarter['figures'] }, unit: string) => r.figures.find((x) => x.target === target && x.unit === unit && x.state === 'figure')?.value;
  let sum = 0;
  let n = 0;
  const without: string[] = [];
  for (const f of now.figures.filter((x) => x.target === target && x.state === 'figure')) {
    const before = counted(then, f.unit);
    if (before === undefined) without.push(f.unit);
    else {
      sum += (f.value as number) - before;
      n++;
    }
  }
  return n ? { value: Math.round(sum * 1e9) / 1e9, without } : undefined;
}
