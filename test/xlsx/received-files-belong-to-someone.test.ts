import * as XLSX from '@e965/xlsx';
import { mergeBooks } from '../../src/core/merge';
import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { LINZI_2026 } from '../helpers/fixtures';
import { addParts, bookInput, docxOf, editXlsx, handXlsx, officialRows, titleFor, zipOf } from '../helpers/received';

/**
 * Issue 10: every file that arrives belongs to someone. A file that cannot be read is still told to be a unit's (by
 * its name, the zip's sheet names, its title text, the metadata): that unit is 已报送 · 无法读取 with a 退回 text
 * naming the fix, never 催报. Foreign files are told for what they are. Fixtures are built here (ExcelJS, JSZip,
 * SheetJS's CFB writer).
 */

const spec = LINZI_2026;
const Q3 = titleFor('第三季度');

function merged(inputs: ReturnType<typeof bookInput>[]) {
  return mergeBooks(inputs, spec, { quarter: 3 }).summary;
}

function cfbWith(stream: string): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, `/${stream}`, Buffer.alloc(600, 1));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

test('a Word document renamed .xlsx: told as Word, unit from its text, 已报送 · 无法读取 with a 退回 text, no 催报', async () => {
  const bytes = await docxOf([Q3, '填报单位：区教体局', '一、推进教育设施优化提升……']);
  const summary = merged([bookInput(bytes, '进展情况表.xlsx')]);
  expect(summary.roster.units.find((u) => u.unit === '区教体局')).toMatchObject({
    unit: '区教体局',
    fullName: '临淄区教育和体育局',
    status: 'unreadable',
    file: '进展情况表.xlsx',
    errors: 0,
    warnings: 0,
    duplicate: false,
    files: ['进展情况表.xlsx'],
    reason: '区教体局已报送（进展情况表.xlsx），但文件无法读取：文件 进展情况表.xlsx 是 Word 文档，不是 Excel 表格',
  });
  expect(summary.roster.files).toEqual([
    {
      file: '进展情况表.xlsx',
      status: 'unreadable',
      unit: '区教体局',
      unitText: '区教体局',
      quarter: 3,
      year: 2026,
      errors: 0,
      warnings: 0,
      reasonCode: 'file-is-word',
      reason: '文件 进展情况表.xlsx 是 Word 文档，不是 Excel 表格',
      reasonParams: { file: '进展情况表.xlsx' },
    },
  ]);
  expect(summary.roster.missing).not.toContain('区教体局');
  expect(summary.roster.unreadable).toEqual(['区教体局']);
  expect(summary.roster.reminder).not.toContain('区教体局');
  expect(summary.roster.returnText).toBe(
    '区教体局：你单位报送的文件无法读取（文件 进展情况表.xlsx 是 Word 文档，不是 Excel 表格）。请把内容填在 Excel 模板（进展情况表）中，保存为 .xlsx 后再发送；只改文件扩展名没有用。请尽快重新报送。',
  );
  expect(summary.items[2].entries[0]).toEqual({ unit: '区教体局', status: 'unreadable', progressText: '', deadline: '', responsible: true });
  expect(summary.items[2].progressText).toBe('【区教体局】（已报送，文件无法读取）');
});

test.each([
  { file: '区卫健局-第三季度.doc', bytes: cfbWith('WordDocument'), code: 'file-is-word', unit: '区卫健局' },
  { file: '团区委第三季度进展.wps', bytes: cfbWith('WordDocument'), code: 'file-is-wps-writer', unit: '团区委' },
  { file: '区残联-第三季度.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), code: 'file-is-pdf', unit: '区残联' },
  { file: '区检察院 第三季度.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), code: 'file-is-image', unit: '区检察院' },
])('a foreign file $file: $code, unit from the file name', ({ file, bytes, code, unit }) => {
  const input = bookInput(bytes, file);
  expect(input.error?.code).toBe(code);
  const summary = merged([input]);
  expect(summary.roster.units.find((u) => u.unit === unit)?.status).toBe('unreadable');
  expect(summary.roster.files[0]).toMatchObject({ status: 'unreadable', unit, reasonCode: code });
});

test('a zip of files: told as an archive, unit from the file inside', async () => {
  const inner = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区民政局', rows: officialRows('区民政局') }]);
  const input = bookInput(await zipOf({ '区民政局-2026年第三季度进展情况表.xlsx': inner }), '附件.zip');
  expect(input.error).toEqual({
    code: 'file-is-archive',
    message: '文件 附件.zip 是压缩包，不是 Excel 表格',
    clues: { kind: 'archive', entries: ['区民政局-2026年第三季度进展情况表.xlsx'] },
  });
  const summary = merged([input]);
  expect(summary.roster.units.find((u) => u.unit === '区民政局')?.status).toBe('unreadable');
  expect(summary.roster.returnText).toBe('区民政局：你单位报送的文件无法读取（文件 附件.zip 是压缩包，不是 Excel 表格）。请先解压，再把其中的 Excel 文件（.xlsx）一起汇总。请尽快重新报送。');
});

test('a workbook cut short in transfer: file-corrupt, unit from the 填报单位 line in its shared strings', async () => {
  const whole = await handXlsx([{ name: '进展情况', title: Q3, unitLine: '填报单位：区总工会', rows: officialRows('区总工会') }]);
  // Re-zipped with stored parts in JSZip's order; the cut loses the central directory at the end, not the first parts.
  const rezipped = await addParts(whole, {});
  const input = bookInput(rezipped.slice(0, Math.floor(rezipped.length * 0.9)), '第三季度进展情况表.xlsx');
  expect(input.error?.code).toBe('file-corrupt');
  expect(input.error?.clues?.texts?.slice(0, 2)).toEqual([Q3, '填报单位：区总工会']);
  const summary = merged([input]);
  expect(summary.roster.units.find((u) => u.unit === '区总工会')).toMatchObject({ status: 'unreadable', file: '第三季度进展情况表.xlsx' });
  expect(summary.roster.returnText).toBe(
    '区总工会：你单位报送的文件无法读取（文件 第三季度进展情况表.xlsx 已损坏或不完整，无法打开）。请用 Excel 或 WPS 打开原文件，另存为 .xlsx 后重新发送；原文件也打不开时请重新填报。请尽快重新报送。',
  );
});

test('a damaged sharedStrings part is 文件已损坏, not 没有找到进展情况表; sheet names still tell the unit', async () => {
  const whole = await handXlsx([{ name: '区文旅局', title: Q3, rows: officialRows('区文旅局') }]);
  const bytes = await editXlsx(whole, { 'xl/sharedStrings.xml': (xml) => xml.slice(0, Math.floor(xml.length / 2)) });
  const input = bookInput(bytes, '进展.xlsx');
  expect([input.error?.code, input.error?.message, input.error?.clues?.sheetNames]).toEqual(['file-corrupt', '文件 进展.xlsx 已损坏或不完整，无法打开', ['区文旅局']]);
  expect(merged([input]).roster.units.find((u) => u.unit === '区文旅局')?.status).toBe('unreadable');
});

test('a large photo on the sheet (over 20 MB) does not count against the size cap', async () => {
  const table = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局') }]);
  const photo = new Uint8Array(21 * 1024 * 1024);
  for (let i = 0; i < photo.length; i += 4096) photo[i] = (i * 2654435761) >>> 24;
  photo.set([0xff, 0xd8, 0xff, 0xe0]);
  const bytes = await addParts(table, { 'xl/media/image1.jpeg': photo });
  expect(bytes.length).toBeGreaterThan(21 * 1024 * 1024);
  const input = bookInput(bytes, '区卫健局.xlsx');
  expect(input.error).toBeUndefined();
  expect(merged([input]).roster.units.find((u) => u.unit === '区卫健局')?.status).toBe('submitted');
  // Sheet data over the cap is still refused.
  expect(() => readWorkbook(bytes, '区卫健局.xlsx', { maxBytes: 1000 })).toThrow(expect.objectContaining({ code: 'file-too-large' }));
});

test('an identical copy (…(1).xlsx) is one submission, and the original is merged', async () => {
  const bytes = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局') }]);
  for (const [copyTime, originalTime] of [
    ['2026-10-09T08:00:00Z', '2026-10-09T09:00:00Z'],
    ['2026-10-09T10:00:00Z', '2026-10-09T09:00:00Z'],
  ]) {
    const summary = merged([bookInput(bytes, '区卫健局(1).xlsx', copyTime), bookInput(bytes, '区卫健局.xlsx', originalTime)]);
    expect(summary.roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({ status: 'submitted', file: '区卫健局.xlsx', duplicate: false, reason: '' });
    expect(summary.roster.files.find((f) => f.file === '区卫健局(1).xlsx')).toMatchObject({
      status: 'superseded',
      supersededBy: '区卫健局.xlsx',
      reasonCode: 'merge-file-same-content',
      reason: '文件区卫健局(1).xlsx与区卫健局.xlsx内容相同，按同一份报送计',
    });
    expect(summary.findings.map((f) => f.code)).not.toContain('merge-unit-duplicate');
  }
});

test('a unit that sent a readable file and an unreadable one is submitted with the readable one', async () => {
  const good = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局') }]);
  const summary = merged([bookInput(good, '区卫健局.xlsx'), bookInput(await docxOf(['说明']), '区卫健局-说明.docx')]);
  expect(summary.roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({ status: 'submitted', file: '区卫健局.xlsx', files: ['区卫健局-说明.docx', '区卫健局.xlsx'] });
  expect(summary.roster.unreadable).toEqual([]);
});

test('validating a Word file says what it is', async () => {
  const input = bookInput(await docxOf(['x']), 'a.xlsx');
  expect(input.error?.message).toBe('文件 a.xlsx 是 Word 文档，不是 Excel 表格');
  expect(validateBook({ file: 'a.xlsx', sheets: [] }, spec).findings.map((f) => f.code)).toEqual(['table-not-found']);
});
