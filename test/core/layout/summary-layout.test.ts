import { mergeReports } from '../../../src/core/merge/merge';
import { summaryWorkbookPlan, summaryTablePlan, summaryRosterPlan, summaryTargetsPlan } from '../../../src/core/layout/summary';
import type { SheetPlan } from '../../../src/core/sheet/plan';
import { fifteenInputs, knownText, makeReport, testSpec } from '../merge/fixtures';

const spec = testSpec();
const value = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
const styleOf = (plan: SheetPlan, row: number, col: number) => {
  const key = plan.cells.find((c) => c.row === row && c.col === col)?.style;
  return key ? plan.styles[key] : undefined;
};

describe('the 汇总表 in the official layout', () => {
  const summary = mergeReports(fifteenInputs(), spec, { quarter: 3 });
  const plan = summaryTablePlan(summary, spec);

  it('has the title with the quarter, the five headers and one row per item', () => {
    expect(value(plan, 0, 0)).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总');
    expect([0, 1, 2, 3, 4].map((c) => value(plan, 2, c))).toEqual(['序号', '实事名称', '责任单位', '本季度具体措施\n及任务进度情况', '完成时限']);
    expect([0, 1, 2, 3, 4].map((c) => value(plan, 3, c))).toEqual([
      1,
      '实事1',
      '区人社局\n区妇联\n区商务局',
      ['区人社局', '区妇联', '区商务局'].map((u) => `【${u}】${knownText(u, 1)}`).join('\n'),
      '2026年12月',
    ]);
    expect(value(plan, 12, 1)).toBe('实事10');
    expect(value(plan, 13, 1)).toBeUndefined();
  });

  it('is print-ready: A4 landscape, one page wide, header repeated, computed row heights', () => {
    expect(plan.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows: { r0: 2, r1: 2 } });
    expect(plan.role).toBe('summary');
    for (let r = 0; r <= 12; r++) expect(plan.rowHeights[r]).toBeGreaterThan(0);
    expect(plan.rowHeights[3]).toBeGreaterThan(plan.rowHeights[5]);
  });

  it('writes file texts in the text format', () => {
    expect(styleOf(plan, 3, 3)?.numberFormat).toBe('@');
  });
});

describe('the 汇总表 in the per-unit layout', () => {
  const summary = mergeReports(fifteenInputs().filter((i) => !i.file.includes('区商务局')), spec, { quarter: 3, layout: 'per-unit' });
  const plan = summaryTablePlan(summary, spec);

  it('gives each unit its own sub-row with 序号 and 实事名称 merged over the item', () => {
    expect([3, 4, 5].map((r) => [value(plan, r, 2), value(plan, r, 3)])).toEqual([
      ['区人社局', knownText('区人社局', 1)],
      ['区妇联', knownText('区妇联', 1)],
      ['区商务局', '（未报送）'],
    ]);
    expect(plan.merges).toContainEqual({ r0: 3, c0: 0, r1: 5, c1: 0 });
    expect(plan.merges).toContainEqual({ r0: 3, c0: 1, r1: 5, c1: 1 });
    expect(value(plan, 3, 0)).toBe(1);
    expect(value(plan, 4, 0)).toBeNull();
    expect(styleOf(plan, 5, 3)?.font?.color).toBe('#C00000');
  });
});

describe('continuation rows for a text over the cell limit', () => {
  const inputs = ['区卫健局', '区妇联'].map((unit, i) => ({
    file: `${unit}.xlsx`,
    report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, texts: { 2: (i ? '乙' : '甲').repeat(20000) } }),
    findings: [],
  }));
  const summary = mergeReports(inputs, spec, { quarter: 3 });

  it('official: the text continues in （续） rows that each fit a 409-point row, with the fixed columns merged', () => {
    const plan = summaryTablePlan(summary, spec);
    const next = plan.cells.find((c) => c.col === 1 && c.value === '实事3');
    const last = (next?.row ?? 0) - 1;
    const texts = Array.from({ length: last - 3 }, (_, k) => value(plan, 4 + k, 3) as string);
    expect(texts[0].startsWith('【区卫健局】甲')).toBe(true);
    expect(texts.slice(1).every((t) => t.startsWith('（续）'))).toBe(true);
    expect(texts.map((t, k) => (k ? t.slice(3) : t)).join('')).toBe(`【区卫健局】${'甲'.repeat(20000)}【区妇联】${'乙'.repeat(20000)}`);
    for (let r = 4; r <= last; r++) expect(plan.rowHeights[r]).toBeLessThanOrEqual(409);
    for (const c of [0, 1, 2, 4]) expect(plan.merges).toContainEqual({ r0: 4, c0: c, r1: last, c1: c });
    for (const cell of plan.cells) if (typeof cell.value === 'string') expect(cell.value.length).toBeLessThanOrEqual(32767);
  });
});

describe('the 报送情况 sheet', () => {
  const inputs = [
    ...fifteenInputs().filter((i) => !i.file.includes('区科协')),
    { file: 'bad.xlsx', findings: [], error: { code: 'file-corrupt', message: '文件已损坏' } },
  ];
  const summary = mergeReports(inputs, spec, { quarter: 3 });
  const plan = summaryRosterPlan(summary);

  it('lists every unit with its status, then the files not merged, then the reminder', () => {
    expect(value(plan, 0, 0)).toBe('2026年第三季度工作进展情况表报送情况');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => value(plan, 2, c))).toEqual(['序号', '责任单位', '报送状态', '文件', '填报日期', '错误', '警告', '说明']);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => value(plan, 3, c))).toEqual([1, '区人社局', '已报送', '01-区人社局.xlsx', '2026年9月28日', 0, 0, '']);
    expect([1, 2, 7].map((c) => value(plan, 10, c))).toEqual(['区科协', '未报送', '区科协未报送第三季度进展情况表']);
    const texts = plan.cells.map((c) => c.value);
    expect(texts).toContain('未纳入汇总的文件');
    expect(texts).toContain('文件 bad.xlsx 已损坏或不完整，无法打开');
    expect(texts).toContain('请以下单位尽快报送2026年第三季度工作进展情况表：区科协。');
    expect(plan.role).toBe('roster');
  });
});

describe('the 指标完成情况汇总 sheet', () => {
  const summary = mergeReports(fifteenInputs(), spec, { quarter: 3 });
  const plan = summaryTargetsPlan(summary);

  it('has one row per target with the total, the completion ratio as 0.0% and a 0..1 data bar', () => {
    expect(plan.cells.filter((c) => c.row === 3).map((c) => c.value)).toEqual([
      1, '实事1', '专场招聘活动：不少于2场次', 2, '场次', '区人社局：1\n区妇联：1\n区商务局：2', '求和', 4, 2, 0.75, '已完成',
    ]);
    expect(styleOf(plan, 3, 8)?.numberFormat).toBe('0.0%');
    expect(plan.dataBars).toEqual([{ range: { r0: 3, c0: 8, r1: 7, c1: 8 }, color: '#5B9BD5', min: 0, max: 1 }]);
    expect(plan.merges).toContainEqual({ r0: 3, c0: 0, r1: 4, c1: 0 });
    expect(plan.role).toBe('indicator-summary');
  });
});

describe('the summary workbook', () => {
  it('has the three sheets with their roles and the metadata of the quarter', () => {
    const summary = mergeReports(fifteenInputs(), spec, { quarter: 3 });
    const wb = summaryWorkbookPlan(summary, spec);
    expect(wb.sheets.map((s) => [s.name, s.role])).toEqual([['汇总表', 'summary'], ['报送情况', 'roster'], ['指标完成情况汇总', 'indicator-summary']]);
    expect(wb.metadata).toEqual({ templateId: 'test-2026', templateVersion: '1', year: 2026, quarter: 3, sheets: { summary: '汇总表', roster: '报送情况', 'indicator-summary': '指标完成情况汇总' } });
  });
});
