import { markPlan, firstToShow, type MarkSheet } from '../../../src/core/marks/plan';
import { resultsSheetPlan } from '../../../src/core/marks/results-sheet';
import { MARK_FILLS } from '../../../src/core/marks/palette';
import { MARK_PREFIX } from '../../../src/core/marks/note';
import type { Finding } from '../../../src/core/validate/finding';

const f = (severity: Finding['severity'], sheet: string | null, cell: string | null, message: string, hint = ''): Finding => ({
  code: `code-${message}`,
  severity,
  sheet,
  cell,
  message,
  hint,
});

const sheets: MarkSheet[] = [
  { name: '封面', visibility: 'hidden' },
  { name: '进展情况表', visibility: 'visible' },
  { name: '校验结果', visibility: 'visible' },
];

describe('markPlan', () => {
  test('one cell per sheet and cell, filled by the worst finding, noted with all of them; the most severe visible cell selected', () => {
    const findings = [
      f('warning', '进展情况表', 'e5', '完成时限已过', '核对完成时限'),
      f('error', '进展情况表', '$E$5', '完成时限无法识别', '写成2026年12月底'),
      f('info', '进展情况表', 'D6', '有多余空格'),
      f('error', '封面', 'A1', '隐藏表上的错误'),
      f('error', null, null, '文件级'),
      f('error', '不存在的表', 'A1', '表不存在'),
      f('error', '进展情况表', 'XFE1', '超出列'),
      f('error', '进展情况表', 'A1048577', '超出行'),
      f('warning', '进展情况表', null, '表级'),
    ];
    expect(markPlan(findings, sheets)).toEqual({
      cells: [
        {
          sheet: '进展情况表',
          cell: 'E5',
          row: 4,
          col: 4,
          severity: 'error',
          fill: MARK_FILLS.error,
          note: `${MARK_PREFIX}\n【错误】完成时限无法识别\n建议：写成2026年12月底\n【警告】完成时限已过\n建议：核对完成时限`,
        },
        { sheet: '进展情况表', cell: 'D6', row: 5, col: 3, severity: 'info', fill: MARK_FILLS.info, note: `${MARK_PREFIX}\n【提示】有多余空格` },
        { sheet: '封面', cell: 'A1', row: 0, col: 0, severity: 'error', fill: MARK_FILLS.error, note: `${MARK_PREFIX}\n【错误】隐藏表上的错误` },
      ],
      select: { sheet: '进展情况表', cell: 'E5' },
      results: resultsSheetPlan(findings, ['封面', '进展情况表', '校验结果']),
    });
  });

  test('no findings: nothing to mark or select, and 校验结果 says 可以报送 under a clash-free name', () => {
    const plan = markPlan([], sheets);
    expect(plan).toEqual({ cells: [], results: resultsSheetPlan([], ['封面', '进展情况表', '校验结果']) });
    expect(plan.results.name).toBe('校验结果 (2)');
  });

  test('only findings on hidden sheets: marked, nothing selected', () => {
    const plan = markPlan([f('error', '封面', 'B2', '隐藏')], sheets);
    expect(plan.select).toBeUndefined();
    expect(plan.cells.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['封面!B2']);
  });
});

describe('firstToShow', () => {
  test('the first error, else warning, else info, with a sheet and a cell', () => {
    const w = f('warning', '进展情况表', 'D5', 'w');
    const e = f('error', '进展情况表', 'D9', 'e');
    expect(firstToShow([w, f('error', null, null, 'file'), e, f('error', '进展情况表', 'D10', 'e2')])).toBe(e);
    expect(firstToShow([f('info', '进展情况表', 'A1', 'i'), w])).toBe(w);
    expect(firstToShow([])).toBeUndefined();
  });
});
