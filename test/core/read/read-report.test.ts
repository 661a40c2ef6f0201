import { readReport } from '../../../src/core/read';
import { deleteCols, filledBook, LINZI_2026, setCell, sheetOf } from '../../helpers/fixtures';

const base = () => structuredClone(filledBook(LINZI_2026, '区卫健局', { file: '区卫健局.xlsx' }));

test('the template: sheet, header, ten rows, identity, indicators', () => {
  const r = readReport(base(), LINZI_2026);
  expect(r.sheet).toBe('进展情况表');
  expect(r.header).toEqual({ row: 2, columns: { number: 0, name: 1, unit: 2, progressText: 3, deadline: 4 } });
  expect(r.rows.map((x) => x.itemNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(r.identity).toEqual({
    unit: '区卫健局',
    unitText: '区卫健局',
    unitSource: 'sheet',
    unitCell: 'A2',
    quarter: 3,
    quarterSource: 'title',
    quarterCell: 'A1',
    year: 2026,
    yearSource: 'title',
    yearCell: 'A1',
    titleCell: 'A1',
    filledOnCell: 'D2',
    templateId: 'linzi-2026-women-children',
    templateVersion: '1',
  });
  expect(r.indicators?.rows.map((x) => x.targetId)).toEqual(['2.1', '2.2', '2.3', '5.1', '5.2']);
  expect(r.file).toBe('区卫健局.xlsx');
  expect(r.findings).toEqual([]);
});

test('填报日期 is read when written', () => {
  const b = base();
  setCell(sheetOf(b, '进展情况表'), 'D2', '填报日期：2026年10月8日');
  expect(readReport(b, LINZI_2026).identity.filledOn).toBe('2026-10-08');
});

test('indicator rows map by 指标 text when the 指标编号 column is gone', () => {
  const b = base();
  deleteCols(sheetOf(b, '指标完成情况'), 2);
  expect(readReport(b, LINZI_2026).indicators?.rows.map((x) => x.targetId)).toEqual(['2.1', '2.2', '2.3', '5.1', '5.2']);
});

test('the quarter comes from the metadata when the title lacks it, and the file name last', () => {
  const b = base();
  setCell(sheetOf(b, '进展情况表'), 'A1', '2026年为全区妇女儿童办实事工作进展情况表');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ quarter: 3, quarterSource: 'metadata' });
  b.sheets = b.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  b.file = '区卫健局Q3.xlsx';
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ quarter: 3, quarterSource: 'file-name' });
});

test('an unknown unit on the line does not fall back to the metadata', () => {
  const b = base();
  setCell(sheetOf(b, '进展情况表'), 'A2', '填报单位：某某局');
  expect(readReport(b, LINZI_2026).identity).toMatchObject({ unitText: '某某局', unitSource: 'sheet' });
  expect(readReport(b, LINZI_2026).identity.unit).toBeUndefined();
});

test('an empty book reads as no table, never throws', () => {
  expect(readReport({ sheets: [] }, LINZI_2026)).toEqual({ identity: {}, rows: [], findings: [] });
});
