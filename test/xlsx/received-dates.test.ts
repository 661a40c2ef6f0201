import ExcelJS from 'exceljs';
import { mergeBooks } from '../../src/core/merge';
import { chineseDateText, dateParts } from '../../src/core/text/date-text';
import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { LINZI_2026 } from '../helpers/fixtures';
import { editXlsx, HEADER, officialRows, titleFor } from '../helpers/received';

/**
 * Issue 10: dates in any date number format come out as a Chinese reader sees them (2026年12月31日), in the summary's
 * 完成时限 and in messages, in the 1900 and the 1904 date systems. The fixture: 区卫健局's table typed by hand with
 * ExcelJS, item 2's 完成时限 a date cell; the numFmt id or code then set in styles.xml with JSZip (ExcelJS writes
 * only custom codes).
 */

const spec = LINZI_2026;
/** 2026-12-31 as a 1900-system serial. */
const SERIAL_1900 = 46387;

async function tableWithDate(serial: number, numFmt: number | string, date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  ws.getCell('A1').value = titleFor('第三季度');
  ws.getCell('A2').value = '填报单位：区卫健局';
  HEADER.forEach((h, c) => (ws.getCell(3, c + 1).value = h));
  officialRows('区卫健局').forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(4 + r, c + 1).value = v)));
  ws.getCell('E5').value = serial;
  ws.getCell('E5').numFmt = 'yyyy/m/d';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return editXlsx(bytes, {
    'xl/styles.xml': (xml) => {
      expect(xml).toContain('<numFmt numFmtId="164" formatCode="yyyy/m/d"/>');
      if (typeof numFmt === 'string') return xml.replace('formatCode="yyyy/m/d"', `formatCode="${numFmt.replace(/"/g, '&quot;')}"`);
      return xml.replace(/<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\/m\/d"\/><\/numFmts>/, '').replace(/numFmtId="164"/g, `numFmtId="${numFmt}"`);
    },
    'xl/workbook.xml': (xml) => (date1904 ? xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>') : xml),
  });
}

async function summaryDeadline(bytes: Uint8Array): Promise<{ entry: string; item: string }> {
  const book = readWorkbook(bytes, '区卫健局.xlsx');
  const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book }], spec, { quarter: 3 });
  const item = summary.items[1];
  return { entry: item.entries.find((e) => e.unit === '区卫健局')?.deadline ?? '', item: item.deadline };
}

describe('dates in Excel built-in and locale date formats are shown as 2026年12月31日', () => {
  // 14: m/d/yy (a Chinese Excel shows 2026/12/31); 22: with time; 31 yyyy"年"m"月"d"日" and 57 / 58 (locale ones,
  // no code in the file); 27, 36, 50 the other locale ids.
  test.each([14, 22, 27, 31, 36, 50, 57, 58])('numFmt %s', async (id) => {
    expect(await summaryDeadline(await tableWithDate(SERIAL_1900, id))).toEqual({ entry: '2026年12月31日', item: '2026年12月31日' });
  });
  test.each(['yyyy/m/d', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日";@', 'm"月"d"日"', 'dd/mm/yyyy'])('custom format %s', async (code) => {
    expect(await summaryDeadline(await tableWithDate(SERIAL_1900, code))).toEqual({ entry: '2026年12月31日', item: '2026年12月31日' });
  });
  test('a month format (yyyy"年"m"月") shows the month, as Excel does', async () => {
    expect(await summaryDeadline(await tableWithDate(SERIAL_1900, 'yyyy"年"m"月"'))).toEqual({ entry: '2026年12月', item: '2026年12月' });
  });
});

test('1904 date system: the same day, shown the same', async () => {
  for (const id of [14, 57]) {
    expect(await summaryDeadline(await tableWithDate(SERIAL_1900 - 1462, id, true))).toEqual({ entry: '2026年12月31日', item: '2026年12月31日' });
  }
});

test('a date deadline outside the plan year is quoted as 2025年12月31日 in the message', async () => {
  const book = readWorkbook(await tableWithDate(46022, 14), '区卫健局.xlsx');
  const { findings } = validateBook(book, spec, { quarter: 3 });
  expect(findings.filter((f) => f.code === 'deadline-outside-year').map((f) => f.message)).toEqual(['完成时限“2025年12月31日”（2025-12-31）不在计划年度2026年内']);
});

test('chineseDateText and dateParts', () => {
  expect([chineseDateText(46387, 'm/d/yy'), chineseDateText(46387, 'yyyy"年"m"月"'), chineseDateText(46387, 'yyyy'), chineseDateText(46387, 'h:mm'), chineseDateText(46387)]).toEqual([
    '2026年12月31日',
    '2026年12月',
    '2026年',
    undefined,
    '2026年12月31日',
  ]);
  expect(dateParts('[h]:mm:ss')).toEqual({ year: false, month: false, day: false });
  expect(dateParts('m/d/yy h:mm')).toEqual({ year: true, month: true, day: true });
});
