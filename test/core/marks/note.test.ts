import { noteText, MARK_PREFIX } from '../../../src/core/marks/note';
import type { Finding } from '../../../src/core/validate/finding';

test('noteText: the prefix, then the most severe first, each with its hint on the next line when there is one', () => {
  const findings: Finding[] = [
    { code: 'a', severity: 'info', sheet: 'S', cell: 'A1', message: '提示一', hint: '' },
    { code: 'b', severity: 'error', sheet: 'S', cell: 'A1', message: '错误一', hint: '改正' },
    { code: 'c', severity: 'warning', sheet: 'S', cell: 'A1', message: '警告一', hint: '核对' },
  ];
  expect(noteText(findings)).toBe(`${MARK_PREFIX}\n【错误】错误一\n建议：改正\n【警告】警告一\n建议：核对\n【提示】提示一`);
});
