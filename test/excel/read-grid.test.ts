import { readGrid, parseAreas } from '../../src/excel/read-grid';
import { isDateFormat } from '../../src/excel/date-format';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { fakeExcel, type FakeSheet } from './fake-excel';

const sheets: FakeSheet[] = [
  {
    name: '封面',
    visibility: 'Hidden',
    used: { row: 0, col: 0, values: [['说明']] },
  },
  {
    name: '进展情况表',
    used: {
      row: 2,
      col: 1,
      values: [
        ['序号', '实事名称', 46387],
        [1, '=不是公式', ''],
        [true, 'a\r\nb', 'x_x000D_\ny'],
      ],
      text: [
        ['序号', '实事名称', '2026/12/31'],
        ['1', '=不是公式', ''],
        ['TRUE', 'a\r\nb', 'x_x000D_\ny'],
      ],
      numberFormat: [
        ['General', 'General', 'yyyy/m/d'],
        ['0', '@', 'General'],
        ['General', 'General', 'General'],
      ],
    },
    merges: "进展情况表!B1:F1, 进展情况表!B2:C2",
  },
  { name: 'Sheet3', used: null },
];

describe('readGrid', () => {
  it('reads every sheet into a GridBook in 2 syncs', async () => {
    const fake = fakeExcel(sheets);
    const c = countSyncs();
    const book = await readGrid(fake.context, { support: supportUpTo('1.18') });
    c.stop();
    expect(c.labels).toEqual(['read:sheets', 'read:ranges']);
    expect(book).toEqual({
      sheets: [
        { name: '封面', visibility: 'hidden', origin: { row: 0, col: 0 }, rows: [[{ value: '说明', text: '说明', numberFormat: 'General' }]], merges: [] },
        {
          name: '进展情况表',
          visibility: 'visible',
          origin: { row: 2, col: 1 },
          rows: [
            [
              { value: '序号', text: '序号', numberFormat: 'General' },
              { value: '实事名称', text: '实事名称', numberFormat: 'General' },
              { value: 46387, text: '2026/12/31', numberFormat: 'yyyy/m/d', isDate: true },
            ],
            [{ value: 1, text: '1', numberFormat: '0' }, { value: '=不是公式', text: '=不是公式', numberFormat: '@' }, null],
            [
              { value: true, text: 'TRUE', numberFormat: 'General' },
              { value: 'a\nb', text: 'a\nb', numberFormat: 'General' },
              { value: 'x\ny', text: 'x\ny', numberFormat: 'General' },
            ],
          ],
          merges: [
            { r0: 0, c0: 1, r1: 0, c1: 5 },
            { r0: 1, c0: 1, r1: 1, c1: 2 },
          ],
        },
        { name: 'Sheet3', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [], merges: [] },
      ],
    });
  });

  it('makes the same 2 syncs for ten times the sheets', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...sheets[1], name: `S${i}` }));
    const c = countSyncs();
    const book = await readGrid(fakeExcel(many).context, { support: supportUpTo('1.18') });
    c.stop();
    expect(c.count).toBe(2);
    expect(book.sheets.map((s) => s.name)).toEqual(many.map((s) => s.name));
  });

  it('reads without merges on ExcelApi 1.1, using getUsedRange', async () => {
    const fake = fakeExcel(sheets);
    const book = await readGrid(fake.context, { support: supportUpTo('1.1') });
    expect(book.sheets[1].merges).toEqual([]);
    expect(fake.callsTo('getUsedRangeOrNullObject')).toEqual([]);
    expect(fake.callsTo('.getUsedRange')).toHaveLength(3);
    expect(book.sheets[1].rows[0][0]).toEqual({ value: '序号', text: '序号', numberFormat: 'General' });
  });

  it('leaves out sheets the caller skips', async () => {
    const book = await readGrid(fakeExcel(sheets).context, { support: supportUpTo('1.18'), skip: (n) => n === '封面' });
    expect(book.sheets.map((s) => s.name)).toEqual(['进展情况表', 'Sheet3']);
  });
});

describe('parseAreas', () => {
  it('reads quoted sheet names with commas', () => {
    expect(parseAreas("'a, b'!A1:B2, 'a, b'!$C$3:$D$4")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 2, c0: 2, r1: 3, c1: 3 },
    ]);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy年m月d日', true],
    ['h:mm', true],
    ['[h]:mm', true],
    ['General', false],
    ['@', false],
    ['0.00', false],
    ['#,##0;[Red]-#,##0', false],
    ['0.0%', false],
    ['"第"0"场"', false],
  ])('%s -> %s', (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });
});
