import { mergeReports } from '../../../src/core/merge/merge';
import { rosterCountsText, rosterStatusText, rosterTexts, rosterUnitReason } from '../../../src/core/merge/roster-texts';
import type { MergeInput } from '../../../src/core/merge/types';
import { fifteenInputs, makeReport, testSpec } from './fixtures';

/** 15 units: 区科协 and 区文旅局 missing, 团区委 sent Q2 only, 区教体局 sent a Word file; each text asserted whole. */
function inputs(): MergeInput[] {
  const base = fifteenInputs().filter((i) => !/区科协|区文旅局|团区委|区教体局/.test(i.file));
  return [
    ...base,
    { file: '团区委-二季度.xlsx', report: makeReport('团区委-二季度.xlsx', '团区委', { quarter: 2, texts: { 8: 'x' } }), findings: [] },
    { file: '区教体局.docx', findings: [], error: { code: 'file-is-word', message: '' } },
  ];
}

describe('the 催报 and 退回 texts, with due date and contact, in both languages', () => {
  const spec = testSpec();
  const summary = mergeReports(inputs(), spec, { quarter: 3, dueDate: '2026-10-10', contact: { name: ' 张敏 ', phone: '0533-7181234' } });

  it('zh-CN: the reminder names the missing units, the due date and the contact', () => {
    expect(summary.roster.reminder).toBe('请以下单位于2026年10月10日前报送2026年第三季度工作进展情况表：区文旅局、区科协。\n联系人：张敏，电话：0533-7181234。');
  });

  it('zh-CN: each unit to send back gets its own text by kind', () => {
    expect(summary.roster.returnTexts).toEqual([
      {
        unit: '区教体局',
        kind: 'unreadable',
        text:
          '区教体局：你单位报送的文件无法读取（文件 区教体局.docx 是 Word 文档，不是 Excel 表格）。' +
          '请把内容填在 Excel 模板（进展情况表）中，保存为 .xlsx 后再发送；只改文件扩展名没有用。请于2026年10月10日前重新报送。\n联系人：张敏，电话：0533-7181234。',
      },
      {
        unit: '团区委',
        kind: 'wrong-quarter',
        text: '团区委：你单位报送的文件团区委-二季度.xlsx是第二季度的进展情况表，本次报送的是2026年第三季度工作进展情况表，请于2026年10月10日前报送。\n联系人：张敏，电话：0533-7181234。',
      },
    ]);
  });

  it('en-US: the same texts in English, names from the notice kept', () => {
    const en = rosterTexts(summary.roster, 'en-US');
    expect(en.reminder).toBe('Please send the 2026 Q3 progress table by 2026-10-10: 区文旅局, 区科协.\nContact: 张敏, phone 0533-7181234.');
    expect(en.returnTexts).toEqual([
      {
        unit: '区教体局',
        kind: 'unreadable',
        text:
          '区教体局: the file you sent cannot be read (The file 区教体局.docx is a Word document, not a workbook). ' +
          'Fill in the Excel template and send it as .xlsx; renaming the file does not help. Please send it again by 2026-10-10.\n' +
          'Contact: 张敏, phone 0533-7181234.',
      },
      {
        unit: '团区委',
        kind: 'wrong-quarter',
        text: '团区委: the file you sent, 团区委-二季度.xlsx, is the Q2 progress table; this round asks for the 2026 Q3 progress table. Please send it by 2026-10-10.\nContact: 张敏, phone 0533-7181234.',
      },
    ]);
  });

  it('without a due date or contact: 尽快 / as soon as possible, and no contact line', () => {
    const s = mergeReports(inputs(), spec, { quarter: 3, contact: { name: '', phone: ' ' } });
    expect(s.roster.request).toEqual({ year: 2026, quarter: 3 });
    expect(s.roster.reminder).toBe('请以下单位尽快报送2026年第三季度工作进展情况表：区文旅局、区科协。');
    expect(rosterTexts(s.roster, 'en-US').reminder).toBe('Please send the 2026 Q3 progress table as soon as possible: 区文旅局, 区科协.');
  });

  it('a phone alone gives a phone line', () => {
    const s = mergeReports(inputs(), spec, { quarter: 3, contact: { phone: '7181234' } });
    expect(s.roster.reminder).toBe('请以下单位尽快报送2026年第三季度工作进展情况表：区文旅局、区科协。\n电话：7181234。');
  });

  it('counts add up: sent = clean + withErrors + unreadable, due = sent + missing', () => {
    const c = summary.roster.counts;
    expect(c).toEqual({ due: 15, sent: 12, clean: 11, withErrors: 0, unreadable: 1, missing: 3 });
    expect(rosterCountsText(c, 'zh-CN')).toBe('应报 15 个单位：已报 12 个（无误 11，有错误 0，无法读取 1），未报 3 个。');
    expect(rosterCountsText(c, 'en-US')).toBe('15 units due: 12 sent (11 clean, 0 with errors, 1 unreadable), 3 not sent.');
  });

  it('statuses and reasons in either language', () => {
    const tw = summary.roster.units.find((u) => u.unit === '团区委')!;
    expect(rosterStatusText(tw.status, 'zh-CN')).toBe('未报送（季度不符）');
    expect(rosterStatusText('with-errors', 'zh-CN')).toBe('已报送（有错误）');
    expect(rosterStatusText('with-errors', 'en-US')).toBe('Sent (with errors)');
    expect(rosterUnitReason(tw, 'zh-CN')).toBe('团区委只报送了第二季度的表（团区委-二季度.xlsx），未报送第三季度进展情况表');
    expect(rosterUnitReason(tw, 'en-US')).toBe('团区委 sent only the Q2 table (团区委-二季度.xlsx), not the Q3 one');
  });
});
