/**
 * The 合计 本季度新增 compares like with like (found by an independent tester: a unit excluded for a fallen figure made
 * the total's increase 0 and "滞后" although every counted unit rose; a unit missing last quarter counted as a rise).
 */
import { countedFigures, previousQuarter, totalIncrement } from '../../../src/core/ledger/figures';
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { targetUnits } from '../../../src/core/spec/targets';
import type { Quarter, Target } from '../../../src/core/spec/schema';
import { figureOf, quarterBooks, spec } from './fixtures';

/** A cumulative target with at least three responsible units, and those units. */
const item = spec.items.find((i) => i.targets.some((t) => t.kind === 'cumulative' && targetUnits(i, t).length >= 3))!;
const target = item.targets.find((t) => t.kind === 'cumulative' && targetUnits(item, t).length >= 3)!;
const [fell, absentThen, ...rest] = targetUnits(item, target);

describe('totalIncrement', () => {
  const q2 = mergeWithLedger(quarterBooks(2, (t, u, q) => (t.id === target.id && u === absentThen ? undefined : figureOf(t, u, q))), spec, undefined);
  // Q3: `fell` falls below its Q2 figure (an error: excluded); `absentThen` reports for the first time.
  const q3 = mergeWithLedger(quarterBooks(3, (t: Target, u: string, q: Quarter) => (t.id === target.id && u === fell ? 0 : figureOf(t, u, q))), spec, q2.ledger);
  const record = q3.ledger.quarters.find((q) => q.quarter === 3)!;

  it('sums each unit counted in both quarters, leaves out the excluded one and names the one not counted then', () => {
    expect(record.figures.find((f) => f.target === target.id && f.unit === fell)?.state).toBe('excluded');
    const got = totalIncrement(countedFigures(record, target.id), previousQuarter(q3.ledger, 3), target.id);
    const expected = rest.reduce((sum, u) => sum + (figureOf(target, u, 3) - figureOf(target, u, 2)), 0);
    expect(got).toEqual({ value: expected, without: [absentThen] });
    // Not the difference of totals, which mixes the sets of units.
    const totals = (q: number) => q3.ledger.quarters.find((x) => x.quarter === q)!.totals.find((x) => x.target === target.id)!.total!;
    expect(got!.value).not.toBe(totals(3) - totals(2));
  });

  it('is undefined without an earlier quarter, or when no unit is counted in both', () => {
    expect(totalIncrement(countedFigures(record, target.id), undefined, target.id)).toBeUndefined();
    expect(totalIncrement([], previousQuarter(q3.ledger, 3), target.id)).toBeUndefined();
    expect(previousQuarter(q3.ledger, 2)).toBeUndefined();
  });
});
