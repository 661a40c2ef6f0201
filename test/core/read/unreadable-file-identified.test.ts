import { identifyFromClues } from '../../../src/core/read/clues';
import { LINZI_2026 } from '../../helpers/fixtures';

/** Issue 10: a file that cannot be read still tells whose it is: from what could be read, in a fixed order. */

const spec = LINZI_2026;
const title = '2026年为全区妇女儿童办实事工作进展情况表（第三季度）';

test('the 填报单位 line among the texts wins over the file name', () => {
  expect(identifyFromClues('区妇联.xlsx', { texts: [title, '填报单位：临淄区卫生健康局'] }, spec)).toEqual({
    unit: '区卫健局',
    unitText: '临淄区卫生健康局',
    unitSource: 'sheet',
    quarter: 3,
    year: 2026,
  });
});

test('the add-in metadata strings, even after many table strings', () => {
  const filler = Array.from({ length: 80 }, (_, i) => `第${i}段文字`);
  const texts = [title, ...filler, 'key', 'value', 'generator', 'progress-table-addin', 'templateId', 'linzi-2026', 'unit', '区残联'];
  expect(identifyFromClues('表.xlsx', { texts }, spec)).toEqual({ unit: '区残联', unitText: '区残联', unitSource: 'metadata', quarter: 3, year: 2026 });
});

test('then the file name, a sheet name, a file inside an archive, a title naming a unit', () => {
  expect(identifyFromClues('收件/团区委 三季度.xlsx', {}, spec)).toEqual({ unit: '团区委', unitText: '团区委', unitSource: 'file-name', quarter: 3 });
  expect(identifyFromClues('表.xlsx', { sheetNames: ['说明', '区检察院'] }, spec)).toEqual({ unit: '区检察院', unitText: '区检察院', unitSource: 'sheet-name' });
  expect(identifyFromClues('附件.zip', { kind: 'archive', entries: ['报送/区民政局-第二季度.xlsx'] }, spec)).toEqual({
    unit: '区民政局',
    unitText: '区民政局',
    unitSource: 'archive-entry',
    quarter: 2,
  });
  expect(identifyFromClues('a.docx', { kind: 'word', texts: ['区总工会2026年第三季度工作进展情况'] }, spec)).toEqual({
    unit: '区总工会',
    unitText: '区总工会',
    unitSource: 'sheet',
    quarter: 3,
    year: 2026,
  });
});

test('the year, like the quarter: the texts (never a date), then sheet names, then the file name', () => {
  expect(identifyFromClues('区商务局.xlsx', { texts: ['2025年为全区妇女儿童办实事工作进展情况表（第三季度）', '填报日期：2026年1月8日'] }, spec)).toMatchObject({
    unit: '区商务局',
    quarter: 3,
    year: 2025,
  });
  expect(identifyFromClues('区商务局.xlsx', { texts: ['填报日期：2025年10月8日', '2025年12月底'] }, spec)).not.toHaveProperty('year');
  expect(identifyFromClues('表.xlsx', { sheetNames: ['2025年第三季度'] }, spec)).toEqual({ quarter: 3, year: 2025 });
  expect(identifyFromClues('区商务局2025Q3.xlsx', {}, spec)).toEqual({ unit: '区商务局', unitText: '区商务局', unitSource: 'file-name', quarter: 3, year: 2025 });
});

test('nothing to tell: an empty identity, never a throw', () => {
  expect(identifyFromClues('scan.jpg', { kind: 'image' }, spec)).toEqual({});
  expect(identifyFromClues('', undefined, spec)).toEqual({});
});
