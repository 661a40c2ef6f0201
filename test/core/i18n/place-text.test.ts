import { placeText } from '../../../src/core/i18n/place';
import type { Finding } from '../../../src/core/validate/finding';

const base: Finding = { code: 'deadline-empty', severity: 'error', sheet: '进展情况表', cell: 'E8', message: '完成时限未填写', hint: '' };
const item = { number: 3, name: '推进教育设施优化提升' };

test('item, column in words and cell: zh-CN with the table’s header, en-US with the catalogue’s word', () => {
  const f: Finding = { ...base, item, column: '完成时限', columnKey: 'deadline' };
  expect(placeText(f, 'zh-CN')).toBe('第3项 推进教育设施优化提升 · 完成时限（E8）');
  expect(placeText(f, 'en-US')).toBe('Item 3 推进教育设施优化提升 · Deadline (E8)');
});

test('a cell on another sheet than the table’s is named with its sheet', () => {
  const f: Finding = { ...base, sheet: '指标完成情况', cell: 'I8', item, column: '累计完成', columnKey: 'cumulativeValue' };
  expect(placeText(f, 'zh-CN', '进展情况表')).toBe('第3项 推进教育设施优化提升 · 累计完成（指标完成情况 I8）');
  expect(placeText(f, 'en-US', '进展情况表')).toBe('Item 3 推进教育设施优化提升 · Done so far (指标完成情况 I8)');
});

test('what is not known is left out; a file-level finding has no place', () => {
  expect(placeText(base, 'zh-CN')).toBe('E8');
  expect(placeText({ ...base, item }, 'zh-CN')).toBe('第3项 推进教育设施优化提升 · E8');
  expect(placeText({ ...base, sheet: null, cell: null }, 'en-US')).toBe('');
});
