/**
 * `npm run bench` (tsx bench/merge.ts): how long merging 15 and 500 received files takes, beside SheetJS's bare read
 * of the same bytes. Not a timed test: it prints, it does not assert.
 *
 * The files are filled templates (templateWorkbookPlan + writeWorkbook) with long texts (about 600 characters per
 * item and unit), one per unit, cycling the 15 units for 500 (so most units are "sent" many times: the roster's
 * duplicate handling is part of the work). The timed pipeline is what the CLI and the pane do:
 * readWorkbook (SheetJS -> Grid) for every file, mergeBooks (validate + merge), summaryWorkbookPlan (layout) and
 * writeWorkbook (ExcelJS). Memory: the peak of process.memoryUsage() sampled after every file and step.
 */
import * as XLSX from '@e965/xlsx';
import { LINZI_2026 } from '../src/core/spec/linzi-2026';
import type { Quarter, TemplateSpec } from '../src/core/spec/schema';
import { mergeBooks, type BookInput } from '../src/core/merge';
import { summaryWorkbookPlan } from '../src/core/layout/summary';
import { readWorkbook } from '../src/xlsx/read';
import { writeWorkbook } from '../src/xlsx/write';
import { filledWorkbookPlan, unitContent } from './fill';

const QUARTER: Quarter = 3;

/** A long, plausible progress text of `length` characters for `unit` and item `n` (deterministic). */
function longText(unit: string, n: number, length = 600): string {
  const sentence = `${unit}围绕第${n}项实事，本季度组织开展专题活动、入户走访和集中宣传，累计服务妇女儿童群众，形成长效工作机制。`;
  let s = '';
  let k = 1;
  while (s.length < length) s += `${k++}. ${sentence}\n`;
  return s.slice(0, length);
}

/** One filled workbook per unit of the spec, as bytes. */
async function unitFiles(spec: TemplateSpec): Promise<{ unit: string; bytes: Uint8Array }[]> {
  const out: { unit: string; bytes: Uint8Array }[] = [];
  for (const unit of spec.units) {
    const content = unitContent(spec, unit.id, {
      text: (n) => longText(unit.id, n),
      deadline: '2026年12月底',
      cumulative: (t) => (t.kind === 'rate' ? 95 : Math.round(t.value * 0.4)),
      filledOn: '2026年9月28日',
    });
    const plan = filledWorkbookPlan(spec, unit.id, QUARTER, content);
    out.push({ unit: unit.id, bytes: await writeWorkbook(plan) });
  }
  return out;
}

/** Peak memory tracker: call `sample()` often; `peak` holds the highest rss and heapUsed seen since `reset()`. */
const mem = {
  rss: 0,
  heap: 0,
  reset(): void {
    const m = process.memoryUsage();
    this.rss = m.rss;
    this.heap = m.heapUsed;
  },
  sample(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  },
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function run(count: number, files: { unit: string; bytes: Uint8Array }[], spec: TemplateSpec): Promise<void> {
  const inputs = Array.from({ length: count }, (_, i) => {
    const f = files[i % files.length];
    return { name: `${String(i + 1).padStart(3, '0')}-${f.unit}.xlsx`, bytes: f.bytes };
  });
  const totalBytes = inputs.reduce((a, f) => a + f.bytes.length, 0);

  (globalThis as { gc?: () => void }).gc?.();
  mem.reset();
  let t0 = performance.now();
  for (const f of inputs) {
    XLSX.read(f.bytes, { type: 'array' });
    mem.sample();
  }
  const bare = performance.now() - t0;
  const bareMem = { rss: mem.rss, heap: mem.heap };

  (globalThis as { gc?: () => void }).gc?.();
  mem.reset();
  t0 = performance.now();
  const books: BookInput[] = inputs.map((f) => {
    const book = readWorkbook(f.bytes, f.name);
    mem.sample();
    return { file: f.name, book };
  });
  const tRead = performance.now() - t0;
  const { summary } = mergeBooks(books, spec, { quarter: QUARTER });
  mem.sample();
  const tMerge = performance.now() - t0 - tRead;
  const plan = summaryWorkbookPlan(summary, spec);
  const out = await writeWorkbook(plan);
  mem.sample();
  const ours = performance.now() - t0;

  process.stdout.write(
    [
      `${count} 个文件（共 ${(totalBytes / 1024).toFixed(0)} KB）：`,
      `  SheetJS 裸读 XLSX.read：${bare.toFixed(0)} ms，峰值 rss ${mb(bareMem.rss)}，heapUsed ${mb(bareMem.heap)}`,
      `  读取+校验+汇总+排版+写出：${ours.toFixed(0)} ms（读取 ${tRead.toFixed(0)}，校验+汇总 ${tMerge.toFixed(0)}，排版+写出 ${(ours - tRead - tMerge).toFixed(0)}），` +
        `峰值 rss ${mb(mem.rss)}，heapUsed ${mb(mem.heap)}；汇总文件 ${(out.length / 1024).toFixed(0)} KB`,
      `  时间比 ${(ours / bare).toFixed(2)}×，heapUsed 峰值比 ${(mem.heap / bareMem.heap).toFixed(2)}×`,
      `  报送情况：${summary.totals.submitted}/${summary.totals.units} 个单位，纳入 ${summary.totals.merged} 份，未纳入 ${summary.totals.notMerged} 份`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const spec = LINZI_2026;
  process.stdout.write(`进展情况表汇总基准（Node ${process.version}，${spec.units.length} 个单位循环）\n\n`);
  const files = await unitFiles(spec);
  for (const n of [15, 500]) await run(n, files, spec);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
