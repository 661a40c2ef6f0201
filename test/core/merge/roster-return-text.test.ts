import { mergeReports } from '../../../src/core/merge/merge';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import type { Finding } from '../../../src/core/validate/finding';
import type { MergeInput } from '../../../src/core/merge/types';
import { fifteenInputs, testSpec } from './fixtures';

const err = (file: string, sheet: string, cell: string | null, message: string, code = 'x'): Finding => ({ code, severity: 'error', file, sheet, cell, message, hint: '' });

describe('roster.returnText: a ready-to-paste return-for-correction message', () => {
  const spec = testSpec();
  const inputs: MergeInput[] = fifteenInputs();
  const health = inputs.find((i) => i.report?.identity.unit === '区卫健局')!;
  health.findings = [
    err(health.file, '进展情况表', 'E5', '完成时限“尽快”无法识别', 'deadline-unreadable'),
    err(health.file, '进展情况表', 'D8', '第5项进度情况未填写', 'progress-empty'),
    { ...err(health.file, '进展情况表', 'D9', '进度过短'), severity: 'warning' },
    err(health.file, '进展情况表', 'E8', '完成时限未填写', 'deadline-empty'),
    err(health.file, '指标完成情况', 'I8', '比率超过100%', 'indicator-rate-over-100'),
  ];
  const civil = inputs.find((i) => i.report?.identity.unit === '区民政局')!;
  civil.findings = [err(civil.file, '进展情况表', null, '没有写填报单位', 'unit-missing')];
  const summary = mergeReports(inputs, spec, { quarter: 3 });

  it('names each unit with its error count and first 3 errors with cells, then 等', () => {
    expect(summary.roster.returnText).toBe(
      '请以下单位修改后重新报送2026年第三季度工作进展情况表：' +
        '区卫健局（4 处错误：E5 完成时限“尽快”无法识别；D8 第5项进度情况未填写；E8 完成时限未填写 等）；' +
        '区民政局（1 处错误：没有写填报单位）。',
    );
  });

  it('is printed in the 报送情况 sheet under the reminder', () => {
    const sheet = summaryWorkbookPlan(summary, spec).sheets.find((s) => s.role === 'roster')!;
    const texts = sheet.cells.map((c) => c.value);
    const label = texts.indexOf('退回修改提示（可复制）');
    expect(label).toBeGreaterThan(texts.indexOf('催报提示（可复制）'));
    expect(texts[label + 1]).toBe(summary.roster.returnText);
  });

  it('is empty when no merged file has errors', () => {
    expect(mergeReports(fifteenInputs(), spec, { quarter: 3 }).roster.returnText).toBe('');
  });

  it('counts errors left out by the findings cap (findings-truncated)', () => {
    const more = fifteenInputs();
    const h = more.find((i) => i.report?.identity.unit === '区卫健局')!;
    h.findings = [
      err(h.file, '进展情况表', 'B20', '序号对不上', 'item-unknown'),
      { code: 'findings-truncated', severity: 'info', file: h.file, sheet: '进展情况表', cell: null, message: '', hint: '', params: { count: 4950, code: 'item-unknown' } },
    ];
    const s = mergeReports(more, spec, { quarter: 3 });
    expect(s.roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({ status: 'with-errors', errors: 4951 });
    expect(s.roster.returnText).toBe('请以下单位修改后重新报送2026年第三季度工作进展情况表：区卫健局（4951 处错误：B20 序号对不上 等）。');
  });
});
