/**
 * The CLI as users run it: `bin/progress-table.js` over the bundle scripts/build-cli.js makes (jest's globalSetup
 * builds it from today's source). No TypeScript is compiled at run time, ExcelJS and SheetJS stay unloaded until a
 * command needs them, the read worker is bundled beside the CLI (so a damaged .xls is still stopped after the
 * timeout), and a missing build says what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'progress-table.js');
const HANGING_XLS = path.join(__dirname, '../fixtures/damaged-formula.xls');

/** What a run of `args` loaded (test/helpers/module-probe.js): npm packages by name, dist-cli/ files by path. */
function modulesLoaded(args: string[]): string[] {
  const run = spawnSync(process.execPath, ['-r', path.join(__dirname, '..', 'helpers', 'module-probe.js'), BIN, ...args], { encoding: 'utf8' });
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no module list: ${run.stderr}`);
  return JSON.parse(line.slice('LOADED '.length)) as string[];
}

test('--help runs compiled JavaScript: the CLI bundle only (no tsx, ExcelJS, SheetJS or zod)', () => {
  expect(modulesLoaded(['--help'])).toEqual(['dist-cli/progress-table.js']);
});

test('validate loads SheetJS but not ExcelJS (nothing is written)', () => {
  const loaded = modulesLoaded(['validate', path.join(ROOT, 'examples'), '--json']);
  expect(loaded).toContain('@e965/xlsx');
  expect(loaded.filter((m) => /exceljs|tsx/.test(m))).toEqual([]);
});

test('template writes through the prebuilt ExcelJS bundle, not ExcelJS from node_modules', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pt-template-')), 't.xlsx');
  const loaded = modulesLoaded(['template', '--quarter', '3', '-o', out]);
  expect(fs.existsSync(out)).toBe(true);
  expect(loaded).toContain('dist-cli/exceljs.js');
  expect(loaded).not.toContain('exceljs');
  expect(loaded).not.toContain('@e965/xlsx');
});

test('the compiled read worker stops a damaged .xls after the timeout (the guard survives the build)', () => {
  const run = spawnSync(process.execPath, [BIN, 'validate', HANGING_XLS, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, PROGRESS_TABLE_READ_TIMEOUT_MS: '1500' },
    timeout: 30_000,
  });
  expect(run.signal).toBeNull();
  expect(run.status).toBe(2);
  const out = JSON.parse(run.stdout) as { files: { findings: { code: string }[] }[] };
  expect(out.files[0].findings.map((f) => f.code)).toEqual(['file-corrupt']);
});

test('without a build, the command says in Chinese (and English) what to run, and exits 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-nobuild-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(BIN, path.join(dir, 'bin', 'progress-table.js'));
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, [path.join(dir, 'bin', 'progress-table.js'), '--help'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    ({ status, stderr } = err as { status: number; stderr: string });
  }
  expect(status).toBe(2);
  expect(stderr).toContain('npm run build:cli');
  expect(stderr).toContain('命令行工具还没有生成');
});
