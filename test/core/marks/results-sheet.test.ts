import { isResultsSheet, NO_FINDINGS_TEXT, resultsSheetPlan } from '../../../src/core/marks/results-sheet';
import { MARK_FILLS } from '../../../src/core/marks/palette';
import type { Finding } from '../../../src/core/validate/finding';

const TEXT = { numberFormat: '@', wrap: true, vertical: 'top', border: 'thin', font: { size: 10 } } as const;
const STYLES = {
  header: { ...TEXT, font: { size: 10, bold: true }, fill: '#F2F2F2' },
  text: TEXT,
  'severity-error': { ...TEXT, fill: MARK_FILLS.error },
  'severity-warning': { ...TEXT, fill: MARK_FILLS.warning },
  'severity-info': { ...TEXT, fill: MARK_FILLS.info },
};
const HEADERS = ['序号', '位置', '级别', '问题', '建议', '工作表', '代码'];
const row = (r: number, values: string[], level = 'text') =>
  values.map((value, col) => ({ row: r, col, value, style: r === 0 ? 'header' : col === 2 ? level : 'text' }));
const PRINT = {
  orientation: 'landscape',
  paperSize: 'A4',
  fitToWidth: 1,
  titleRows: { r0: 0, r1: 0 },
  footerCenter: '第 &P 页，共 &N 页',
  margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
};
const frame = { role: 'findings', merges: [], columnWidths: [5, 30, 6, 48, 40, 12, 10], freeze: { rows: 1, cols: 0 }, styles: STYLES, print: PRINT };

describe('resultsSheetPlan', () => {
  test('Chinese headers; the place in words first; 级别 filled by severity; the code last; a text starting with = stays a string', () => {
    const findings: Finding[] = [
      {
        code: 'progress-empty', severity: 'error', file: 'a.xlsx', sheet: '进展情况表', cell: 'D5', message: '未填写', hint: '请填写',
        item: { number: 2, name: '保护和增进妇女健康' }, column: '本季度具体措施及任务进度情况', columnKey: 'progressText',
      },
      { code: 'unit-missing', severity: 'error', sheet: '进展情况表', cell: null, message: '没有写填报单位', hint: '' },
      { code: 'x', severity: 'info', sheet: null, cell: null, message: '=HYPERLINK("http://x")', hint: '+1' },
    ];
    const plan = resultsSheetPlan(findings, ['进展情况表']);
    expect({ ...plan, rowHeights: undefined }).toEqual({
      ...frame,
      rowHeights: undefined,
      name: '校验结果',
      cells: [
        ...row(0, HEADERS),
        ...row(1, ['1', '第2项 保护和增进妇女健康 · 本季度具体措施及任务进度情况（D5）', '错误', '未填写', '请填写', '进展情况表', 'progress-empty'], 'severity-error'),
        ...row(2, ['2', '整张工作表', '错误', '没有写填报单位', '', '进展情况表', 'unit-missing'], 'severity-error'),
        ...row(3, ['3', '整个文件', '提示', '=HYPERLINK("http://x")', '+1', '', 'x'], 'severity-info'),
      ],
    });
    // Each row is as high as its tallest wrapped cell: the two-line place of row 2 is taller than a one-line row.
    expect(plan.rowHeights[1]).toBeGreaterThan(plan.rowHeights[2]);
    expect(Object.keys(plan.rowHeights)).toEqual(['0', '1', '2', '3']);
  });

  test('no findings: one row saying 可以报送; a taken name (any case) gets (2)', () => {
    const plan = resultsSheetPlan([], ['校验结果']);
    expect(plan.name).toBe('校验结果 (2)');
    expect(plan.cells).toEqual([...row(0, HEADERS), ...row(1, ['', '', '', NO_FINDINGS_TEXT, '', '', ''])]);
  });
});

describe('isResultsSheet', () => {
  test('ours by name and header row, now and in the older layout; a person’s sheet of that name is not', () => {
    expect(isResultsSheet('校验结果', HEADERS)).toBe(true);
    expect(isResultsSheet('校验结果 (3)', [...HEADERS, '', null])).toBe(true);
    expect(isResultsSheet('校验结果', ['序号', '文件', '工作表', '单元格', '级别', '代码', '问题', '建议'])).toBe(true);
    expect(isResultsSheet('校验结果', ['我的校验记录'])).toBe(false);
    expect(isResultsSheet('Sheet1', HEADERS)).toBe(false);
  });
});
