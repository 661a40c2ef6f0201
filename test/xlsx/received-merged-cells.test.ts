import { mergeBooks } from '../../src/core/merge';
import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { LINZI_2026 } from '../helpers/fixtures';
import { editXlsx, handXlsx, itemCells, officialRows, textOf, titleFor, type Typed } from '../helpers/received';

/** Issue 10: merged cells in received tables, read as a person sees them. Fixtures built here with ExcelJS / JSZip. */

const spec = LINZI_2026;
const Q3 = titleFor('第三季度');

async function read(bytes: Uint8Array, file: string) {
  return readWorkbook(bytes, file);
}

/** 区卫健局's table pasted in the per-unit layout: one sub-row per unit under merged 序号 / 实事名称, its own filled. */
async function perUnitTable(): Promise<Uint8Array> {
  const rows: Typed[][] = [];
  const merges: string[] = [];
  for (const item of spec.items) {
    const top = 4 + rows.length;
    item.units.forEach((u, k) => {
      const own = u === '区卫健局';
      rows.push([k === 0 ? item.number : null, k === 0 ? item.name : null, u, own ? textOf(u, item.number) : null, own ? '2026年12月31日' : null]);
    });
    if (item.units.length > 1) merges.push(`A${top}:A${top + item.units.length - 1}`, `B${top}:B${top + item.units.length - 1}`);
  }
  return handXlsx([{ name: '进展情况', title: Q3, unitLine: '填报单位：区卫健局', rows, merges }]);
}

test('per-unit layout: 序号 / 实事名称 merged over the units sub-rows is read as the unit own sub-row', async () => {
  const book = await read(await perUnitTable(), '区卫健局.xlsx');
  const { report, findings } = validateBook(book, spec, { quarter: 3 });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  // Item 2's sub-rows: 区卫健局 (row 7), 区妇联 (row 8), under A7:A8 / B7:B8.
  expect(report.rows.filter((r) => r.itemNumber === 2).map((r) => ({ row: r.row, group: r.group, number: r.number.cell, unit: r.unit.text }))).toEqual([
    { row: 6, group: 6, number: 'A7', unit: '区卫健局' },
    { row: 7, group: 6, number: 'A7', unit: '区妇联' },
  ]);
  const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book }], spec, { quarter: 3 });
  for (const n of [2, 5]) {
    expect(summary.items[n - 1].entries.find((e) => e.unit === '区卫健局')).toEqual({
      unit: '区卫健局',
      status: 'filled',
      progressText: textOf('区卫健局', n),
      deadline: '2026年12月31日',
      deadlineNormalized: '2026-12-31',
      deadlineShown: '2026年12月31日',
      responsible: true,
      file: '区卫健局.xlsx',
      cell: n === 2 ? 'D7' : 'D13',
    });
  }
});

test('per-unit layout read without its merges (Excel before ExcelApi 1.13): the sub-rows still belong to their items', async () => {
  const book = await read(await perUnitTable(), '区卫健局.xlsx');
  for (const g of book.sheets) g.merges = g.merges.filter((m) => m.r0 === 0);
  const { report, findings } = validateBook(book, spec, { quarter: 3 });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.rows.filter((r) => r.itemNumber === 2).map((r) => ({ row: r.row, group: r.group, name: r.name.text, unit: r.unit.text }))).toEqual([
    { row: 6, group: 6, name: '保护和增进妇女健康', unit: '区卫健局' },
    { row: 7, group: 6, name: '保护和增进妇女健康', unit: '区妇联' },
  ]);
  const { summary } = mergeBooks([{ file: '区卫健局.xlsx', book }], spec, { quarter: 3 });
  expect([2, 5].map((n) => summary.items[n - 1].entries.find((e) => e.unit === '区卫健局')?.progressText)).toEqual([textOf('区卫健局', 2), textOf('区卫健局', 5)]);
});

test('a 完成时限 merged down a unit rows gives each of its rows that deadline', async () => {
  const rows = officialRows('区卫健局', null);
  rows[1][4] = '2026年12月底';
  const bytes = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows, merges: ['E5:E8'] }]);
  const { report, findings } = validateBook(await read(bytes, '区卫健局.xlsx'), spec, { quarter: 3 });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.rows.filter((r) => r.itemNumber === 2 || r.itemNumber === 5).map((r) => [r.itemNumber, r.deadline.cell, r.deadline.text])).toEqual([
    [2, 'E5', '2026年12月底'],
    [5, 'E5', '2026年12月底'],
  ]);
});

test('a progress cell merged over two items rows is read as the text of both, with a warning to unmerge', async () => {
  // 区妇联 answers items 1 and 2 in one merged cell D4:D5.
  const rows = officialRows('区妇联');
  const text = textOf('区妇联', 1, '（第1、2项合并填写）');
  rows[0][3] = text;
  rows[1][3] = null;
  const bytes = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区妇联', rows, merges: ['D4:D5'] }]);
  const book = await read(bytes, '区妇联.xlsx');
  const { findings } = validateBook(book, spec, { quarter: 3 });
  expect(findings.filter((f) => f.code === 'progress-empty')).toEqual([]);
  expect(findings.filter((f) => f.code === 'progress-merged-across-items')).toEqual([
    {
      code: 'progress-merged-across-items',
      severity: 'warning',
      file: '区妇联.xlsx',
      sheet: '表',
      cell: 'D4',
      message: '进展情况单元格 D4:D5 合并了第1、2项，同一段文字已分别计入这几项',
      hint: '请取消合并，每项实事分别填写本季度的进展情况',
      params: { range: 'D4:D5', numbers: '1、2' },
      item: { number: 1, name: spec.items[0].name },
      column: '本季度具体措施及任务进度情况',
      columnKey: 'progressText',
    },
  ]);
  const { summary } = mergeBooks([{ file: '区妇联.xlsx', book }], spec, { quarter: 3 });
  expect([1, 2].map((n) => summary.items[n - 1].entries.find((e) => e.unit === '区妇联')?.progressText)).toEqual([text, text]);
});

test('a value hidden under a merge is not read; it is reported as info at the visible cell', async () => {
  // E5:E6 merged (区卫健局's deadline over item 3's row); a script left "2025年6月" in the hidden E6.
  const made = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局'), merges: ['E5:E6'] }]);
  const bytes = await editXlsx(made, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('<c r="E6"/>');
      return xml.replace('<c r="E6"/>', '<c r="E6" t="inlineStr"><is><t>2025年6月</t></is></c>');
    },
  });
  const book = await read(bytes, '区卫健局.xlsx');
  expect(book.sheets[0].rows[5][4]?.value).toBe('2025年6月');
  const { report, findings } = validateBook(book, spec, { quarter: 3 });
  expect(report.rows.find((r) => r.itemNumber === 3)?.deadline).toEqual({ cell: 'E5', raw: expect.objectContaining({ value: '2026年12月底' }), text: '2026年12月底' });
  expect(findings.filter((f) => f.cell === 'E6' || f.code === 'deadline-outside-year')).toEqual([]);
  expect(findings.filter((f) => f.code === 'merge-hidden-value')).toEqual([
    {
      code: 'merge-hidden-value',
      severity: 'info',
      file: '区卫健局.xlsx',
      sheet: '表',
      cell: 'E5',
      message: '合并单元格 E5:E6 中被遮住的 E6 另有内容“2025年6月”，表中看不到，已按显示的内容读取',
      hint: '如需保留这段内容，请取消合并后填在对应的单元格中',
      params: { cell: 'E6', range: 'E5:E6', text: '2025年6月' },
      item: { number: 2, name: spec.items[1].name },
      column: '完成时限',
      columnKey: 'deadline',
    },
  ]);
});

test('a text spread over 进展情况 and 完成时限 (merged across columns) is not read as the deadline', async () => {
  const rows = officialRows('区卫健局');
  rows[1][4] = null;
  const bytes = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区卫健局', rows, merges: ['D5:E5'] }]);
  const { report } = validateBook(await read(bytes, '区卫健局.xlsx'), spec, { quarter: 3 });
  const row = report.rows.find((r) => r.itemNumber === 2);
  expect([row?.progressText.text, row?.deadline.text]).toEqual([textOf('区卫健局', 2), '']);
});

test('itemCells gives the spec row', () => {
  expect(itemCells(2)).toEqual([2, '保护和增进妇女健康', '区卫健局、区妇联']);
});
