import type { SheetPlan } from '../../src/core/sheet/plan';
import { insertWorkbookPlan } from '../../src/wps/apply-plan';
import { readGrid } from '../../src/wps/read-grid';
import { wpsHost } from './fake/host';

/**
 * The WPS reader and writer on the cases the object model makes hard: dates that only `Value` tells from numbers,
 * merged areas found by halving, hidden and very hidden sheets, an empty sheet, text and formats where a WPS answers
 * whole ranges, and text from files that must never become a formula.
 */

const plan = (cells: SheetPlan['cells']): SheetPlan => ({ name: '表', role: 'progress', styles: {}, cells, merges: [], columnWidths: [], rowHeights: {} });

test('dates are the numbers whose Value is not the number; other numbers stay numbers; sheets keep their visibility', () => {
  const host = wpsHost({
    sheets: [
      { name: '进展', rows: [['完成时限', 46387, 12]], formats: { B1: 'yyyy"年"m"月"d"日"' } },
      { name: '隐藏', visible: 0, rows: [['x']] },
      { name: '深藏', visible: 2 },
    ],
  });
  const book = readGrid(host.app.ActiveWorkbook!);
  expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([['进展', 'visible'], ['隐藏', 'hidden'], ['深藏', 'veryHidden']]);
  expect(book.sheets[0].rows[0]).toEqual([{ value: '完成时限', text: '完成时限' }, { value: 46387, text: '46387', isDate: true }, { value: 12, text: '12' }]);
  expect(book.sheets[2].rows).toEqual([]);
});

test('where WPS answers Text and NumberFormat of a range as rows, the reader keeps both', () => {
  const host = wpsHost({ textRows: true, sheets: [{ name: '表', rows: [[null, null], [null, 46387]], formats: { B2: 'yyyy/m/d' } }] });
  const grid = readGrid(host.app.ActiveWorkbook!).sheets[0];
  expect(grid.origin).toEqual({ row: 1, col: 1 });
  expect(grid.rows).toEqual([[{ value: 46387, text: '46387', numberFormat: 'yyyy/m/d', isDate: true }]]);
});

test('several merged areas are all found, each once, in sheet order', () => {
  const host = wpsHost({ sheets: [{ name: '表', rows: Array.from({ length: 40 }, (_, r) => ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}${r}`)), merges: ['A1:E1', 'A5:A9', 'B20:C21', 'E39:E40'] }] });
  expect(readGrid(host.app.ActiveWorkbook!).sheets[0].merges).toEqual([
    { r0: 0, c0: 0, r1: 0, c1: 4 },
    { r0: 4, c0: 0, r1: 8, c1: 0 },
    { r0: 19, c0: 1, r1: 20, c1: 2 },
    { r0: 38, c0: 4, r1: 39, c1: 4 },
  ]);
});

test('text from files stays text: = + - @ and digits are never turned into a formula or a number', () => {
  const host = wpsHost();
  const texts = ['=HYPERLINK("http://x","点我")', '+1', '-开展产前筛查宣传活动', '@SUM(A1)', '001', '2026/12/31'];
  insertWorkbookPlan(host.app.ActiveWorkbook!, { sheets: [plan(texts.map((value, col) => ({ row: 0, col, value })))] });
  const stored = texts.map((_, col) => host.cell('表', `${String.fromCharCode(65 + col)}1`));
  expect(stored.map((c) => c?.value)).toEqual(texts);
  expect(stored.some((c) => c?.formula)).toBe(false);
});
