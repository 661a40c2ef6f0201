import { mergeReports } from '../../../src/core/merge/merge';
import { EXCEL_CELL_LIMIT, splitForCells } from '../../../src/core/text/split';
import { makeReport, testSpec } from './fixtures';

describe('splitForCells', () => {
  it('returns the text whole when it fits', () => {
    expect(splitForCells('abc')).toEqual(['abc']);
    expect(splitForCells('')).toEqual(['']);
  });

  it('splits at the last line break that fits and drops that break', () => {
    expect(splitForCells('aaaa\nbbbb\ncc', 10)).toEqual(['aaaa\nbbbb', 'cc']);
  });

  it('splits a line longer than the limit without cutting a surrogate pair', () => {
    const text = 'ab𠀀cd';
    const parts = splitForCells(text, 3);
    expect(parts).toEqual(['ab', '𠀀c', 'd']);
    expect(parts.join('')).toBe(text);
  });
});

describe('a joined text over 32,767 characters', () => {
  const spec = testSpec();
  const long = (unit: string, ch: string) => `${unit}：${ch.repeat(20000)}`;
  const inputs = ['区卫健局', '区妇联'].map((unit, i) => ({
    file: `${unit}.xlsx`,
    report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, texts: { 2: long(unit, i ? '乙' : '甲') } }),
    findings: [],
  }));
  const s = mergeReports(inputs, spec, { quarter: 3 });
  const item = s.items[1];

  it('is split into parts that each fit a cell with the （续） prefix, nothing cut', () => {
    expect(item.progressText.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    expect(item.textParts).toEqual([`【区卫健局】${long('区卫健局', '甲')}`, `【区妇联】${long('区妇联', '乙')}`]);
    for (const p of item.textParts) expect(p.length + 3).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it('is reported in the merge remarks', () => {
    expect(s.findings).toContainEqual({
      code: 'merge-text-split', severity: 'info', sheet: null, cell: null,
      message: `第2项“实事2”的汇总文字共${item.progressText.length}字，超过 Excel 单元格上限 32767 字，已分2行（续）写入，未删减`,
      hint: '打印或转发前请核对续行',
      params: { number: 2, name: '实事2', length: item.progressText.length, parts: 2 },
    });
  });
});
