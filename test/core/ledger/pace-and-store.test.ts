import { ledgerDataPlan, readLedger } from '../../../src/core/ledger/store';
import { paceLines, textBar } from '../../../src/core/ledger/pace';
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { bookFromPlan } from '../../helpers/fixtures';
import { LEDGER_PACE_HEADER_ROW, ledgerPacePlan, PACE_CHART_TITLE, PACE_COMPLETION_COLUMN } from '../../../src/core/layout/ledger-pace';
import { quarterBooks, spec } from './fixtures';

describe('pace view', () => {
  const { ledger, summary } = mergeWithLedger(quarterBooks(2), spec, undefined);

  it('lists every target once, behind pace first (largest shortfall first), then no data, on track, met, not applicable', () => {
    const lines = paceLines(ledger, spec);
    expect(lines).toHaveLength(summary.targets.length);
    const order = ['behind', 'no-data', 'on-track', 'met', 'not-applicable'];
    const ranks = lines.map((l) => order.indexOf(l.pace));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const behind = lines.filter((l) => l.pace === 'behind');
    const gaps = behind.map((l) => (l.completion ?? 0) - (l.expected ?? 1));
    expect([...gaps].sort((a, b) => a - b)).toEqual(gaps);
    for (const l of lines) {
      const t = summary.targets.find((x) => x.id === l.target.id)!;
      expect([l.pace, l.completion, l.byQuarter[1], l.byQuarter[0]]).toEqual([t.pace, t.completion, t.total, undefined]);
    }
  });

  it('charts each target\'s 完成率 under the 进度一览 table: one bar per row, labels 指标, values 完成率, the axis to 100 % or over', () => {
    const plan = ledgerPacePlan(ledger, spec);
    const lines = paceLines(ledger, spec);
    expect(plan.charts).toHaveLength(1);
    const [chart] = plan.charts!;
    const first = LEDGER_PACE_HEADER_ROW + 1;
    const last = first + lines.length - 1;
    expect([chart.title, chart.categories, chart.values]).toEqual([
      PACE_CHART_TITLE,
      { r0: first, c0: 2, r1: last, c1: 2 },
      { r0: first, c0: PACE_COMPLETION_COLUMN, r1: last, c1: PACE_COMPLETION_COLUMN },
    ]);
    const at = (r: number, c: number) => plan.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
    lines.forEach((l, k) => expect([at(first + k, 2), at(first + k, PACE_COMPLETION_COLUMN)]).toEqual([l.target.metric, l.completion ?? null]));
    expect(chart.anchor.r0).toBeGreaterThan(last);
    expect(chart.axis?.max).toBeGreaterThanOrEqual(Math.max(1, ...lines.map((l) => l.completion ?? 0)));
  });

  it('draws a text bar of ten blocks', () => {
    expect(textBar(0.5)).toBe('■■■■■□□□□□ 50%');
    expect(textBar(1.5)).toBe('■■■■■■■■■■ 150%');
    expect(textBar(undefined)).toBe('');
  });
});

describe('ledger data sheet', () => {
  it('refuses damaged data with the file named, and splits long data into chunks under the cell limit', () => {
    const { ledger } = mergeWithLedger(quarterBooks(1), spec, undefined);
    ledger.quarters[0].progress[0].progressText = '长'.repeat(70000);
    const plan = ledgerDataPlan(ledger);
    expect(readLedger(bookFromPlan({ sheets: [plan] }), spec, '台账.xlsx')).toEqual({ ledger });
    expect(plan.cells.every((c) => typeof c.value !== 'string' || c.value.length <= 30000)).toBe(true);
    expect(plan.cells.filter((c) => typeof c.value === 'string' && /^data\.\d+$/.test(c.value)).length).toBe(3);
    const cut = { ...plan, cells: plan.cells.filter((c) => !(c.row === plan.cells.find((x) => x.value === 'data.1')!.row)) };
    expect(readLedger(bookFromPlan({ sheets: [cut] }), spec, '台账.xlsx').finding).toMatchObject({
      code: 'ledger-damaged',
      severity: 'error',
      file: '台账.xlsx',
      message: '台账 台账.xlsx 的数据已损坏，无法读取：缺少数据',
    });
  });
});
