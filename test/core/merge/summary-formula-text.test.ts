import ExcelJS from 'exceljs';
import { mergeReports } from '../../../src/core/merge/merge';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { writeWorkbook } from '../../../src/xlsx/write';
import { readWorkbook } from '../../../src/xlsx/read';
import { cellAt } from '../../../src/core/sheet/grid';
import { makeReport, testSpec } from './fixtures';

/** A summary whose texts start with = + - @ (a formula if written carelessly), written to .xlsx bytes. */
async function summaryBytes(layout: 'official' | 'per-unit'): Promise<Uint8Array> {
  const spec = testSpec();
  const inputs = [
    { file: 'a.xlsx', report: makeReport('a.xlsx', '区教体局', { quarter: 3, texts: { 3: '=1+1', 5: '+86 热线' }, deadlines: { 3: '=TODAY()' } }), findings: [] },
    { file: 'b.xlsx', report: makeReport('b.xlsx', '区卫健局', { quarter: 3, texts: { 5: '@全体 -注意' } }), findings: [] },
  ];
  return writeWorkbook(summaryWorkbookPlan(mergeReports(inputs, spec, { quarter: 3, layout }), spec));
}

describe('a text starting with = in the summary', () => {
  it('stays text when read back by ExcelJS (official layout)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await summaryBytes('official')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('汇总表')!;
    expect(ws.getCell('D6').value).toBe('【区教体局】=1+1');
    expect(ws.getCell('E6').value).toBe('=TODAY()（无法识别）');
    expect(ws.getCell('E6').formula).toBeUndefined();
    expect(ws.getCell('D8').value).toBe('【区卫健局】@全体 -注意\n【区教体局】+86 热线');
  });

  it('stays text when read back by SheetJS (per-unit layout, the bare text in its own cell)', async () => {
    const book = readWorkbook(await summaryBytes('per-unit'), 'summary.xlsx');
    const grid = book.sheets.find((s) => s.name === '汇总表')!;
    const texts = grid.rows.flat().filter(Boolean).map((c) => c!.value);
    expect(texts).toContain('=1+1');
    expect(texts).toContain('=TODAY()（无法识别）');
    const cell = grid.rows.flat().find((c) => c?.value === '=1+1')!;
    expect(cell.formula).toBeFalsy();
    expect(cellAt(grid, 0, 0)?.value).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总');
  });
});
