import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { validateBook } from '../../src/core/validate';
import type { Finding } from '../../src/core/validate/finding';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { markPlan } from '../../src/core/marks/plan';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { RESULTS_SHEET } from '../../src/core/marks/results-sheet';

/** The ExcelJS fill of a mark colour. */
const ANNOTATION_FILLS = Object.fromEntries(Object.entries(MARK_FILLS).map(([k, c]) => [k, `FF${c.slice(1)}`])) as Record<keyof typeof MARK_FILLS, string>;
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { DEFECTS, filledBook, LINZI_2026, planFromBook } from '../helpers/fixtures';

/** The item words validateBook gave the finding at `cell` of the progress sheet ("第2项 …"). */
function placeItem(findings: Finding[], cell: string): string {
  const f = findings.find((g) => g.cell === cell && g.sheet === '进展情况表')!;
  return `第${f.item!.number}项 ${f.item!.name}`;
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** 区卫健局's table with a placeholder (D8, error), a text starting with = (D5, info), ' 尽快 ' (E5: error + info), a bad figure (I4). */
async function brokenFile(): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const book = structuredClone(filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' }));
  for (const code of ['progress-placeholder', 'indicator-not-number']) DEFECTS.find((d) => d.code === code)?.break(book);
  book.sheets.find((s) => s.name === '进展情况表')!.rows[4][4] = { value: ' 尽快 ', text: ' 尽快 ' };
  book.sheets.find((s) => s.name === '进展情况表')!.rows[4][3] = { value: '=1+1 开展两癌检查宣传活动，覆盖全区各镇街道', text: '=1+1 开展两癌检查宣传活动，覆盖全区各镇街道' };
  const bytes = await writeWorkbook(planFromBook(book));
  const { findings } = validateBook(readWorkbook(bytes, 't.xlsx'), LINZI_2026, { quarter: 3 });
  return { bytes, findings };
}

describe('annotateWorkbook', () => {
  test('fills each finding cell by severity, notes message and hint, lists everything in 校验结果, values untouched', async () => {
    const { bytes, findings } = await brokenFile();
    const out = await open(await annotateWorkbook(bytes, findings));
    const before = await open(bytes);
    const ws = out.getWorksheet('进展情况表')!;
    // error at D8 (placeholder)
    expect(ws.getCell('D8').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS.error } });
    expect(ws.getCell('D8').note).toBe(`${MARK_PREFIX}\n【错误】进度情况只写了“同上”，没有实际内容\n建议：写明本季度具体措施和进度；确无进展的，写明原因和下一步安排`);
    // info at D5 (text starting with =), E5 error (unreadable deadline) wins over the info of outer spaces
    expect(ws.getCell('D5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS.info } });
    expect(ws.getCell('E5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS.error } });
    expect(String(ws.getCell('E5').note)).toContain('【提示】内容开头或结尾有多余的空格或空行');
    // values never change, and text stays text
    for (const name of ['进展情况表', '指标完成情况']) {
      const a = before.getWorksheet(name)!;
      const b = out.getWorksheet(name)!;
      a.eachRow((row, r) => row.eachCell((cell, c) => expect(b.getCell(r, c).value).toEqual(cell.value)));
    }
    expect(ws.getCell('D5').value).toBe('=1+1 开展两癌检查宣传活动，覆盖全区各镇街道');
    expect(ws.getCell('D5').formula).toBeUndefined();
    // an untouched cell keeps its own style (no shared-style bleed)
    expect(ws.getCell('D4').fill).not.toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS.error } });
    // the results sheet
    const res = out.getWorksheet(RESULTS_SHEET)!;
    expect(res.getRow(1).values).toEqual([undefined, '序号', '位置', '级别', '问题', '建议', '工作表', '代码']);
    expect(res.rowCount).toBe(findings.length + 1);
    const text = (r: number, c: number) => String(res.getCell(r, c).value ?? '');
    findings.forEach((f, i) => {
      const sev = { error: '错误', warning: '警告', info: '提示' }[f.severity];
      expect([1, 3, 4, 5, 6, 7].map((c) => text(i + 2, c))).toEqual([String(i + 1), sev, f.message, f.hint, f.sheet ?? '', f.code]);
    });
    const d8 = findings.findIndex((f) => f.cell === 'D8' && f.sheet === '进展情况表');
    expect(text(d8 + 2, 2)).toBe(`${placeItem(findings, 'D8')} · 本季度具体措施及任务进度情况（D8）`);
    res.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  test('a finding text starting with = is written as text in 校验结果', async () => {
    const { bytes } = await brokenFile();
    const f: Finding = { code: 'x', severity: 'warning', sheet: null, cell: null, message: '=HYPERLINK("http://x")', hint: '+1' };
    const res = (await open(await annotateWorkbook(bytes, [f]))).getWorksheet(RESULTS_SHEET)!;
    expect(res.getCell('D2').value).toBe('=HYPERLINK("http://x")');
    expect(res.getCell('D2').type).toBe(ExcelJS.ValueType.String);
  });

  test('no findings: 校验结果 says 可以报送; our earlier 校验结果 is replaced, a person’s sheet of that name kept', async () => {
    const { bytes } = await brokenFile();
    const once = await annotateWorkbook(bytes, []);
    const twice = await open(await annotateWorkbook(once, []));
    expect(twice.getWorksheet(RESULTS_SHEET)!.getCell('D2').value).toBe('未发现问题，可以报送');
    expect(twice.getWorksheet(`${RESULTS_SHEET} (2)`)).toBeUndefined();
    const theirs = await open(bytes);
    theirs.addWorksheet(RESULTS_SHEET).getCell('A1').value = '我的校验记录';
    const kept = await open(await annotateWorkbook(new Uint8Array((await theirs.xlsx.writeBuffer()) as ArrayBuffer), []));
    expect(kept.getWorksheet(RESULTS_SHEET)!.getCell('A1').value).toBe('我的校验记录');
    expect(kept.getWorksheet(`${RESULTS_SHEET} (2)`)!.getCell('D2').value).toBe('未发现问题，可以报送');
  });

  test('an .xls input gets a fresh .xlsx with the same values, annotated', async () => {
    const { bytes, findings } = await brokenFile();
    const xls = new Uint8Array(XLSX.write(XLSX.read(bytes, { type: 'array' }), { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    const out = await open(await annotateWorkbook(xls, findings, { fileName: 't.xls' }));
    const ws = out.getWorksheet('进展情况表')!;
    expect(ws.getCell('D8').value).toBe('同上');
    expect(ws.getCell('D8').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS.error } });
    expect(out.getWorksheet(RESULTS_SHEET)!.rowCount).toBe(findings.length + 1);
  });
});

describe('annotateWorkbook applies the MarkPlan', () => {
  test('every MarkCell as planned; a person’s note kept above ours; our earlier note replaced, not repeated', async () => {
    const { bytes, findings } = await brokenFile();
    const wb = await open(bytes);
    wb.getWorksheet('进展情况表')!.getCell('D8').note = '填报人自己的批注';
    const withNote = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const once = await annotateWorkbook(withNote, findings);
    const twice = await open(await annotateWorkbook(once, findings));
    const plan = markPlan(findings, [
      { name: '进展情况表', visibility: 'visible' },
      { name: '指标完成情况', visibility: 'visible' },
    ]);
    expect(plan.cells.map((c) => `${c.sheet}!${c.cell}`)).toContain('进展情况表!D8');
    for (const mark of plan.cells) {
      const cell = twice.getWorksheet(mark.sheet)!.getCell(mark.cell);
      expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${mark.fill.slice(1)}` } });
      const note = mark.sheet === '进展情况表' && mark.cell === 'D8' ? `填报人自己的批注\n\n${mark.note}` : mark.note;
      expect(cell.note).toBe(note);
    }
  });
});
