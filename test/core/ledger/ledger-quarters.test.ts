/**
 * The year's ledger across quarters (issue 14): Q1, Q2, Q3 merged in turn, Q2 merged again, Q1 merged late; every
 * figure, increment and text of the ledger checked against the files, a fallen cumulative figure flagged at the
 * right unit, nothing lost, idempotent.
 */
import { increment, totalFigure, unitFigure } from '../../../src/core/ledger/figures';
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { emptyLedger } from '../../../src/core/ledger/upsert';
import type { Ledger } from '../../../src/core/ledger/types';
import type { Quarter, Target } from '../../../src/core/spec/schema';
import { targetUnits } from '../../../src/core/spec/targets';
import { figureOf, quarterBooks, soleCumulative, spec, textOfQuarter } from './fixtures';

const { target: fallTarget, unit: fallUnit } = soleCumulative();
/** Q2's files with `fallUnit`'s figure of `fallTarget` below its Q1 figure. */
const fallen = (t: Target, unit: string, q: Quarter) => (t.id === fallTarget.id && unit === fallUnit ? figureOf(t, unit, 1) - 3 : figureOf(t, unit, q));

/** Check the ledger's quarter q against the default files of that quarter, cell by cell of the model. */
function expectQuarter(ledger: Ledger, q: Quarter, figure = figureOf): void {
  const record = ledger.quarters.find((x) => x.quarter === q);
  expect(record).toBeDefined();
  for (const item of spec.items) {
    for (const unit of item.units) {
      const p = record!.progress.find((x) => x.item === item.number && x.unit === unit);
      expect(p).toEqual({ item: item.number, unit, status: 'filled', progressText: textOfQuarter(unit, item.number, q), deadline: '2026年12月底', responsible: true });
    }
    for (const t of item.targets) {
      const units = targetUnits(item, t);
      for (const unit of units) {
        const f = record!.figures.find((x) => x.target === t.id && x.unit === unit);
        const v = figure(t, unit, q);
        if (f?.state === 'figure') expect(f.value).toBe(v);
        else expect(f?.state).toBe('excluded');
      }
    }
  }
}

describe('ledger across quarters', () => {
  const q1 = mergeWithLedger(quarterBooks(1), spec, undefined);
  const q2 = mergeWithLedger(quarterBooks(2, fallen), spec, q1.ledger);
  const q3 = mergeWithLedger(quarterBooks(3), spec, q2.ledger);

  it('records Q1 with every text and figure; the increment of Q1 is the figure itself', () => {
    expect(q1.ledger.quarters.map((q) => q.quarter)).toEqual([1]);
    expectQuarter(q1.ledger, 1);
    for (const item of spec.items) {
      for (const t of item.targets) {
        if (t.kind !== 'cumulative') continue;
        for (const unit of targetUnits(item, t)) expect(increment(q1.ledger, 1, (r) => unitFigure(r, t.id, unit))).toBe(figureOf(t, unit, 1));
      }
    }
  });

  it('flags a cumulative figure that fell below Q1 at the right unit, cell and roster line, and leaves it out of the total', () => {
    const input = q2.inputs.find((i) => i.file === `${fallUnit}-Q2.xlsx`)!;
    const f = input.findings[0];
    expect(f).toMatchObject({
      code: 'ledger-cumulative-fell',
      severity: 'error',
      file: `${fallUnit}-Q2.xlsx`,
      sheet: input.report!.indicators!.sheet,
      cell: input.report!.indicators!.rows.find((r) => r.targetId === fallTarget.id)!.cumulativeValue.cell,
      message: `“${fallTarget.metric}”的累计完成 ${figureOf(fallTarget, fallUnit, 1) - 3} 比台账中第一季度的 ${figureOf(fallTarget, fallUnit, 1)} 还少`,
    });
    // Only that unit's file has a ledger finding.
    expect(q2.inputs.filter((i) => i.findings.some((x) => x.code.startsWith('ledger-'))).map((i) => i.file)).toEqual([`${fallUnit}-Q2.xlsx`]);
    const line = q2.summary.roster.units.find((u) => u.unit === fallUnit)!;
    expect(line).toMatchObject({ status: 'with-errors', errors: 1 });
    expect(q2.summary.roster.withErrors).toEqual([fallUnit]);
    expect(q2.summary.roster.returnText).toContain(`${fallUnit}：`);
    expect(q2.summary.roster.returnText).toContain(`有 1 处错误`);
    expect(q2.summary.roster.returnText).toContain(`1. 指标完成情况 ${f.cell}：${f.message}。`);
    const t = q2.summary.targets.find((x) => x.id === fallTarget.id)!;
    expect(t.perUnit[0]).toMatchObject({ unit: fallUnit, state: 'excluded', excludedBy: 'ledger-cumulative-fell' });
    expect(t.total).toBeUndefined();
    // Q1 compared against nothing: no ledger finding there.
    expect(q1.inputs.some((i) => i.findings.some((x) => x.code.startsWith('ledger-')))).toBe(false);
  });

  it('records Q3 with increments over Q2 (and over Q1 where Q2 was not counted)', () => {
    expect(q3.ledger.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expectQuarter(q3.ledger, 3);
    for (const item of spec.items) {
      for (const t of item.targets) {
        if (t.kind !== 'cumulative') continue;
        for (const unit of targetUnits(item, t)) {
          const inc = increment(q3.ledger, 3, (r) => unitFigure(r, t.id, unit));
          const before = t.id === fallTarget.id && unit === fallUnit ? figureOf(t, unit, 1) : figureOf(t, unit, 2);
          expect(inc).toBe(figureOf(t, unit, 3) - before);
        }
        const total = (q: Quarter) => totalFigure(q3.ledger.quarters.find((x) => x.quarter === q), t.id);
        expect(total(3)).toBe(targetUnits(item, t).reduce((a, u) => a + figureOf(t, u, 3), 0));
      }
    }
    // Nothing lost: Q1 and Q2 as they were.
    expect(q3.ledger.quarters[0]).toEqual(q1.ledger.quarters[0]);
    expect(q3.ledger.quarters[1]).toEqual(q2.ledger.quarters[1]);
    expect(q3.previous?.quarter).toBe(2);
  });

  it('merging Q2 again (corrected) replaces Q2 and nothing else; the fall is gone', () => {
    const again = mergeWithLedger(quarterBooks(2), spec, q3.ledger);
    expect(again.ledger.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(again.ledger.quarters[0]).toEqual(q3.ledger.quarters[0]);
    expect(again.ledger.quarters[2]).toEqual(q3.ledger.quarters[2]);
    expectQuarter(again.ledger, 2);
    expect(again.summary.roster.withErrors).toEqual([]);
    expect(again.inputs.some((i) => i.findings.some((x) => x.code.startsWith('ledger-')))).toBe(false);
  });

  it('is idempotent: the same quarter merged twice gives the same ledger', () => {
    const twice = mergeWithLedger(quarterBooks(3), spec, q3.ledger);
    expect(twice.ledger).toEqual(q3.ledger);
  });

  it('puts Q1 merged late into its own place and checks it against the later quarters', () => {
    const late2 = mergeWithLedger(quarterBooks(2), spec, emptyLedger(spec));
    const late3 = mergeWithLedger(quarterBooks(3), spec, late2.ledger);
    const big = (t: Target, unit: string, q: Quarter) => (t.id === fallTarget.id && unit === fallUnit ? figureOf(t, unit, 2) + 5 : figureOf(t, unit, q));
    const late1 = mergeWithLedger(quarterBooks(1, big), spec, late3.ledger);
    expect(late1.ledger.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(late1.ledger.quarters[1]).toEqual(late3.ledger.quarters[0]);
    expect(late1.ledger.quarters[2]).toEqual(late3.ledger.quarters[1]);
    expect(late1.previous).toBeUndefined();
    const input = late1.inputs.find((i) => i.file === `${fallUnit}-Q1.xlsx`)!;
    expect(input.findings[0]).toMatchObject({
      code: 'ledger-cumulative-above-later',
      severity: 'error',
      message: `“${fallTarget.metric}”的累计完成 ${figureOf(fallTarget, fallUnit, 2) + 5} 比台账中第二季度的 ${figureOf(fallTarget, fallUnit, 2)} 还多`,
    });
    expect(late1.summary.roster.withErrors).toEqual([fallUnit]);
    // Q2's increments are now over Q1.
    const t = spec.items.flatMap((i) => i.targets).find((x) => x.kind === 'cumulative' && x.id !== fallTarget.id)!;
    const unit = targetUnits(spec.items.find((i) => i.targets.includes(t))!, t)[0];
    expect(increment(late3.ledger, 2, (r) => unitFigure(r, t.id, unit))).toBeUndefined();
    expect(increment(late1.ledger, 2, (r) => unitFigure(r, t.id, unit))).toBe(figureOf(t, unit, 2) - figureOf(t, unit, 1));
  });

  it('refuses a ledger of another list or year', () => {
    expect(() => mergeWithLedger(quarterBooks(1), spec, { ...emptyLedger(spec), year: 2025 })).toThrow(RangeError);
    expect(() => mergeWithLedger(quarterBooks(1), spec, { ...emptyLedger(spec), templateId: 'other' })).toThrow(RangeError);
  });
});
