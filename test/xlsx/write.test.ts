import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../src/core/layout/template-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { FORMULA_LIKE, trickyPlan } from './fixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Excel's rule: a cell is locked unless its protection says locked = false. */
function locked(cell: ExcelJS.Cell): boolean {
  return cell.protection?.locked !== false;
}

/** The text of one zip entry (the test's own tiny unzip: central directory, deflate via node:zlib). */
function zipEntry(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < buf.readUInt16LE(eocd + 10); k++) {
    const n = buf.readUInt16LE(p + 28);
    const entry = buf.subarray(p + 46, p + 46 + n).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    const size = buf.readUInt32LE(p + 20);
    const method = buf.readUInt16LE(p + 10);
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    }
    p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error(`no entry ${name}`);
}

describe('writeWorkbook: the 2026 template for 区卫健局, read back with ExcelJS', () => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' }));
    wb = await load(bytes);
  });

  test('sheets in order; metadata sheet very hidden', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['进展情况表', 'visible'],
      ['指标完成情况', 'visible'],
      ['_ptmeta', 'veryHidden'],
    ]);
    const meta = wb.getWorksheet('_ptmeta')!;
    const pairs = new Map<string, string>();
    meta.eachRow((row) => pairs.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(pairs.get('templateId')).toBe('linzi-2026-women-children');
    expect(pairs.get('quarter')).toBe('3');
    expect(pairs.get('unit')).toBe('区卫健局');
    expect(pairs.get('sheet.progress')).toBe('进展情况表');
  });

  test('values, merges, widths and heights', () => {
    const ws = wb.getWorksheet('进展情况表')!;
    expect(ws.getCell('A1').value).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(ws.getCell('A2').value).toBe('填报单位：区卫健局');
    expect(ws.getCell('D3').value).toBe('本季度具体措施\n及任务进度情况');
    expect(ws.getCell('A5').value).toBe(2);
    expect(ws.getCell('C5').value).toBe('区卫健局\n区妇联');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:E1', 'A2:C2', 'D2:E2']));
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([6, 22, 16, 72, 14]);
    expect(ws.getRow(4).height).toBeGreaterThan(40);
  });

  test('styles: fonts, borders on every merged cell, wrap, text format, fills', () => {
    const ws = wb.getWorksheet('进展情况表')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 18 });
    expect(ws.getCell('E1').font).toMatchObject({ name: '方正小标宋简体', size: 18 });
    expect(ws.getCell('B3').font).toMatchObject({ name: '黑体', bold: true });
    expect(ws.getCell('B3').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('D5').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('D5').numFmt).toBe('@');
    expect(ws.getCell('D5').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { argb: 'FFE7E6E6' } });
  });

  test('protection without password: fixed cells locked, own fill cells unlocked, others locked', () => {
    const ws = wb.getWorksheet('进展情况表')!;
    // ExcelJS keeps the read protection in `sheetProtection` (left out of its typings).
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    expect(locked(ws.getCell('B5'))).toBe(true);
    expect(locked(ws.getCell('D5'))).toBe(false);
    expect(locked(ws.getCell('E5'))).toBe(false);
    expect(locked(ws.getCell('D4'))).toBe(true);
  });

  test('print setup: A4 landscape, fit to one page wide, print titles, footer, margins', () => {
    const ws = wb.getWorksheet('进展情况表')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(zipEntry(bytes, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;进展情况表&apos;!$3:$3</definedName>',
    );
  });

  test('freeze panes below the header', () => {
    const ws = wb.getWorksheet('进展情况表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 0 });
  });

  test('indicator sheet: decimal validation ≥ 0 with prompt, rates ≤ 100', () => {
    const ws = wb.getWorksheet('指标完成情况')!;
    expect(ws.getCell('C4').value).toBe('2.1');
    expect(ws.getCell('E4').value).toBe(19000);
    expect(ws.getCell('H4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showInputMessage: true,
      promptTitle: '只填数字',
    });
    const rateRow = [4, 5, 6, 7, 8].find((r) => ws.getCell(`C${r}`).value === '5.1')!;
    expect(ws.getCell(`I${rateRow}`).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(locked(ws.getCell(`H${rateRow}`))).toBe(false);
    expect(locked(ws.getCell(`G${rateRow}`))).toBe(true);
  });
});

describe('writeWorkbook: strings are always text', () => {
  test('a string starting with = + - @ is a shared string, never a formula', async () => {
    const bytes = await writeWorkbook(trickyPlan());
    const xml = zipEntry(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml).toMatch(/<c r="A1"[^>]* t="s"/);
    const wb = await load(bytes);
    const ws = wb.getWorksheet('检查')!;
    FORMULA_LIKE.forEach((text, i) => {
      expect(ws.getCell(i + 1, 1).value).toBe(text);
      expect(ws.getCell(i + 1, 1).type).toBe(ExcelJS.ValueType.String);
    });
  });

  test('notes, data bars, list validation, tab colour, hidden sheet, line breaks', async () => {
    const bytes = await writeWorkbook(trickyPlan());
    const wb = await load(bytes);
    const ws = wb.getWorksheet('检查')!;
    expect(ws.getCell('B1').note).toBe('完成率 = 累计 / 目标');
    expect(ws.getCell('C1').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFFF0000' });
    expect(wb.getWorksheet('隐藏')!.state).toBe('hidden');
    expect(ws.getCell('A7').value).toBe('第一行\n第二行');
    expect(ws.getRow(7).height).toBe(40);
    expect(ws.model.merges).toEqual(['A10:C11']);
    const xml = zipEntry(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<cfRule type="dataBar"[^>]*><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="1"\/><color rgb="FF5B9BD5"\/><\/dataBar>/);
  });

  test('a text over 32,767 characters is refused, never cut', async () => {
    const plan = trickyPlan();
    plan.sheets[0].cells.push({ row: 20, col: 0, value: 'x'.repeat(32768) });
    await expect(writeWorkbook(plan)).rejects.toThrow(RangeError);
  });

  test('a sheet name clash inside the plan gets a new name', async () => {
    const plan = trickyPlan();
    plan.sheets[1].name = '检查';
    const wb = await load(await writeWorkbook(plan));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['检查', '检查 (2)']);
  });
});
