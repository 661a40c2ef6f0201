import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { registerValidate } from '../../src/cli/validate';
import { validateFile } from '../../src/cli/validate-run';
import { readReport } from '../../src/core/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { readWorkbook } from '../../src/xlsx/read';
import { DEFECTS, filledBook, filledPlan, LINZI_2026, MESSY, planFromBook } from '../helpers/fixtures';
import { cliRunner } from '../helpers/cli';

/** Run `validate args…` on a fresh program; the exit code and what was printed. */
const run = cliRunner('validate', registerValidate);

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-cli-'));
  const good = await writeWorkbook(filledPlan(LINZI_2026, '区卫健局'));
  fs.writeFileSync(at('good.xlsx'), good);
  fs.writeFileSync(at('q2.xlsx'), await writeWorkbook(filledPlan(LINZI_2026, '区卫健局', { quarter: 2 })));
  const broken = structuredClone(filledBook(LINZI_2026, '区卫健局'));
  DEFECTS.find((d) => d.code === 'progress-placeholder')?.break(broken);
  fs.writeFileSync(at('bad.xlsx'), await writeWorkbook(planFromBook(broken)));
  fs.writeFileSync(at('junk.xlsx'), 'this is not a workbook');
  fs.writeFileSync(at('empty.xlsx'), '');
  fs.writeFileSync(at('truncated.xlsx'), good.slice(0, Math.floor(good.length / 2)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('progress-table validate: exit codes', () => {
  test('a good file: exit 0 and 可以报送', async () => {
    const r = await run([at('good.xlsx'), '--quarter', '3', '--today', '2026-10-08']);
    expect(r).toEqual({ code: 0, out: expect.stringContaining('可以报送'), err: '' });
  });

  test('a file with errors: exit 1, the finding at its cell, grouped by row', async () => {
    const r = await run([at('good.xlsx'), at('bad.xlsx'), '--today', '2026-10-08']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('工作表“进展情况表” 第 8 行');
    expect(r.out).toContain('[错误] D8 进度情况只写了“同上”，没有实际内容');
  });

  test.each(['junk.xlsx', 'empty.xlsx', 'truncated.xlsx', 'missing.xlsx'])('%s cannot be read: exit 2, one finding naming the file, no stack', async (name) => {
    const r = await run([at('good.xlsx'), at(name), '--json']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    const file = json.files[1];
    expect(file).toEqual({
      path: at(name),
      unit: null,
      quarter: null,
      findings: [{ code: expect.stringMatching(/^file-/), severity: 'error', sheet: null, cell: null, message: expect.stringContaining(name) }],
    });
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  test('the codes of unreadable files', () => {
    expect(validateFile(at('junk.xlsx'), LINZI_2026).findings[0].code).toBe('file-is-text');
    expect(validateFile(at('empty.xlsx'), LINZI_2026).findings[0].code).toBe('file-empty');
    expect(validateFile(at('truncated.xlsx'), LINZI_2026).findings[0].code).toBe('file-corrupt');
    expect(validateFile(at('missing.xlsx'), LINZI_2026).findings[0].code).toBe('file-missing');
  });

  test('a 21 MB file is too large: one finding naming it', () => {
    fs.writeFileSync(at('big.xlsx'), new Uint8Array(21 * 1024 * 1024));
    expect(validateFile(at('big.xlsx'), LINZI_2026)).toEqual({
      path: at('big.xlsx'),
      readable: false,
      findings: [
        {
          code: 'file-too-large',
          severity: 'error',
          file: 'big.xlsx',
          sheet: null,
          cell: null,
          message: '文件 big.xlsx 中的表格数据太大（图片不计，超过 20 MB），无法读取',
          hint: '进展情况表通常不到 1 MB：请删除无关的工作表和表格下方大量的空行、空列后再发送',
          params: { file: 'big.xlsx' },
        },
      ],
    });
    fs.rmSync(at('big.xlsx'));
  });

  test('bad options: exit 2 with a Chinese message', async () => {
    expect(await run([at('good.xlsx'), '--quarter', '5'])).toEqual({ code: 2, out: '', err: '错误：季度“5”无效。可选：1（第一季度）、2（第二季度）、3（第三季度）、4（第四季度）\n' });
    expect((await run([at('good.xlsx'), '--spec', at('none.json')])).code).toBe(2);
    expect((await run([at('good.xlsx'), '--previous', at('junk.xlsx')])).code).toBe(2);
  });
});

describe('progress-table validate --json', () => {
  test('prints exactly {files:[{path, unit, quarter, findings:[{code, severity, sheet, cell, message}]}]}', async () => {
    const r = await run([at('bad.xlsx'), '--json', '--quarter', '3', '--today', '2026-10-08']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      files: [
        {
          path: at('bad.xlsx'),
          unit: '区卫健局',
          quarter: 3,
          findings: [{ code: 'progress-placeholder', severity: 'error', sheet: '进展情况表', cell: 'D8', message: '进度情况只写了“同上”，没有实际内容' }],
        },
      ],
    });
  });

  test('--previous: a cumulative figure below last quarter’s is an error', async () => {
    const broken = structuredClone(filledBook(LINZI_2026, '区卫健局'));
    const ind = broken.sheets.find((s) => s.name === '指标完成情况');
    if (!ind) throw new Error('no indicator sheet');
    ind.rows[3][8] = { value: 9000, text: '9000' };
    ind.rows[3][7] = { value: 100, text: '100' };
    fs.writeFileSync(at('fell.xlsx'), await writeWorkbook(planFromBook(broken)));
    const r = await run([at('fell.xlsx'), '--json', '--previous', at('q2.xlsx'), '--today', '2026-10-08']);
    const codes = JSON.parse(r.out).files[0].findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`);
    expect(codes).toContain('indicator-cumulative-fell@I4');
  });
});

describe('real files', () => {
  test.each(DEFECTS.map((d) => [d.name, d] as const))('defect %s yields its code at its cell', async (_n, d) => {
    const book = structuredClone(filledBook(LINZI_2026, '区卫健局'));
    d.break(book);
    const file = at(`defect-${d.code}-${d.cell ?? 'file'}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(planFromBook(book)));
    const { findings } = validateFile(file, LINZI_2026, { quarter: 3, ...d.opts });
    expect(findings).toContainEqual(expect.objectContaining({ code: d.code, sheet: d.sheet, cell: d.cell, file: path.basename(file) }));
  });

  test.each(MESSY)('messy but valid: %s gives no error', async (_n, drift) => {
    const book = structuredClone(filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' }));
    drift(book);
    const file = at(book.file && book.file !== 't.xlsx' ? book.file : 'messy.xlsx');
    fs.writeFileSync(file, await writeWorkbook(planFromBook(book)));
    const { findings } = validateFile(file, LINZI_2026, { quarter: 3 });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test.each([
    ['xls', 'biff8'],
    ['ods', 'ods'],
  ] as const)('the same table saved as .%s gives the same findings as the .xlsx', async (ext, bookType) => {
    const book = structuredClone(filledBook(LINZI_2026, '区卫健局'));
    DEFECTS.find((d) => d.code === 'deadline-unreadable')?.break(book);
    DEFECTS.find((d) => d.code === 'indicator-not-number')?.break(book);
    const xlsx = await writeWorkbook(planFromBook(book));
    fs.writeFileSync(at('same.xlsx'), xlsx);
    const wb = XLSX.read(xlsx, { type: 'array' });
    fs.writeFileSync(at(`same.${ext}`), XLSX.write(wb, { type: 'buffer', bookType }));
    const strip = (fs_: { code: string; sheet: string | null; cell: string | null; message: string }[]) => fs_.map(({ code, sheet, cell, message }) => ({ code, sheet, cell, message }));
    const a = validateFile(at('same.xlsx'), LINZI_2026, { quarter: 3 });
    const b = validateFile(at(`same.${ext}`), LINZI_2026, { quarter: 3 });
    expect(strip(b.findings)).toEqual(strip(a.findings));
    expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['deadline-unreadable', 'indicator-not-number']));
  });

  test('a real file reads back the same report as its grid', async () => {
    const book = filledBook(LINZI_2026, '区妇联');
    const bytes = await writeWorkbook(filledPlan(LINZI_2026, '区妇联'));
    const fromFile = readReport(readWorkbook(bytes, 'x.xlsx'), LINZI_2026);
    const fromGrid = readReport(book, LINZI_2026);
    expect(fromFile.rows.map((r) => [r.itemNumber, r.progressText.text])).toEqual(fromGrid.rows.map((r) => [r.itemNumber, r.progressText.text]));
    expect(fromFile.identity).toEqual(fromGrid.identity);
  });
});

/** End to end through the command as users run it (bin/progress-table.js over the compiled CLI, built by jest's globalSetup). */
describe('progress-table validate as a process', () => {
  test('exit codes 0 / 1 / 2 and the JSON shape', () => {
    const { spawnSync } = jest.requireActual<typeof import('node:child_process')>('node:child_process');
    const root = path.join(__dirname, '../..');
    const cli = (args: string[]) => spawnSync(process.execPath, ['bin/progress-table.js', 'validate', ...args], { cwd: root, encoding: 'utf8' });
    expect(cli([at('good.xlsx'), '--quarter', '3', '--today', '2026-10-08']).status).toBe(0);
    const bad = cli([at('bad.xlsx'), '--json', '--today', '2026-10-08']);
    expect(bad.status).toBe(1);
    expect(Object.keys(JSON.parse(bad.stdout))).toEqual(['files']);
    const junk = cli([at('junk.xlsx')]);
    expect(junk.status).toBe(2);
    expect(junk.stdout).toContain('junk.xlsx');
    expect(junk.stdout + junk.stderr).not.toMatch(/\n\s+at /);
  });
});
