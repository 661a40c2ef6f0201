/**
 * quarterLoss: what recording a merged quarter would throw away from the ledger — a quarter merged with no unit's
 * table (a slip of --quarter), or units recorded before that this merge lacks (only a corrected file merged again).
 */
import { mergeBooks } from '../../../src/core/merge/books';
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { quarterLoss } from '../../../src/core/ledger/replace';
import { emptyLedger } from '../../../src/core/ledger/upsert';
import { quarterBooks, spec } from './fixtures';

const units = spec.units.map((u) => u.id);
const q2 = mergeWithLedger(quarterBooks(2), spec, undefined).ledger;

describe('quarterLoss', () => {
  it('a new quarter with units, or the same quarter with the same units again, loses nothing', () => {
    expect(quarterLoss(emptyLedger(spec), mergeBooks(quarterBooks(1), spec).summary)).toBeUndefined();
    expect(quarterLoss(q2, mergeBooks(quarterBooks(2), spec).summary)).toBeUndefined();
    expect(quarterLoss(q2, mergeBooks(quarterBooks(3, undefined, units.slice(0, 1)), spec).summary)).toBeUndefined();
  });

  it('a merge that took in no table of its quarter is nothing-sent, naming the units the ledger records', () => {
    // Q3's files merged as quarter 2: every file is of another quarter.
    const slip = mergeBooks(quarterBooks(3), spec, { quarter: 2 }).summary;
    expect(slip.totals.submitted).toBe(0);
    expect(quarterLoss(q2, slip)).toEqual({ kind: 'nothing-sent', quarter: 2, recorded: units });
    expect(quarterLoss(emptyLedger(spec), slip)).toEqual({ kind: 'nothing-sent', quarter: 2, recorded: [] });
  });

  it('merging one corrected file again names every other unit the quarter would lose, in the ledger order', () => {
    const [fixed, ...others] = units;
    const again = mergeBooks(quarterBooks(2, undefined, [fixed]), spec).summary;
    expect(quarterLoss(q2, again)).toEqual({ kind: 'units-lost', quarter: 2, recorded: units, lost: others });
  });
});
