import { mergeReports } from '../../../src/core/merge/merge';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { fifteenInputs, testSpec } from './fixtures';

/** A figure the unit's own file flags as an error (a rate of 114%) is shown in the summary but not counted. */
describe('a figure flagged as an error is not counted', () => {
  const spec = testSpec();
  const inputs = fifteenInputs();
  const jiaoti = inputs.find((i) => i.report?.identity.unit === '区教体局')!;
  const row = jiaoti.report!.indicators!.rows.find((r) => r.targetId === '5.1')!;
  row.cumulativeValue = { ...row.cumulativeValue, text: '114', raw: { value: 114, text: '114' } };
  jiaoti.findings = [
    {
      code: 'indicator-rate-over-100',
      severity: 'error',
      file: jiaoti.file,
      sheet: '指标完成情况',
      cell: row.cumulativeValue.cell,
      message: '比率超过100%',
      hint: '',
    },
  ];
  const summary = mergeReports(inputs, spec, { quarter: 3 });
  const target = summary.targets.find((t) => t.id === '5.1')!;

  it('keeps the figure out of the total and marks it', () => {
    expect(target.total).toBe(92);
    expect(target.perUnit.find((v) => v.unit === '区教体局')).toEqual({
      unit: '区教体局',
      state: 'excluded',
      text: '114',
      responsible: true,
      file: jiaoti.file,
      cell: row.cumulativeValue.cell,
      excludedBy: 'indicator-rate-over-100',
    });
  });

  it('says so in the 指标完成情况汇总 sheet', () => {
    const plan = summaryWorkbookPlan(summary, spec);
    const sheet = plan.sheets.find((s) => s.role === 'indicator-summary')!;
    expect(sheet.cells.some((c) => typeof c.value === 'string' && c.value.includes('区教体局：114（有错误，未计入）'))).toBe(true);
  });
});
