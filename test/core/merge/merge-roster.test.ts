import { mergeReports } from '../../../src/core/merge/merge';
import type { MergeInput } from '../../../src/core/merge/types';
import type { Finding } from '../../../src/core/validate/finding';
import { fifteenInputs, knownText, makeReport, testSpec } from './fixtures';

const spec = testSpec();
const error: Finding = { code: 'progress-empty', severity: 'error', file: 'x', sheet: '进展情况表', cell: 'D4', message: 'm', hint: 'h' };
const warning: Finding = { ...error, code: 'deadline-passed', severity: 'warning' };

/** 15 units minus 区科协 and 团区委, plus every kind of troublesome file. */
function messyInputs(): MergeInput[] {
  const base = fifteenInputs().filter((i) => !/区科协|团区委|区卫健局/.test(i.file));
  const wjj = (file: string, filledOn: string | undefined, text: string, modifiedAt?: string): MergeInput => ({
    file,
    report: makeReport(file, '区卫健局', { quarter: 3, ...(filledOn ? { filledOn } : {}), texts: { 2: text, 5: text } }),
    findings: [],
    ...(modifiedAt ? { modifiedAt } : {}),
  });
  return [
    ...base.map((i) => (i.file.includes('区民政局') ? { ...i, findings: [error, warning, warning] } : i)),
    wjj('卫健局-第一版.xlsx', '2026-09-20', '旧文字'),
    wjj('卫健局-第二版.xlsx', '2026-09-25', '新文字'),
    { file: 'scan.pdf.xlsx', findings: [], error: { code: 'file-not-workbook', message: '不是 Excel 工作簿' } },
    { file: '某某局.xlsx', report: makeReport('某某局.xlsx', undefined, { quarter: 3, unitText: '某某局' }), findings: [] },
    { file: '无单位.xlsx', report: makeReport('无单位.xlsx', undefined, { quarter: 3 }), findings: [] },
    { file: '团区委-二季度.xlsx', report: makeReport('团区委-二季度.xlsx', '团区委', { quarter: 2, texts: { 8: '二季度文字' } }), findings: [] },
  ];
}

describe('the roster', () => {
  const summary = mergeReports(messyInputs(), spec, { quarter: 3, dueDate: '10月10日' });
  const unit = (id: string) => summary.roster.units.find((u) => u.unit === id)!;
  const file = (name: string) => summary.roster.files.find((f) => f.file === name)!;

  it('lists a missing unit with the reason and in the reminder', () => {
    expect(unit('区科协')).toEqual({
      unit: '区科协', fullName: '临淄区科协全称', status: 'missing', errors: 0, warnings: 0, duplicate: false, files: [],
      reason: '区科协未报送第三季度进展情况表',
      notes: [{
        code: 'merge-unit-missing', severity: 'warning', sheet: null, cell: null, message: '区科协未报送第三季度进展情况表',
        hint: '请催报，或收到后重新汇总', params: { unit: '区科协', quarter: '第三季度' },
      }],
    });
    expect(summary.roster.missing).toEqual(['区科协', '团区委']);
    // 团区委 sent last quarter's table: it gets its own return text, not the 催报.
    expect(summary.roster.reminder).toBe('请以下单位于10月10日前报送2026年第三季度工作进展情况表：区科协。');
  });

  it('gives the unit that sent only another quarter its own return text naming both quarters', () => {
    expect(summary.roster.returnTexts.find((r) => r.unit === '团区委')).toEqual({
      unit: '团区委',
      kind: 'wrong-quarter',
      text: '团区委：你单位报送的文件团区委-二季度.xlsx是第二季度的进展情况表，本次报送的是2026年第三季度工作进展情况表，请于10月10日前报送。',
    });
  });

  it('counts units so that the parts add up to the units due', () => {
    expect(summary.roster.counts).toEqual({ due: 15, sent: 13, clean: 12, withErrors: 1, unreadable: 0, missing: 2 });
  });

  it('lists a wrong-quarter file as not merged and its unit as not sent', () => {
    expect(file('团区委-二季度.xlsx')).toMatchObject({ status: 'wrong-quarter', unit: '团区委', quarter: 2, reasonCode: 'merge-file-wrong-quarter', reason: '文件团区委-二季度.xlsx是第二季度的表，本次汇总第三季度，未纳入' });
    expect(unit('团区委')).toMatchObject({ status: 'wrong-quarter', files: ['团区委-二季度.xlsx'], reason: '团区委只报送了第二季度的表（团区委-二季度.xlsx），未报送第三季度进展情况表' });
    expect(summary.items[7].entries.find((e) => e.unit === '团区委')).toEqual({ unit: '团区委', status: 'missing', progressText: '', deadline: '', responsible: true });
    expect(summary.items[7].progressText).toContain('【团区委】（未报送）');
  });

  it('keeps the later 填报日期 of a unit sent twice and marks the other superseded', () => {
    expect(unit('区卫健局')).toMatchObject({ status: 'submitted', duplicate: true, file: '卫健局-第二版.xlsx', filledOn: '2026-09-25', files: ['卫健局-第一版.xlsx', '卫健局-第二版.xlsx'] });
    expect(file('卫健局-第一版.xlsx')).toMatchObject({ status: 'superseded', reason: '文件卫健局-第一版.xlsx已被同一单位的卫健局-第二版.xlsx替代，未采用' });
    expect(file('卫健局-第二版.xlsx').status).toBe('merged');
    expect(summary.items[1].progressText).toBe(`【区卫健局】新文字\n【区妇联】${knownText('区妇联', 2)}`);
    expect(summary.findings).toContainEqual({
      code: 'merge-unit-duplicate', severity: 'warning', file: '卫健局-第二版.xlsx', sheet: null, cell: null,
      message: '区卫健局报送了2份文件，采用卫健局-第二版.xlsx',
      hint: '采用填报日期较晚的文件；日期相同时采用修改时间较晚或文件名靠后的文件',
      params: { unit: '区卫健局', count: 2, winner: '卫健局-第二版.xlsx' },
    });
  });

  it('falls back to modifiedAt, then the later file name, when 填报日期 ties', () => {
    const mk = (file: string, modifiedAt?: string): MergeInput => ({ file, report: makeReport(file, '区卫健局', { quarter: 3, texts: { 2: file } }), findings: [], ...(modifiedAt ? { modifiedAt } : {}) });
    const byTime = mergeReports([mk('b.xlsx', '2026-09-01T08:00:00Z'), mk('a.xlsx', '2026-09-02T08:00:00Z')], spec, { quarter: 3 });
    expect(byTime.roster.units.find((u) => u.unit === '区卫健局')!.file).toBe('a.xlsx');
    const byName = mergeReports([mk('b.xlsx'), mk('a.xlsx')], spec, { quarter: 3 });
    expect(byName.roster.units.find((u) => u.unit === '区卫健局')!.file).toBe('b.xlsx');
  });

  it('lists an unreadable file with the reader reason', () => {
    expect(file('scan.pdf.xlsx')).toEqual({
      file: 'scan.pdf.xlsx', status: 'unreadable', errors: 0, warnings: 0, reasonCode: 'file-not-workbook', reason: '文件 scan.pdf.xlsx 不是 Excel 工作簿',
      reasonParams: { file: 'scan.pdf.xlsx' },
    });
    expect(summary.findings).toContainEqual({
      code: 'file-not-workbook', severity: 'error', file: 'scan.pdf.xlsx', sheet: null, cell: null,
      message: '文件 scan.pdf.xlsx 不是 Excel 工作簿', hint: '请发送 .xlsx、.xls 或 .ods 格式的进展情况表', params: { file: 'scan.pdf.xlsx' },
    });
  });

  it('lists a file unreadable for a reason the reader does not name with the caller sentence', () => {
    const s = mergeReports([{ file: 'x.xlsx', findings: [], error: { code: 'pane-aborted', message: '读取被取消' } }], spec, { quarter: 3 });
    expect(s.roster.files[0]).toMatchObject({ status: 'unreadable', reasonCode: 'merge-file-unreadable', reason: '文件x.xlsx无法读取：读取被取消' });
  });

  it('lists a file of an unknown unit and a file naming no unit', () => {
    expect(file('某某局.xlsx')).toMatchObject({ status: 'unknown-unit', unitText: '某某局', reason: '文件某某局.xlsx的填报单位“某某局”不在责任单位名单中，未纳入' });
    expect(file('无单位.xlsx')).toMatchObject({ status: 'unknown-unit', reasonCode: 'merge-file-no-unit' });
  });

  it('counts errors and warnings of a unit whose file has errors, and asks it to correct', () => {
    expect(unit('区民政局')).toMatchObject({ status: 'with-errors', errors: 1, warnings: 2, reason: '区民政局的表有1处错误' });
    expect(summary.roster.withErrors).toEqual(['区民政局']);
    expect(summary.roster.returnTexts.find((r) => r.unit === '区民政局')).toEqual({
      unit: '区民政局',
      kind: 'errors',
      text: '区民政局：你单位报送的2026年第三季度工作进展情况表（14-区民政局.xlsx）有 1 处错误，请逐项修改后于10月10日前重新报送：\n1. D4：m。',
    });
  });

  it('still merges everything else', () => {
    expect(summary.totals).toEqual({ units: 15, submitted: 13, withErrors: 1, unreadable: 0, missing: 2, files: 18, merged: 13, notMerged: 5 });
    expect(summary.items[0].progressText).toBe(['区人社局', '区妇联', '区商务局'].map((u) => `【${u}】${knownText(u, 1)}`).join('\n'));
  });

  it('takes a file naming no quarter as the merge quarter, with a remark', () => {
    const s = mergeReports([{ file: 'a.xlsx', report: makeReport('a.xlsx', '区教体局', { texts: { 3: 'x' } }), findings: [] }], spec, { quarter: 3 });
    expect(s.roster.files[0]).toMatchObject({ status: 'merged', reasonCode: 'merge-file-quarter-assumed', reason: '文件a.xlsx未写明季度，按第三季度汇总' });
    expect(s.items[2].progressText).toBe('【区教体局】x');
  });
});

describe('entries and deadlines', () => {
  it('marks a unit that sent its file but left the row blank as 未填写', () => {
    const s = mergeReports([{ file: 'a.xlsx', report: makeReport('a.xlsx', '区卫健局', { quarter: 3, texts: { 2: 'x' } }), findings: [] }], spec, { quarter: 3 });
    expect(s.items[4].progressText).toBe('【区卫健局】（未填写）\n【区教体局】（未报送）');
  });

  it('merges deadlines to one value when they agree and per unit when they differ', () => {
    const mk = (unit: string, deadline: string): MergeInput => ({ file: `${unit}.xlsx`, report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, texts: { 2: 't' }, deadlines: { 2: deadline } }), findings: [] });
    const same = mergeReports([mk('区卫健局', '2026年12月底'), mk('区妇联', '2026年12月底 ')], spec, { quarter: 3 });
    expect(same.items[1].deadline).toBe('2026年12月');
    const sameDay = mergeReports([mk('区卫健局', '2026年12月底'), mk('区妇联', '2026.12')], spec, { quarter: 3 });
    expect(sameDay.items[1].deadline).toBe('2026年12月');
    expect(sameDay.items[1].entries.map((e) => e.deadlineNormalized)).toEqual(['2026-12-31', '2026-12-31']);
    const differ = mergeReports([mk('区卫健局', '2026年12月底'), mk('区妇联', '长期坚持')], spec, { quarter: 3 });
    // Each unit's label on its own line, its value under it: a label is never broken across lines.
    expect(differ.items[1].deadline).toBe('【区卫健局】\n2026年12月\n【区妇联】\n长期坚持');
    const mixed = mergeReports([mk('区卫健局', '2026-12-31'), mk('区妇联', '尽快')], spec, { quarter: 3 });
    expect(mixed.items[1].deadline).toBe('【区卫健局】\n2026年12月31日\n【区妇联】\n尽快（无法识别）');
  });

  it('keeps a text starting with = verbatim', () => {
    const s = mergeReports([{ file: 'a.xlsx', report: makeReport('a.xlsx', '区教体局', { quarter: 3, texts: { 3: '=SUM(A1:A3) 新增学位' } }), findings: [] }], spec, { quarter: 3 });
    expect(s.items[2].entries[0].progressText).toBe('=SUM(A1:A3) 新增学位');
  });

  it('keeps a row filled by a unit not responsible for it, after the responsible units', () => {
    const s = mergeReports([{ file: 'a.xlsx', report: makeReport('a.xlsx', '区科协', { quarter: 3, texts: { 3: '顺手写的' } }), findings: [] }], spec, { quarter: 3 });
    expect(s.items[2].entries[1]).toEqual({ unit: '区科协', status: 'filled', progressText: '顺手写的', deadline: '', responsible: false, file: 'a.xlsx', cell: 'D6' });
  });

  it('marks an entry its own file flags as an error: （有错误） after the label', () => {
    const report = makeReport('a.xlsx', '区教体局', { quarter: 3, texts: { 3: '同上' } });
    const cell = report.rows.find((r) => r.itemNumber === 3)!.progressText.cell;
    const flag: Finding = { code: 'progress-placeholder', severity: 'error', file: 'a.xlsx', sheet: report.sheet!, cell, message: 'm', hint: 'h' };
    const s = mergeReports([{ file: 'a.xlsx', report, findings: [flag, { ...flag, code: 'text-outer-spaces', severity: 'info' }] }], spec, { quarter: 3 });
    expect(s.items[2].entries[0].flaggedBy).toEqual(['progress-placeholder']);
    expect(s.items[2].progressText).toBe('【区教体局】（有错误）同上');
  });
});
