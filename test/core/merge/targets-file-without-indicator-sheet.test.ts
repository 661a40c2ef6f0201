import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { mergeReports } from '../../../src/core/merge/merge';
import { fifteenInputs, testSpec } from './fixtures';

/** 区民政局 in examples/ sent a hand-made file without the 指标完成情况 sheet: that is 未填指标表, not 未报送. */
describe('a unit whose file has no indicator sheet is 未填指标表, not 未报送', () => {
  const spec = testSpec();
  const inputs = fifteenInputs();
  const health = inputs.find((i) => i.report?.identity.unit === '区卫健局')!;
  delete health.report!.indicators;
  const jiaoti = inputs.find((i) => i.report?.identity.unit === '区教体局')!;
  const rateRow = jiaoti.report!.indicators!.rows.find((r) => r.targetId === '5.1')!;
  rateRow.cumulativeValue = { ...rateRow.cumulativeValue, text: '114', raw: { value: 114, text: '114' } };
  jiaoti.findings = [
    { code: 'indicator-rate-over-100', severity: 'error', file: jiaoti.file, sheet: '指标完成情况', cell: rateRow.cumulativeValue.cell, message: '', hint: '' },
  ];
  const withoutFuLian = inputs.filter((i) => i.report?.identity.unit !== '区妇联');
  const summary = mergeReports(withoutFuLian, spec, { quarter: 3 });
  const target = (id: string) => summary.targets.find((t) => t.id === id)!;

  it('states every case apart: no file, no indicator sheet, blank cell, flagged, figure', () => {
    expect(target('2.1').perUnit).toEqual([{ unit: '区卫健局', state: 'no-indicator-sheet', text: '', responsible: true, file: health.file }]);
    expect(target('2.2').perUnit.map((v) => [v.unit, v.state])).toEqual([
      ['区卫健局', 'no-indicator-sheet'],
      ['区妇联', 'missing'],
    ]);
    expect(target('5.1').perUnit.map((v) => [v.unit, v.state])).toEqual([
      ['区卫健局', 'no-indicator-sheet'],
      ['区教体局', 'excluded'],
    ]);
    expect(target('1.1').perUnit.map((v) => [v.unit, v.state])).toEqual(
      expect.arrayContaining([
        ['区人社局', 'figure'],
        ['区妇联', 'missing'],
      ]),
    );
  });

  it('the 指标完成情况汇总 sheet says 未填指标表, 未报送 and 有错误，未计入', () => {
    const sheet = summaryWorkbookPlan(summary, spec).sheets.find((s) => s.role === 'indicator-summary')!;
    const texts = sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('区卫健局：未填指标表\n区妇联：未报送');
    expect(texts).toContain('区卫健局：未填指标表\n区教体局：114（有错误，未计入）');
  });
});

test('a blank 累计完成 flagged by indicator-empty is 未填写, not 有错误', () => {
  const spec = testSpec();
  const inputs = fifteenInputs();
  const rsj = inputs.find((i) => i.report?.identity.unit === '区人社局')!;
  const row = rsj.report!.indicators!.rows.find((r) => r.targetId === '1.1')!;
  row.cumulativeValue = { cell: row.cumulativeValue.cell, raw: undefined, text: '' };
  rsj.findings = [{ code: 'indicator-empty', severity: 'error', file: rsj.file, sheet: '指标完成情况', cell: row.cumulativeValue.cell, message: '', hint: '' }];
  const summary = mergeReports(inputs, spec, { quarter: 3 });
  const v = summary.targets.find((t) => t.id === '1.1')!.perUnit.find((x) => x.unit === '区人社局');
  expect(v).toEqual({ unit: '区人社局', state: 'empty', text: '', responsible: true, file: rsj.file, cell: row.cumulativeValue.cell });
});
