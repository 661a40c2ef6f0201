import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { registerMerge } from '../../src/cli/merge';
import { registerValidate } from '../../src/cli/validate';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read';
import { closeReadWorker, READ_TIMEOUT_ENV, readWorkbookGuarded } from '../../src/xlsx/read-guarded';
import { writeWorkbook } from '../../src/xlsx/write';
import { cliRunner } from '../helpers/cli';
import { filledPlan, LINZI_2026 } from '../helpers/fixtures';

/** A BIFF8 file on which SheetJS 0.20.3 loops forever (see test/fixtures/damaged-formula.md). */
const HANGING_XLS = path.join(__dirname, '../fixtures/damaged-formula.xls');

function smallXls(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['序号', '实事名称'], [1, '妇女“两癌”检查']]), '表');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

afterAll(() => closeReadWorker());

describe('readWorkbookGuarded: a read that hangs SheetJS is stopped', () => {
  test('the damaged .xls gives WorkbookReadError file-corrupt within the timeout', () => {
    // Start the worker first: its start-up (loading tsx and SheetJS) is not part of the timeout.
    readWorkbookGuarded(smallXls(), 'warm.xls');
    const start = Date.now();
    let error: unknown;
    try {
      readWorkbookGuarded(new Uint8Array(fs.readFileSync(HANGING_XLS)), 'damaged-formula.xls', { timeoutMs: 1500 });
    } catch (err) {
      error = err;
    }
    const took = Date.now() - start;
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: 'file-corrupt', message: 'damaged-formula.xls: reading did not finish within 1500 ms' });
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThan(4000);
  });

  test('after a timeout the next file reads in a fresh worker, to the same grid as readWorkbook', () => {
    const bytes = smallXls();
    const book = readWorkbookGuarded(bytes, 'ok.xls', { timeoutMs: 10_000 });
    expect(book).toEqual(readWorkbook(bytes, 'ok.xls'));
    expect(book.sheets[0].rows[1][1]).toMatchObject({ value: '妇女“两癌”检查' });
  });

  test('the reader’s own codes cross the thread as WorkbookReadError', () => {
    expect(() => readWorkbookGuarded(new Uint8Array(Buffer.from('not a workbook')), 'x.xlsx')).toThrow(
      expect.objectContaining({ name: 'WorkbookReadError', code: 'file-is-text', clues: { kind: 'text' } }),
    );
    expect(() => readWorkbookGuarded(new Uint8Array(0), 'empty.xls')).toThrow(expect.objectContaining({ code: 'file-empty' }));
  });

  test('one worker serves many files: ten reads cost little once it runs', () => {
    const bytes = smallXls();
    readWorkbookGuarded(bytes, 'warm.xls');
    const start = Date.now();
    for (let i = 0; i < 10; i++) readWorkbookGuarded(bytes, `f${i}.xls`);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('the CLI on a file that hangs the reader', () => {
  let dir: string;
  const saved = process.env[READ_TIMEOUT_ENV];
  beforeAll(() => {
    process.env[READ_TIMEOUT_ENV] = '1500';
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-guarded-'));
  });
  afterAll(() => {
    if (saved === undefined) delete process.env[READ_TIMEOUT_ENV];
    else process.env[READ_TIMEOUT_ENV] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('validate exits 2 with one finding: the file is damaged', async () => {
    const r = await cliRunner('validate', registerValidate)([HANGING_XLS, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({
      files: [
        {
          path: HANGING_XLS,
          unit: null,
          quarter: null,
          findings: [{ code: 'file-corrupt', severity: 'error', sheet: null, cell: null, message: '文件 damaged-formula.xls 已损坏或不完整，无法打开' }],
        },
      ],
    });
  });

  test('merge goes on with the other files and lists this one as damaged', async () => {
    const good = path.join(dir, '区卫健局.xlsx');
    fs.writeFileSync(good, await writeWorkbook(filledPlan(LINZI_2026, '区卫健局')));
    const r = await cliRunner('merge', registerMerge)([good, HANGING_XLS, '--quarter', '3', '--json']);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.out).files as { path: string; status: string; findings: unknown[] }[];
    expect(files.find((f) => f.path === good)?.status).toBe('merged');
    expect(files.find((f) => f.path === HANGING_XLS)).toMatchObject({
      status: 'unreadable',
      findings: [{ code: 'file-corrupt', severity: 'error', sheet: null, cell: null, message: '文件 damaged-formula.xls 已损坏或不完整，无法打开' }],
    });
  });

  test('merge of only this file: exit 2, naming it', async () => {
    const r = await cliRunner('merge', registerMerge)([HANGING_XLS, '-o', path.join(dir, '汇总.xlsx'), '--quarter', '3']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${HANGING_XLS}：文件 damaged-formula.xls 已损坏或不完整，无法打开`);
  });
});
