/**
 * `npm run bench` (tsx bench/merge.ts [--sizes 15,500,1500] [--rounds 5]): the CLI as a user runs it, process against
 * process, beside the floor of the same work. Not a timed test: it prints, it does not assert.
 *
 * For each size N a folder of N received files (filled templates with ~600-character texts per item and unit: the
 * 15 units × 4 filling dates, cycled, so most units have sent several files) is written to a temporary folder. Then,
 * for several rounds, these processes run one after another, their order rotated each round (pairs interleaved,
 * so a busy neighbour on a shared machine weighs on all of them alike):
 *   ours     node bin/progress-table.js merge DIR -o out.xlsx --force   (read, validate, merge, lay out, write)
 *   sheetjs  node bench/floors/sheetjs.js DIR                          (XLSX.read of every file, nothing else)
 *   unzip    node bench/floors/unzip.js DIR                            (native inflate + decode of the sheet parts)
 * and once per round the start-up: `progress-table --help` beside a bare `node -e 0`.
 *
 * Measured: each process's own CPU time (user + system, every thread, Node's start-up included) and peak RSS, by a
 * preload (bench/usage.js), never wall time. Printed: min / median / max per process, the ratios of the medians, and
 * the targets of issue 15 (≤ 1.5× SheetJS and ≤ 8× unzip at 500 files, ≤ 2× SheetJS at 15, --help ≤ 0.3 s CPU,
 * peak memory ≤ 200 MB at 500 files), each marked held or not.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { LINZI_2026 } from '../src/core/spec/linzi-2026';
import type { Quarter, TemplateSpec } from '../src/core/spec/schema';
import { writeWorkbook } from '../src/xlsx/write';
import { filledTemplatePlan, unitContent } from '../src/core/layout/template-fill';

const ROOT = path.join(__dirname, '..');
const USAGE = path.join(__dirname, 'usage.js');
const QUARTER: Quarter = 3;
/** Filling dates: each unit's file in this many versions, so a folder holds distinct files, not copies. */
const FILLED_ON = ['2026年9月25日', '2026年9月26日', '2026年9月27日', '2026年9月28日'];

/** One process's cost: CPU milliseconds (user + system) and peak resident memory in MB. */
export interface Usage {
  cpuMs: number;
  maxRssMb: number;
}

/** What one size measured: the usages of each process over the rounds. */
export interface SizeResult {
  files: number;
  ours: Usage[];
  sheetjs: Usage[];
  unzip: Usage[];
}

/** The whole run: per size, and the start-up (`--help` and a bare node). */
export interface BenchResult {
  sizes: SizeResult[];
  help: Usage[];
  bareNode: Usage[];
}

/** Options of `runBench`. */
export interface BenchOptions {
  sizes: number[];
  rounds: number;
  /** Where the report goes (default: stdout). */
  write?: (text: string) => void;
}

/** A long, plausible progress text of `length` characters for `unit` and item `n` (deterministic). */
function longText(unit: string, n: number, length = 600): string {
  const sentence = `${unit}围绕第${n}项实事，本季度组织开展专题活动、入户走访和集中宣传，累计服务妇女儿童群众，形成长效工作机制。`;
  let s = '';
  let k = 1;
  while (s.length < length) s += `${k++}. ${sentence}\n`;
  return s.slice(0, length);
}

/** The distinct received files: one per unit and filling date, as bytes. */
async function receivedFiles(spec: TemplateSpec): Promise<{ unit: string; bytes: Uint8Array }[]> {
  const out: { unit: string; bytes: Uint8Array }[] = [];
  for (const filledOn of FILLED_ON) {
    for (const unit of spec.units) {
      const content = unitContent(spec, unit.id, {
        text: (n) => longText(unit.id, n),
        deadline: '2026年12月底',
        cumulative: (t) => (t.kind === 'rate' ? 95 : Math.round(t.value * 0.4)),
        filledOn,
      });
      out.push({ unit: unit.id, bytes: await writeWorkbook(filledTemplatePlan(spec, unit.id, QUARTER, content)) });
    }
  }
  return out;
}

/** Run `node [args…]` with the usage preload; its CPU and peak memory. Throws when the process fails. */
function measure(args: string[], usageFile: string): Usage {
  fs.rmSync(usageFile, { force: true });
  execFileSync(process.execPath, ['-r', USAGE, ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BENCH_USAGE_FILE: usageFile } });
  const line = fs.readFileSync(usageFile, 'utf8').trim().split('\n').pop() ?? '';
  const u = JSON.parse(line) as Usage;
  return { cpuMs: u.cpuMs, maxRssMb: u.maxRssMb };
}

/** Min, median and max of `xs` (xs not empty). */
export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { min: s[0], median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1] };
}

/** Run the benchmark: files written to a temporary folder (removed after), processes measured, report printed. */
export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  const spec = LINZI_2026;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-bench-'));
  const usageFile = path.join(work, 'usage.jsonl');
  try {
    const files = await receivedFiles(spec);
    const folders = opts.sizes.map((n) => {
      const dir = path.join(work, `files-${n}`);
      fs.mkdirSync(dir);
      for (let i = 0; i < n; i++) {
        const f = files[i % files.length];
        fs.writeFileSync(path.join(dir, `${String(i + 1).padStart(4, '0')}-${f.unit}.xlsx`), f.bytes);
      }
      return dir;
    });
    const bin = path.join(ROOT, 'bin', 'progress-table.js');
    const out = path.join(work, '汇总.xlsx');
    const result: BenchResult = { sizes: opts.sizes.map((n) => ({ files: n, ours: [], sheetjs: [], unzip: [] })), help: [], bareNode: [] };
    for (let round = 0; round < opts.rounds; round++) {
      const startup: [Usage[], string[]][] = [
        [result.help, [bin, '--help']],
        [result.bareNode, ['-e', '0']],
      ];
      for (const [list, args] of round % 2 ? startup.reverse() : startup) list.push(measure(args, usageFile));
      opts.sizes.forEach((_, k) => {
        const r = result.sizes[k];
        const dir = folders[k];
        const jobs: [Usage[], string[]][] = [
          [r.ours, [bin, 'merge', dir, '-o', out, '--force']],
          [r.sheetjs, [path.join(__dirname, 'floors', 'sheetjs.js'), dir]],
          [r.unzip, [path.join(__dirname, 'floors', 'unzip.js'), dir]],
        ];
        const order = jobs.map((_, i) => jobs[(i + round) % jobs.length]);
        for (const [list, args] of order) list.push(measure(args, usageFile));
      });
    }
    write(report(result, opts.rounds));
    return result;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (x: number) => x.toFixed(0);
const trio = (xs: number[], f: (x: number) => string) => {
  const t = spread(xs);
  return `${f(t.min)} / ${f(t.median)} / ${f(t.max)}`;
};
const median = (us: Usage[], key: keyof Usage) => spread(us.map((u) => u[key])).median;

/** The printed table: per size the three processes' CPU and peak RSS, the ratios, and the targets held or not. */
export function report(r: BenchResult, rounds: number): string {
  const lines: string[] = [];
  lines.push(`进展情况表汇总基准（Node ${process.version}，${os.cpus().length} 核，${rounds} 轮，交替运行；CPU 时间 = 用户态 + 内核态，含 Node 启动；min / median / max）`);
  lines.push('');
  lines.push('| 文件数 | 本工具 merge CPU s | SheetJS 裸读 CPU s | 只解压 CPU s | ÷ SheetJS | ÷ 解压 | 本工具峰值 RSS MB | SheetJS 峰值 RSS MB |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const z of r.sizes) {
    const ours = median(z.ours, 'cpuMs');
    lines.push(
      `| ${z.files} | ${trio(z.ours.map((u) => u.cpuMs), s)} | ${trio(z.sheetjs.map((u) => u.cpuMs), s)} | ${trio(z.unzip.map((u) => u.cpuMs), s)} | ` +
        `${(ours / median(z.sheetjs, 'cpuMs')).toFixed(2)}× | ${(ours / median(z.unzip, 'cpuMs')).toFixed(1)}× | ` +
        `${trio(z.ours.map((u) => u.maxRssMb), mb)} | ${trio(z.sheetjs.map((u) => u.maxRssMb), mb)} |`,
    );
  }
  const help = median(r.help, 'cpuMs');
  lines.push('');
  lines.push(`启动：progress-table --help ${trio(r.help.map((u) => u.cpuMs), s)} s CPU；裸 node -e 0 ${trio(r.bareNode.map((u) => u.cpuMs), s)} s（${(help / median(r.bareNode, 'cpuMs')).toFixed(1)}×）`);
  lines.push('');
  lines.push('目标（同一次运行中的比值）：');
  const at = (n: number) => r.sizes.find((z) => z.files === n);
  const target = (label: string, value: number | undefined, limit: number, unit: string) =>
    lines.push(value === undefined ? `  – ${label}：本次未测` : `  ${value <= limit ? '✓' : '✗'} ${label}：${value.toFixed(2)}${unit}（目标 ≤ ${limit}${unit}）`);
  const ratio = (n: number, floor: 'sheetjs' | 'unzip') => {
    const z = at(n);
    return z ? median(z.ours, 'cpuMs') / median(z[floor], 'cpuMs') : undefined;
  };
  target('500 个文件 ÷ SheetJS', ratio(500, 'sheetjs'), 1.5, '×');
  target('500 个文件 ÷ 只解压', ratio(500, 'unzip'), 8, '×');
  target('15 个文件 ÷ SheetJS', ratio(15, 'sheetjs'), 2, '×');
  target('--help CPU', help / 1000, 0.3, ' s');
  const z500 = at(500);
  target('500 个文件峰值内存', z500 ? median(z500.ours, 'maxRssMb') : undefined, 200, ' MB');
  return `${lines.join('\n')}\n`;
}

/** `--sizes 15,500` and `--rounds 3` from argv (node:util parseArgs). Throws Error(usage) on an unknown option or a malformed value. */
export function benchOptions(argv: readonly string[]): BenchOptions {
  const usage = 'usage: tsx bench/merge.ts [--sizes 15,500,1500] [--rounds 5]';
  let values: { sizes?: string; rounds?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { sizes: { type: 'string' }, rounds: { type: 'string' } }, strict: true }));
  } catch {
    throw new Error(usage);
  }
  const sizes = (values.sizes ?? '15,500,1500').split(',').map(Number);
  const rounds = Number(values.rounds ?? 5);
  if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !(Number.isInteger(rounds) && rounds > 0)) throw new Error(usage);
  return { sizes, rounds };
}

if (require.main === module) {
  runBench(benchOptions(process.argv.slice(2))).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
