import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';

/** Texts that look like formulas: each must stay text in every writer and reader. */
export const FORMULA_LIKE = ['=1+1', '+86 533', '-5', '@SUM(A1)', '=HYPERLINK("http://localhost","x")'];

/**
 * A plan exercising what the template does not: formula-like strings, a note, a data bar, a list validation,
 * a tab colour, a hidden sheet, CRLF and long text.
 */
export function trickyPlan(): WorkbookPlan {
  const sheet: SheetPlan = {
    name: '检查',
    role: 'summary',
    styles: { text: { numberFormat: '@', wrap: true }, pct: { numberFormat: '0%' } },
    cells: [
      ...FORMULA_LIKE.map((value, i) => ({ row: i, col: 0, value, style: 'text' })),
      { row: 0, col: 1, value: 0.5, style: 'pct', note: '完成率 = 累计 / 目标' },
      { row: 1, col: 1, value: 1 },
      { row: 2, col: 1, value: 0 },
      { row: 6, col: 0, value: '第一行\n第二行' },
      { row: 7, col: 0, value: '长'.repeat(5000) },
      { row: 8, col: 0, value: 42 },
    ],
    merges: [{ r0: 9, c0: 0, r1: 10, c1: 2 }],
    columnWidths: [30, 12, 12],
    rowHeights: { 6: 40 },
    validations: [{ range: { r0: 0, c0: 2, r1: 4, c1: 2 }, type: 'list', values: ['是', '否'], prompt: '选择' }],
    dataBars: [{ range: { r0: 0, c0: 1, r1: 2, c1: 1 }, color: '#5B9BD5', min: 0, max: 1 }],
    tabColor: '#FF0000',
  };
  const hidden: SheetPlan = {
    name: '隐藏',
    role: 'roster',
    visibility: 'hidden',
    styles: {},
    cells: [{ row: 0, col: 0, value: 'x' }],
    merges: [],
    columnWidths: [],
    rowHeights: {},
  };
  return { sheets: [sheet, hidden] };
}
