import { mergeReports } from '../../../src/core/merge/merge';
import { fifteenInputs, knownText, testSpec, UNITS } from './fixtures';

describe('merging the 15 units of a quarter', () => {
  const spec = testSpec();
  const summary = mergeReports(fifteenInputs(), spec, { quarter: 3 });

  it('puts every unit text verbatim in its item under its label, in the notice order', () => {
    for (const item of spec.items) {
      const s = summary.items.find((i) => i.number === item.number)!;
      expect(s.progressText).toBe(item.units.map((u) => `【${u}】${knownText(u, item.number)}`).join('\n'));
      expect(s.entries.map((e) => e.unit)).toEqual(item.units);
      expect(s.textParts).toEqual([s.progressText]);
      expect(s.deadline).toBe('2026年12月');
    }
  });

  it('lists all 15 units as submitted and no reminder', () => {
    expect(summary.roster.units.map((u) => [u.unit, u.status])).toEqual(UNITS.map((u) => [u, 'submitted']));
    expect(summary.roster.missing).toEqual([]);
    expect(summary.roster.reminder).toBe('');
    expect(summary.totals).toEqual({ units: 15, submitted: 15, withErrors: 0, unreadable: 0, missing: 0, files: 15, merged: 15, notMerged: 0 });
    expect(summary.findings).toEqual([]);
  });

  it('sums cumulative targets, averages rates and leaves per-person standards alone', () => {
    const t = Object.fromEntries(summary.targets.map((x) => [x.id, x]));
    expect(t['1.1']).toMatchObject({ total: 4, completion: 2, expected: 0.75, pace: 'met', aggregate: 'sum' });
    // 1.2 is only for 区妇联 and 区商务局: 三场 + 9 = 12 of 16 = 75% = the Q3 pace.
    expect(t['1.2']).toMatchObject({ total: 12, completion: 0.75, pace: 'on-track' });
    expect(t['1.2'].perUnit.map((v) => [v.unit, v.value])).toEqual([['区妇联', 3], ['区商务局', 9]]);
    expect(t['2.1']).toMatchObject({ total: 15000, pace: 'on-track' });
    expect(t['2.1'].completion).toBeCloseTo(15000 / 19000);
    expect(t['2.2']).toMatchObject({ aggregate: 'none', pace: 'not-applicable' });
    expect(t['2.2'].total).toBeUndefined();
    expect(t['5.1']).toMatchObject({ aggregate: 'average', total: 94, pace: 'met' });
  });

  it('shows a per-unit figure left blank as a unit without value', () => {
    const t = summary.targets.find((x) => x.id === '2.2')!;
    expect(t.perUnit).toEqual([
      { unit: '区卫健局', state: 'empty', text: '', responsible: true, file: '04-区卫健局.xlsx', cell: 'I7' },
      { unit: '区妇联', state: 'figure', text: '10000', value: 10000, responsible: true, file: '02-区妇联.xlsx', cell: 'I7' },
    ]);
  });
});
