import { resultsSheetPlan, NO_FINDINGS_TEXT } from '../../../src/core/marks/results-sheet';
import { MARK_FILLS } from '../../../src/core/marks/palette';
import type { Finding } from '../../../src/core/validate/finding';

const TEXT = { numberFormat: '@', wrap: true, vertical: 'top' } as const;
const STYLES = {
  header: { ...TEXT, font: { bold: true } },
  text: TEXT,
  'severity-error': { ...TEXT, fill: MARK_FILLS.error },
  'severity-warning': { ...TEXT, fill: MARK_FILLS.warning },
  'severity-info': { ...TEXT, fill: MARK_FILLS.info },
};
const HEADERS = ['序号', '文件', '工作表', '单元格', '级别', '代码', '问题', '建议'];
const row = (r: number, values: string[], level = 'text') =>
  values.map((value, col) => ({ row: r, col, value, style: r === 0 ? 'header' : col === 4 ? level : 'text' }));
const frame = { role: 'findings', merges: [], columnWidths: [6, 20, 14, 8, 6, 26, 60, 50], rowHeights: {}, freeze: { rows: 1, cols: 0 }, styles: STYLES };

describe('resultsSheetPlan', () => {
  test('a header and one text row per finding, 级别 filled by severity; a text starting with = stays a string', () => {
    const findings: Finding[] = [
      { code: 'progress-empty', severity: 'error', file: 'a.xlsx', sheet: '进展情况表', cell: 'D5', message: '未填写', hint: '请填写' },
      { code: 'x', severity: 'info', sheet: null, cell: null, message: '=HYPERLINK("http://x")', hint: '+1' },
    ];
    expect(resultsSheetPlan(findings, ['进展情况表'])).toEqual({
      ...frame,
      name: '校验结果',
      cells: [
        ...row(0, HEADERS),
        ...row(1, ['1', 'a.xlsx', '进展情况表', 'D5', '错误', 'progress-empty', '未填写', '请填写'], 'severity-error'),
        ...row(2, ['2', '', '', '', '提示', 'x', '=HYPERLINK("http://x")', '+1'], 'severity-info'),
      ],
    });
  });

  test('no findings: one row saying 可以报送; a taken name (any case) gets (2)', () => {
    expect(resultsSheetPlan([], ['校验结果'])).toEqual({
      ...frame,
      name: '校验结果 (2)',
      cells: [...row(0, HEADERS), ...row(1, ['', '', '', '', '', '', NO_FINDINGS_TEXT, ''])],
    });
  });
});
