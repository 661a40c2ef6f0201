import { mergeReports } from '../../../src/core/merge/merge';
import { rosterTexts } from '../../../src/core/merge/roster-texts';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import type { Finding } from '../../../src/core/validate/finding';
import type { MergeInput } from '../../../src/core/merge/types';
import { fifteenInputs, testSpec } from './fixtures';

const err = (file: string, sheet: string, cell: string | null, message: string, code = 'x'): Finding => ({ code, severity: 'error', file, sheet, cell, message, hint: '' });
const at = (f: Finding, number: number, name: string, column: string, columnKey: string): Finding => ({ ...f, item: { number, name }, column, columnKey });

describe('roster.returnTexts: one ready-to-paste text per unit to send back, every error by item and column', () => {
  const spec = testSpec();
  const inputs: MergeInput[] = fifteenInputs();
  const health = inputs.find((i) => i.report?.identity.unit === '区卫健局')!;
  const item2 = spec.items[1].name;
  const item5 = spec.items[4].name;
  health.findings = [
    at({ ...err(health.file, '进展情况表', 'E5', '完成时限“尽快”无法识别', 'deadline-unreadable'), params: { text: '尽快' } }, 2, item2, '完成时限', 'deadline'),
    err(health.file, '进展情况表', 'D8', '第5项进度情况未填写'),
    { ...err(health.file, '进展情况表', 'D9', '进度过短'), severity: 'warning' },
    at(err(health.file, '进展情况表', 'E8', '完成时限未填写', 'deadline-empty'), 5, item5, '完成时限', 'deadline'),
    at({ ...err(health.file, '指标完成情况', 'I8', '““两癌”免费检查”是比率，填的 120% 超过了 100%', 'indicator-rate-over-100'), params: { metric: '“两癌”免费检查', value: 120 } }, 5, item5, '累计完成', 'cumulativeValue'),
  ];
  const civil = inputs.find((i) => i.report?.identity.unit === '区民政局')!;
  civil.findings = [err(civil.file, '进展情况表', null, '没有写填报单位', 'unit-missing')];
  const summary = mergeReports(inputs, spec, { quarter: 3 });

  const healthText =
    `区卫健局：你单位报送的2026年第三季度工作进展情况表（${health.file}）有 4 处错误，请逐项修改后尽快重新报送：\n` +
    `1. 第2项 ${item2} · 完成时限（E5）：完成时限“尽快”无法识别。\n` +
    '2. D8：第5项进度情况未填写。\n' +
    `3. 第5项 ${item5} · 完成时限（E8）：完成时限未填写。\n` +
    `4. 第5项 ${item5} · 累计完成（指标完成情况 I8）：““两癌”免费检查”是比率，填的 120% 超过了 100%。`;
  const civilText = `区民政局：你单位报送的2026年第三季度工作进展情况表（${civil.file}）有 1 处错误，请逐项修改后尽快重新报送：\n1. 没有写填报单位。`;

  it('lists every error of each unit, never cut, each with its place in words', () => {
    expect(summary.roster.returnTexts).toEqual([
      { unit: '区卫健局', kind: 'errors', text: healthText },
      { unit: '区民政局', kind: 'errors', text: civilText },
    ]);
    expect(summary.roster.returnText).toBe(`${healthText}\n${civilText}`);
  });

  it('renders the same texts in en-US from the roster, without merging again', () => {
    expect(rosterTexts(summary.roster, 'en-US').returnTexts[0]).toEqual({
      unit: '区卫健局',
      kind: 'errors',
      text:
        `区卫健局: the 2026 Q3 progress table you sent (${health.file}) has 4 errors. Please correct each of them and send it again as soon as possible:\n` +
        `1. Item 2 ${item2} · Deadline (E5): The deadline “尽快” cannot be read.\n` +
        '2. D8: 第5项进度情况未填写.\n' +
        `3. Item 5 ${item5} · Deadline (E8): The deadline (完成时限) is empty.\n` +
        `4. Item 5 ${item5} · Done so far (指标完成情况 I8): “{metric}” is a rate; 120% is over 100%.`.replace('{metric}', '“两癌”免费检查'),
    });
  });

  it('is printed in the 报送情况 sheet under the reminder', () => {
    const sheet = summaryWorkbookPlan(summary, spec).sheets.find((s) => s.role === 'roster')!;
    const texts = sheet.cells.map((c) => c.value);
    const label = texts.indexOf('退回修改提示（可复制）');
    expect(label).toBeGreaterThan(texts.indexOf('催报提示（可复制）'));
    expect(texts.slice(label + 1, label + 3)).toEqual(summary.roster.returnTexts.map((r) => r.text));
  });

  it('is empty when no merged file has errors', () => {
    const s = mergeReports(fifteenInputs(), spec, { quarter: 3 });
    expect(s.roster.returnText).toBe('');
    expect(s.roster.returnTexts).toEqual([]);
  });

  it('counts errors left out by the findings cap (findings-truncated) and says so in the list', () => {
    const more = fifteenInputs();
    const h = more.find((i) => i.report?.identity.unit === '区卫健局')!;
    h.findings = [
      err(h.file, '进展情况表', 'B20', '序号对不上', 'item-unknown'),
      { code: 'findings-truncated', severity: 'info', file: h.file, sheet: '进展情况表', cell: null, message: '还有 4950 处同类问题未列出（item-unknown）', hint: '', params: { count: 4950, code: 'item-unknown' } },
    ];
    const s = mergeReports(more, spec, { quarter: 3 });
    expect(s.roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({ status: 'with-errors', errors: 4951 });
    expect(s.roster.returnText).toBe(
      `区卫健局：你单位报送的2026年第三季度工作进展情况表（${h.file}）有 4951 处错误，请逐项修改后尽快重新报送：\n` +
        '1. B20：序号对不上。\n2. 还有 4950 处同类问题未列出（item-unknown）。',
    );
  });
});
