import { columnWidthFor, displayWidth, heightForLines, linesFor, MAX_ROW_HEIGHT, rowHeightFor } from '../../../src/core/sheet/text-metrics';

describe('displayWidth', () => {
  test('a CJK character counts as two Latin widths', () => {
    expect(displayWidth('区卫健局')).toBe(8);
    expect(displayWidth('2026年')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
  });
  test('full-width forms, CJK punctuation and curly quotes are wide', () => {
    expect(displayWidth('１２')).toBe(4);
    expect(displayWidth('，。（）')).toBe(8);
    expect(displayWidth('“春风”')).toBe(8);
  });
  test('control characters take no width', () => {
    expect(displayWidth('a\tb\u0007')).toBe(2);
  });
});

describe('linesFor', () => {
  test('empty text takes no line', () => {
    expect(linesFor('', 20, 12)).toBe(0);
    expect(linesFor(undefined, 20, 12)).toBe(0);
  });
  test('each paragraph takes at least one line', () => {
    expect(linesFor('区人社局\n区妇联\n区商务局', 16, 12)).toBe(3);
  });
  test('long CJK text wraps by its display width', () => {
    const text = '测'.repeat(60); // 120 Latin widths ≈ 137 units at 12 pt
    const lines = linesFor(text, 72, 12);
    expect(lines).toBe(3);
    expect(linesFor(text, 20, 12)).toBeGreaterThan(lines);
  });
});

describe('rowHeightFor', () => {
  test('the tallest cell wins', () => {
    const one = rowHeightFor(['序号', '名称'], [6, 20], 12);
    const three = rowHeightFor(['1', 'a\nb\nc'], [6, 20], 12);
    expect(three).toBeGreaterThan(one);
    expect(three).toBe(heightForLines(3, 12));
  });
  test('minLines keeps room to write in', () => {
    expect(rowHeightFor(['1'], [6], 12, 3)).toBe(heightForLines(3, 12));
  });
  test('a larger font makes a taller row', () => {
    expect(rowHeightFor(['标题'], [100], 18)).toBeGreaterThan(rowHeightFor(['标题'], [100], 12));
  });
  test('never above Excel maximum of 409 points', () => {
    expect(rowHeightFor(['测'.repeat(20000)], [10], 12)).toBe(MAX_ROW_HEIGHT);
  });
});

describe('columnWidthFor', () => {
  test('fits the longest line', () => {
    expect(columnWidthFor('本季度具体措施\n及任务进度情况', 12)).toBe(columnWidthFor('本季度具体措施', 12));
    expect(columnWidthFor('区卫健局', 12)).toBeGreaterThan(8);
  });
});
