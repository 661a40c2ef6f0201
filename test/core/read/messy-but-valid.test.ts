import { readReport } from '../../../src/core/read';
import type { GridBook } from '../../../src/core/sheet/grid';
import { validateBook } from '../../../src/core/validate';
import { deleteRows, filledBook, insertCols, insertRows, LINZI_2026, setCell, sheetOf } from '../../helpers/fixtures';

const PROGRESS = '进展情况表';
const base = (): GridBook => filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' });
const progress = (b: GridBook) => sheetOf(b, PROGRESS);
const noMeta = (b: GridBook) => {
  b.sheets = b.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  return b;
};

/** Each drift of issue 3 item 1, applied to 区卫健局's correctly filled third-quarter table. */
const DRIFTS: [string, (b: GridBook) => void][] = [
  ['header with spaces, U+3000 and line breaks', (b) => {
    setCell(progress(b), 'A3', '序　号');
    setCell(progress(b), 'C3', '责任 单位');
    setCell(progress(b), 'D3', '本季度具体措施\r\n及任务进度情况');
    setCell(progress(b), 'E3', '完成\n时限');
  }],
  ['header 任务进度情况 alone', (b) => setCell(progress(b), 'D3', '任务进度情况')],
  ['full-width forms', (b) => {
    setCell(progress(b), 'A5', '２');
    setCell(progress(b), 'A2', '填报单位（盖章）：临淄区卫生健康局');
  }],
  ['title over two rows', (b) => {
    insertRows(progress(b), 1);
    setCell(progress(b), 'A1', '2026年为全区妇女儿童办实事');
    setCell(progress(b), 'A2', '工作进展情况表（第三季度）');
  }],
  ['extra blank rows', (b) => {
    insertRows(progress(b), 3);
    insertRows(progress(b), 7, 2);
  }],
  ['an inserted 备注 column', (b) => {
    insertCols(progress(b), 3);
    setCell(progress(b), 'D3', '备注');
    setCell(progress(b), 'D5', '无');
  }],
  ['table not starting in column A', (b) => {
    insertCols(progress(b), 0, 2);
    insertRows(progress(b), 0, 3);
  }],
  ['a renamed sheet', (b) => {
    progress(b).name = 'Sheet1';
  }],
  ['a cover sheet and a hidden sheet before it', (b) => {
    b.sheets.unshift(
      { name: '封面', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [[{ value: '区卫健局2026年第三季度报送材料', text: '区卫健局2026年第三季度报送材料' }]], merges: [] },
      { name: 'hidden', visibility: 'hidden', origin: { row: 0, col: 0 }, rows: [[{ value: '序号', text: '序号' }, { value: 'x', text: 'x' }]], merges: [] },
    );
  }],
  ['rows in another order', (b) => {
    const g = progress(b);
    const items = g.rows.splice(3, 10);
    g.rows.splice(3, 0, ...items.reverse());
  }],
  ['序号 as 01, 一、 and 1.', (b) => {
    setCell(progress(b), 'A4', '01');
    setCell(progress(b), 'A5', '二、');
    setCell(progress(b), 'A8', '5.');
  }],
  ['unit line 报送单位 with the unit in the next cell', (b) => {
    setCell(progress(b), 'A2', '报送单位：');
    setCell(progress(b), 'B2', '卫健局');
  }],
  ['a hand-made copy: no metadata, unit from the line, quarter from the title', (b) => {
    noMeta(b);
  }],
  ['no metadata, blank unit line, unit from the file name', (b) => {
    noMeta(b);
    setCell(progress(b), 'A2', '填报单位：');
    b.file = '临淄区卫生健康局第三季度进展情况.xlsx';
  }],
  ['CRLF and _x000D_ in the text', (b) => {
    setCell(progress(b), 'D5', '一是开展两癌检查宣传；\r\n二是组织基层医生培训，进展顺利。');
    setCell(progress(b), 'D8', '一是开展产前筛查；_x000D_\n二是开展新生儿筛查，均按计划推进。');
  }],
  ['deadlines as a date cell, a General 2026.12 number, 12月31日前 and 长期坚持', (b) => {
    setCell(progress(b), 'E5', 46387, { isDate: true, numberFormat: 'yyyy/m/d', text: '2026/12/31' });
    setCell(progress(b), 'E8', 2026.12);
  }],
  ['ongoing deadline', (b) => setCell(progress(b), 'E8', '长期坚持')],
  ['per-unit layout with merged 序号 / 实事名称', (b) => {
    const g = progress(b);
    insertRows(g, 5);
    g.merges.push({ r0: 4, c0: 0, r1: 5, c1: 0 }, { r0: 4, c0: 1, r1: 5, c1: 1 });
    setCell(g, 'C5', '区卫健局');
    setCell(g, 'C6', '区妇联');
  }],
  ['a signature line and a note under the table', (b) => {
    setCell(progress(b), 'A15', '填表人：张三');
    setCell(progress(b), 'A16', '注：本表按季度报送。');
  }],
];

describe('messy but valid copies give no error (and no warning)', () => {
  test.each(DRIFTS)('%s', (_name, drift) => {
    const book = structuredClone(base());
    drift(book);
    const { report, findings } = validateBook(book, LINZI_2026, { quarter: 3 });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.identity.unit).toBe('区卫健局');
    expect(report.identity.quarter).toBe(3);
    const own = report.rows.filter((r) => r.itemNumber === 2 || r.itemNumber === 5);
    expect(own.some((r) => r.progressText.text !== '')).toBe(true);
  });

  test('a hand-made copy without the indicator sheet: one warning', () => {
    const book = noMeta(structuredClone(base()));
    book.sheets = book.sheets.filter((s) => s.name !== '指标完成情况');
    const { findings } = validateBook(book, LINZI_2026, { quarter: 3 });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([
      expect.objectContaining({ code: 'indicator-sheet-missing', severity: 'warning', sheet: null, cell: null }),
    ]);
  });

  test('a deleted blank row still reads', () => {
    const book = structuredClone(base());
    deleteRows(progress(book), 1);
    expect(readReport(book, LINZI_2026).rows).toHaveLength(10);
  });
});
