import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { registerMerge } from '../../src/cli/merge';
import { expandInputs } from '../../src/cli/inputs';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { Quarter } from '../../src/core/spec/schema';
import { writeWorkbook } from '../../src/xlsx/write';
import { filledTemplatePlan, unitContent } from '../../src/core/layout/template-fill';
import { cliRunner } from '../helpers/cli';

const spec = LINZI_2026;

/** Run `merge args…` on a fresh program; the exit code and what was printed. */
const run = cliRunner('merge', registerMerge);

/** A unit's filled file for `quarter` with a known text in each of its items. */
async function unitFile(dir: string, unit: string, quarter: Quarter, name = `${unit}.xlsx`): Promise<string> {
  const content = unitContent(spec, unit, { text: (n) => `${unit}第${n}项进展`, filledOn: '2026年9月28日' });
  const file = path.join(dir, name);
  fs.writeFileSync(file, await writeWorkbook(filledTemplatePlan(spec, unit, quarter, content)));
  return file;
}

describe('progress-table merge', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-cli-'));
    for (const u of spec.units.slice(0, 13)) await unitFile(dir, u.id, 3);
    await unitFile(dir, spec.units[13].id, 2, 'q2.xlsx');
    fs.writeFileSync(path.join(dir, 'broken.xlsx'), 'not a workbook');
    fs.writeFileSync(path.join(dir, '~$区妇联.xlsx'), 'lock');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('expands a directory to its workbooks, without lock files, other files or the output', () => {
    const out = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(out, 'old');
    const { files } = expandInputs([dir], out);
    fs.rmSync(out);
    expect(files.map((f) => path.basename(f))).not.toContain('~$区妇联.xlsx');
    expect(files.map((f) => path.basename(f))).not.toContain('notes.txt');
    expect(files.map((f) => path.basename(f))).not.toContain('summary.xlsx');
    expect(files).toHaveLength(15);
  });

  it('writes the summary, prints the roster in Chinese and exits 0 with units missing', async () => {
    const out = path.join(os.tmpdir(), `summary-${process.pid}.xlsx`);
    const r = await run([dir, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('应报15个单位，已报送13个');
    expect(r.out).toContain('broken.xlsx  无法读取  文件 broken.xlsx 是文本或网页文件，不是 Excel 工作簿');
    // 区民政局 sent last quarter's table: it gets its own return text, the 催报 names only the unit that sent nothing.
    expect(r.out).toContain(`催报提示：请以下单位尽快报送2026年第三季度工作进展情况表：${spec.units[14].id}。`);
    expect(r.out).toContain(
      `${spec.units[13].id}：你单位报送的文件q2.xlsx是第二季度的进展情况表，本次报送的是2026年第三季度工作进展情况表，请尽快报送。`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['汇总表', '报送情况', '指标完成情况汇总']);
    expect(String(wb.getWorksheet('汇总表')!.getCell('A1').value)).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总');
    fs.rmSync(out);
  });

  it('prints the roster and per-file findings as JSON', async () => {
    const r = await run([dir, '--json', '--quarter', '3']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['quarter', 'roster', 'files', 'totals']);
    expect(json.totals).toMatchObject({ units: 15, submitted: 13, missing: 2 });
    const broken = json.files.find((f: { path: string }) => f.path.endsWith('broken.xlsx'));
    expect(broken).toEqual({ path: path.join(dir, 'broken.xlsx'), unit: null, quarter: null, status: 'unreadable', findings: [{ code: 'file-is-text', severity: 'error', sheet: null, cell: null, message: '文件 broken.xlsx 是文本或网页文件，不是 Excel 工作簿' }] });
    const q2 = json.files.find((f: { path: string }) => f.path.endsWith('q2.xlsx'));
    expect(q2).toMatchObject({ unit: spec.units[13].id, quarter: 2, status: 'wrong-quarter' });
    expect(q2.findings).toContainEqual({ code: 'merge-file-wrong-quarter', severity: 'warning', sheet: null, cell: null, message: '文件q2.xlsx是第二季度的表，本次汇总第三季度，未纳入' });
  });

  it('exits 2 when no input can be read', async () => {
    const r = await run([path.join(dir, 'broken.xlsx'), path.join(dir, 'nope.xlsx'), '-o', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有一个文件能读取');
  });

  it('exits 2 when the output cannot be written', async () => {
    const r = await run([dir, '-o', path.join(dir, 'no-such-dir', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法写入');
  });

  it('exits 2 on a bad quarter', async () => {
    const r = await run([dir, '--quarter', '5', '-o', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('季度“5”无效。可选：1（第一季度）');
  });
});
