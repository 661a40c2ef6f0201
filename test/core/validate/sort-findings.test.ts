import { sortFindings } from '../../../src/core/validate';
import type { Finding } from '../../../src/core/validate/finding';

const f = (code: string, sheet: string | null, cell: string | null, severity: Finding['severity'] = 'error'): Finding => ({ code, severity, sheet, cell, message: code, hint: '' });

test('file level first, then sheets in tab order, rows, columns (AA after Z), severity, code', () => {
  const input = [
    f('c', '指标完成情况', 'A2'),
    f('b', '进展情况表', 'AA5', 'info'),
    f('a', '进展情况表', 'Z5', 'warning'),
    f('d', '进展情况表', 'Z5', 'error'),
    f('e', '进展情况表', null),
    f('f', null, null),
    f('g', '进展情况表', 'B10'),
    f('h', '进展情况表', 'C9'),
  ];
  expect(sortFindings(input, ['进展情况表', '指标完成情况']).map((x) => x.code)).toEqual(['f', 'e', 'd', 'a', 'b', 'h', 'g', 'c']);
  expect(sortFindings([...input].reverse(), ['进展情况表', '指标完成情况'])).toEqual(sortFindings(input, ['进展情况表', '指标完成情况']));
});
