import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, Option } from 'commander';
import type { Quarter, TemplateSpec } from '../core/spec/schema';
import { mergeBooks, MERGE_MESSAGES, type BookInput, type MergeInput, type Summary } from '../core/merge';
import { summaryWorkbookPlan, FILE_STATUS_TEXT, unitStatusText } from '../core/layout/summary';
import { quarterLabel } from '../core/text/quarter';
import { WorkbookReadError } from '../xlsx/read';
import { readWorkbookGuarded } from '../xlsx/read-guarded';
import { writeWorkbook } from '../xlsx/write';
import { loadSpecFile } from './spec-file';
import { readFailureText } from '../core/read/messages';
import { errorText } from './errors';
import { emptyFolderText, expandInputs, fsReadCode, inputFailureFinding } from './inputs';
import { parseQuarterOption } from './options';
import { checkOutput, writeFileAtomic } from './output';
import { mergeWithLedger, type LedgerMergeResult } from '../core/ledger/merge';
import { ledgerWorkbookPlan } from '../core/layout/ledger-workbook';
import { checkReportOutput, ledgerWrittenText, localIsoDate, openLedger, type LedgerFiles } from './ledger';
import { dispatchReportPlan } from '../core/report/dispatch';
import { writeDocx } from '../docx/write';
import { realPathOf } from './inputs';

export { expandInputs, WORKBOOK_EXTENSIONS } from './inputs';

/** Read one file into a BookInput: the GridBook, or the reader's error code with its Chinese reason and clues. Never throws. */
export function readBookInput(file: string): BookInput {
  const input: BookInput = { file };
  try {
    const st = fs.statSync(file);
    input.modifiedAt = st.mtime.toISOString();
    const bytes = new Uint8Array(fs.readFileSync(file));
    input.book = readWorkbookGuarded(bytes, path.basename(file));
  } catch (err) {
    const code = err instanceof WorkbookReadError ? err.code : fsReadCode(err);
    input.error = { code, message: inputFailureFinding(code, path.basename(file)).message };
    // What could still be read tells whose file it is (core/read/clues).
    if (err instanceof WorkbookReadError && Object.keys(err.clues).length) input.error.clues = err.clues;
  }
  return input;
}

/** The `--json` output: the roster, every file with its status and findings (cell = A1 or null), the totals. */
export function mergeJson(summary: Summary, inputs: readonly MergeInput[]) {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  return {
    quarter: summary.quarter,
    roster: summary.roster,
    files: summary.roster.files.map((f) => {
      const input = byFile.get(f.file);
      const findings = (input?.findings ?? []).map((x) => ({ code: x.code, severity: x.severity, sheet: x.sheet, cell: x.cell, message: x.message }));
      if (input?.error) findings.unshift({ code: input.error.code, severity: 'error', sheet: null, cell: null, message: input.error.message });
      if (f.reasonCode && f.reasonCode !== input?.error?.code && f.status !== 'unreadable') {
        findings.push({ code: f.reasonCode, severity: MERGE_MESSAGES[f.reasonCode]?.severity ?? 'info', sheet: null, cell: null, message: f.reason });
      }
      return { path: f.file, unit: f.unit ?? null, quarter: f.quarter ?? null, status: f.status, findings };
    }),
    totals: summary.totals,
  };
}

/** The roster in Chinese, for the terminal: counts, one line per unit, the files left out, the reminder. */
export function rosterText(summary: Summary): string {
  const t = summary.totals;
  const lines: string[] = [];
  lines.push(`${summary.year}年${quarterLabel(summary.quarter)}工作进展情况表汇总：应报${t.units}个单位，已报送${t.submitted}个（其中有错误${t.withErrors}个${t.unreadable ? `、无法读取${t.unreadable}个` : ''}），未报送${t.missing}个；收到文件${t.files}份，纳入汇总${t.merged}份。`);
  lines.push('', '报送情况：');
  for (const u of summary.roster.units) {
    const parts = [`  ${u.unit}`, unitStatusText(u)];
    if (u.file) parts.push(path.basename(u.file));
    if (u.errors || u.warnings) parts.push(`错误${u.errors}处，警告${u.warnings}处`);
    if (u.reason && u.status !== 'missing') parts.push(u.reason);
    lines.push(parts.join('  '));
  }
  const others = summary.roster.files.filter((f) => f.status !== 'merged');
  if (others.length) {
    lines.push('', '未纳入汇总的文件：');
    for (const f of others) lines.push(`  ${path.basename(f.file)}  ${FILE_STATUS_TEXT[f.status]}  ${f.reason}`);
  }
  if (summary.roster.reminder) lines.push('', `催报提示：${summary.roster.reminder}`);
  if (summary.roster.returnText) lines.push(`退回修改提示：${summary.roster.returnText}`);
  return `${lines.join('\n')}\n`;
}

/** The options of `merge` as commander gives them. */
interface MergeCliOptions {
  quarter?: string;
  layout: 'official' | 'per-unit';
  output?: string;
  json?: boolean;
  spec?: string;
  due?: string;
  force?: boolean;
  ledger?: string;
  ledgerOutput?: string;
  report?: string;
}

/**
 * Register `merge FILE|DIR... [--quarter N] [--layout official|per-unit] -o summary.xlsx [--force] [--json] [--spec spec.json]
 * [--due 10月10日] [--ledger 台账.xlsx [--ledger-output 新台账.xlsx]] [--report 通报.docx]`: read every workbook (directories expanded), validate and merge them (`mergeBooks`, the pane's
 * entry point too), write the summary workbook (汇总表, 报送情况, 指标完成情况汇总) and print the roster in Chinese
 * (or, with --json, {quarter, roster, files, totals}). The quarter is --quarter, else the most common among the files.
 *
 * The output is checked first (`checkOutput`): never one of the inputs (also not a workbook inside an input folder),
 * an existing file only with --force; it is written to a temporary file and renamed (`writeFileAtomic`).
 *
 * With --ledger, the quarter is merged with the year's ledger (`mergeWithLedger`: each unit's cumulative figures
 * checked against the ledger's earlier quarters, a fall an error in the roster and the 退回 text) and upserted into
 * it; the ledger is written to --ledger-output, else back to --ledger, replacing an existing file only with --force
 * (`openLedger` checks it all before any work; a ledger of another list or year is refused).
 *
 * With --report, the draft 调度通报 (core/report `dispatchReportPlan`, GB/T 9704 layout) is written as .docx, with the
 * change since the ledger's previous quarter when --ledger is given; checked and written like the other outputs.
 *
 * Exit code (process.exitCode): 0 when the summary is written (even with missing units or unreadable files: they are
 * listed in the roster); 2 when no input can be read, no quarter can be told, the spec is bad, or the output may not
 * or cannot be written.
 */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('汇总各单位报送的进展情况表：生成汇总表、报送情况和指标完成情况汇总')
    .argument('<paths...>', '报送的文件或文件夹（.xlsx/.xls/.ods/.et）')
    .option('-q, --quarter <n>', '汇总的季度 1-4（默认取多数文件的季度）')
    .addOption(new Option('--layout <layout>', '汇总表样式：official 每项一行，per-unit 每单位一行').choices(['official', 'per-unit']).default('official'))
    .option('-o, --output <file>', '汇总结果文件（.xlsx）')
    .option('--json', '以 JSON 输出报送情况和每个文件的问题')
    .option('--spec <file>', '清单文件（JSON，可由 parse-notice 生成），默认内置 2026 年清单')
    .option('--due <date>', '催报提示中的报送期限，如“10月10日”')
    .option('--ledger <file>', '工作台账（.xlsx）：读取以前季度的数据核对累计数，并把本季度记入；文件不存在时新建')
    .option('--ledger-output <file>', '更新后的台账另存为此文件（默认写回 --ledger 的文件，需加 --force）')
    .option('--report <file>', '调度通报草稿（.docx），按公文格式写出本季度情况；有台账时写明与上季度相比的变化')
    .option('-f, --force', '覆盖已存在的汇总结果文件、台账或通报（从不覆盖要汇总的文件）')
    .action(async (paths: string[], o: MergeCliOptions) => {
      const say = (text: string) => (o.json ? process.stderr : process.stdout).write(text);
      const fail = (text: string) => {
        process.stderr.write(`错误：${text}\n`);
        process.exitCode = 2;
      };
      if (!o.output && !o.json && !o.ledger && !o.report) return fail('请用 -o 指定汇总结果文件，例如 -o 汇总.xlsx');
      let quarter: Quarter | undefined;
      let spec: TemplateSpec;
      let ledgerFiles: LedgerFiles | undefined;
      const expanded = expandInputs(paths);
      const { missing, emptyFolders } = expanded;
      // The ledger may sit in the folder of received files: it is read as the ledger, never merged as a unit's file.
      const ledgerReal = o.ledger ? realPathOf(o.ledger) : undefined;
      const files = expanded.files.filter((f) => realPathOf(f) !== ledgerReal);
      try {
        quarter = o.quarter === undefined ? undefined : parseQuarterOption(o.quarter);
        spec = loadSpecFile(o.spec);
        if (o.output) checkOutput(o.output, { force: o.force, inputs: [...paths, ...files] });
        if (o.report) checkReportOutput(o.report, { force: o.force, inputs: [...paths, ...files], others: [o.output, o.ledger, o.ledgerOutput] });
        if (o.ledger) ledgerFiles = openLedger(spec, { ledger: o.ledger, ledgerOutput: o.ledgerOutput, force: o.force, inputs: [...paths, ...files], others: [o.output, o.report] });
      } catch (err) {
        return fail(errorText(err));
      }
      for (const folder of emptyFolders) process.stderr.write(`提示：${emptyFolderText(folder)}\n`);
      const books = [
        ...files.map(readBookInput),
        ...missing.map((file): BookInput => ({ file, error: { code: 'file-missing', message: readFailureText('file-missing', path.basename(file)) } })),
      ];
      if (!books.some((b) => b.book)) {
        return fail(books.length ? `没有一个文件能读取，未生成汇总：\n${books.map((b) => `  ${b.file}：${b.error?.message ?? ''}`).join('\n')}` : '没有找到要汇总的文件');
      }
      const mergeOpts = { quarter, layout: o.layout, ...(o.due ? { dueDate: o.due } : {}) };
      let withLedger: LedgerMergeResult | undefined;
      if (ledgerFiles) withLedger = mergeWithLedger(books, spec, ledgerFiles.ledger, { ...mergeOpts, mergedAt: new Date().toISOString() });
      const { summary, inputs, quarterSource } = withLedger ?? mergeBooks(books, spec, mergeOpts);
      if (quarterSource === 'none') return fail('无法从文件判断季度，请用 --quarter 指定（1-4）');
      try {
        if (o.output) writeFileAtomic(o.output, await writeWorkbook(summaryWorkbookPlan(summary, spec)));
        if (ledgerFiles && withLedger) writeFileAtomic(ledgerFiles.output, await writeWorkbook(ledgerWorkbookPlan(withLedger.ledger, spec)));
        if (o.report) writeFileAtomic(o.report, await writeDocx(dispatchReportPlan(summary, spec, { ...(withLedger?.previous ? { previous: withLedger.previous } : {}), date: localIsoDate(new Date()) })));
      } catch (err) {
        return fail(errorText(err));
      }
      if (o.json) process.stdout.write(`${JSON.stringify(mergeJson(summary, inputs), null, 2)}\n`);
      else say(rosterText(summary));
      if (o.output) say(`已写入 ${o.output}（${quarterLabel(summary.quarter)}${quarterSource === 'files' ? '，按多数文件的季度' : ''}）\n`);
      if (ledgerFiles && withLedger) say(ledgerWrittenText(ledgerFiles.output, summary.quarter, withLedger.ledger));
      if (o.report) say(`已写出调度通报草稿 ${o.report}（“下步工作”一节请汇总人填写）\n`);
      process.exitCode = 0;
    });
}
