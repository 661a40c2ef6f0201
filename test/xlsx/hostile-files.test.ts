/**
 * Issue 16: hostile files cannot get past the reader. Each attack is built (test/xlsx/hostile/build.ts) and given to
 * the CLI in a child process, so time and peak memory are the real ones: one clear finding naming the file (or, for
 * the files that read, nothing harmful in the output), within seconds and a few hundred MB, never a stack trace.
 * Bounds are generous (2-core machine shared with other work): 60 s and 600 MB per file, the CLI's ~3 s of start
 * included. Nothing the checked directory does not show (the SECRET text of the hidden directory) reaches any output.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { HOSTILE, SECRET, writeHostileFiles } from './hostile/build';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'progress-table.js');
const PEAK = path.join(__dirname, 'hostile', 'peak-rss.js');
const TIME_BOUND_MS = 60_000;
const MEMORY_BOUND_KB = 600 * 1024;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  writeHostileFiles(path.join(dir, 'in'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Run = { status: number | null; out: string; err: string; ms: number; peakKb: number };

function cli(args: string[]): Run {
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-r', PEAK, BIN, ...args], { cwd: path.join(dir, 'in'), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const ms = Date.now() - t;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(r.stderr);
  return { status: r.status, out: r.stdout, err: r.stderr.replace(/\n?PEAK_RSS_KB=\d+\n?/, ''), ms, peakKb: peak ? Number(peak[1]) : Infinity };
}

describe.each(HOSTILE)('$file', ({ file, code }) => {
  test(code ? `validate: one finding ${code} naming the file, in bounded time and memory` : 'validate: read without harm, in bounded time and memory', () => {
    const run = cli(['validate', file, '--quarter', '3', '--json']);
    expect({ ms: run.ms < TIME_BOUND_MS, peak: run.peakKb < MEMORY_BOUND_KB }).toEqual({ ms: true, peak: true });
    expect(run.err).not.toMatch(/\n\s+at |Error:/);
    const json = JSON.parse(run.out) as { files: { path: string; findings: { code: string; message: string }[] }[] };
    expect(json.files.map((f) => f.path)).toEqual([file]);
    const findings = json.files[0].findings;
    if (code) {
      expect(findings).toHaveLength(1);
      expect(findings[0].code).toBe(code);
      expect(findings[0].message).toContain(file);
      expect(run.status).toBe(2);
    } else {
      expect(findings.every((f) => !f.code.startsWith('file-'))).toBe(true);
    }
    expect(run.out).not.toContain(SECRET);
    // Entity expansion and XXE are not expanded: no laugh multiplied, no line of /etc/passwd.
    expect(run.out).not.toMatch(/(LOL){20}/);
    expect(run.out).not.toMatch(/root:x?:0:0/);
    console.log(`${file}: ${run.ms} ms, peak ${Math.round(run.peakKb / 1024)} MB`);
  }, 150_000);
});

test('the pieces of the traversal names are written nowhere', () => {
  for (const p of [path.resolve(dir, 'in', '..', '..', 'evil-traversal.txt'), '/tmp/evil-absolute.txt', path.resolve(dir, 'evil-backslash.txt')]) {
    expect({ p, exists: fs.existsSync(p) }).toEqual({ p, exists: false });
  }
});

test('merge of every hostile file with the examples: one line per hostile file, no hidden text, no formula, in bounded time and memory', () => {
  const out = path.join(dir, '汇总.xlsx');
  const run = cli(['merge', '.', path.join(ROOT, 'examples'), '-o', out, '--quarter', '3', '--json']);
  expect({ ms: run.ms < TIME_BOUND_MS * 2, peak: run.peakKb < MEMORY_BOUND_KB }).toEqual({ ms: true, peak: true });
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.out).not.toContain(SECRET);
  const wb = XLSX.read(fs.readFileSync(out), { cellFormula: true });
  const cells = wb.SheetNames.flatMap((n) => Object.entries(wb.Sheets[n]).filter(([k]) => k[0] !== '!').map(([, c]) => c as XLSX.CellObject));
  expect(cells.filter((c) => String(c.v).includes(SECRET))).toEqual([]);
  expect(cells.filter((c) => c.f)).toEqual([]);
  const status = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['报送情况'], { header: 1 }).map((r) => r.join(' '));
  for (const h of HOSTILE.filter((x) => x.code)) {
    expect(status.filter((line) => line.includes(h.file))).toHaveLength(1);
  }
  console.log(`merge: ${run.ms} ms, peak ${Math.round(run.peakKb / 1024)} MB`);
}, 300_000);
