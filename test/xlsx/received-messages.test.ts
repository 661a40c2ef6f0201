import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { LINZI_2026 } from '../helpers/fixtures';
import { editXlsx, handXlsx, officialRows, titleFor } from '../helpers/received';

/**
 * Issue 10: the messages say what they are. "rows not read" only when the rows left out hold values; a formula with
 * no saved result is "公式没有保存计算结果，请在 Excel 中打开并保存", not "未填写". Fixtures: ExcelJS, then the sheet
 * XML edited with JSZip (ExcelJS always writes a formula's result, and writes no styled empty rows).
 */

const spec = LINZI_2026;

async function table(): Promise<Uint8Array> {
  return handXlsx([{ name: '表', title: titleFor('第三季度'), unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局') }]);
}

/** Rows appended to the sheet XML after the last row (row numbers 1-based). */
function withRows(rows: string): (xml: string) => string {
  return (xml) => xml.replace('</sheetData>', `${rows}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:E6000"/>');
}

test('formatted but empty rows below the table (up to row 6000) are not 超出读取上限', async () => {
  const empties = Array.from({ length: 20 }, (_, i) => `<row r="${5981 + i}" s="0" customFormat="1"><c r="A${5981 + i}" s="0"/><c r="E${5981 + i}" s="0"/></row>`).join('');
  const bytes = await editXlsx(await table(), { 'xl/worksheets/sheet1.xml': withRows(empties) });
  const book = readWorkbook(bytes, '区卫健局.xlsx');
  expect(book.sheets[0].truncated).toBeUndefined();
  expect(validateBook(book, spec, { quarter: 3 }).findings.filter((f) => f.code === 'sheet-truncated')).toEqual([]);
});

test('a value in row 6000 (beyond the 5,000 rows read) is reported as rows not read', async () => {
  const bytes = await editXlsx(await table(), { 'xl/worksheets/sheet1.xml': withRows('<row r="6000"><c r="B6000" t="inlineStr"><is><t>备注</t></is></c></row>') });
  const book = readWorkbook(bytes, '区卫健局.xlsx');
  expect(book.sheets[0].truncated).toEqual({ rows: 6000, cols: 5 });
  expect(validateBook(book, spec, { quarter: 3 }).findings.filter((f) => f.code === 'sheet-truncated').map((f) => [f.severity, f.sheet])).toEqual([['warning', '表']]);
});

test('a formula with no saved result: 公式没有保存计算结果，请在 Excel 中打开并保存, not 未填写', async () => {
  // 区卫健局's item 2 text (D5) is a formula a program wrote without computing it.
  const bytes = await editXlsx(await table(), {
    'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<c r="D5"[^>]*>[\s\S]*?<\/c>/, '<c r="D5" t="str"><f>CONCATENATE("本季度","完成")</f></c>'),
  });
  const { findings } = validateBook(readWorkbook(bytes, '区卫健局.xlsx'), spec, { quarter: 3 });
  expect(findings.filter((f) => f.cell === 'D5')).toEqual([
    {
      code: 'formula-no-result',
      severity: 'error',
      file: '区卫健局.xlsx',
      sheet: '表',
      cell: 'D5',
      message: '本季度具体措施及任务进度情况：公式没有保存计算结果，请在 Excel 中打开并保存',
      hint: '用 Excel 或 WPS 打开该文件，保存后再发送（只改公式所在单元格也可以）',
      params: { column: '本季度具体措施及任务进度情况' },
      item: { number: 2, name: '保护和增进妇女健康' },
      column: '本季度具体措施及任务进度情况',
      columnKey: 'progressText',
    },
  ]);
});
