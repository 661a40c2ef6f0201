import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Quarter, TemplateSpec } from '../core/spec/schema';
import { BookMerger, MERGE_MESSAGES, type BookInput, type MergeInput, type Summary } from '../core/merge';
import { summaryWorkbookPlan, FILE_STATUS_TEXT, unitStatusText } from '../core/layout/summary';
import { quarterLabel } from '../core/text/quarter';
import { WorkbookReadError } from '../xlsx/read';
import { readWorkbookGuarded } from '../xlsx/read-guarded';
import { mergeBudget, type UnpackBudget } from '../xlsx/budget';
import { writeWorkbook } from '../xlsx/write';
import { loadSpecFile } from './spec-file';
import { readFailureText } from '../core/read/messages';
import { errorText } from './errors';
import { emptyFolderText, expandInputs, fsReadCode, inputFailureFinding } from './inputs';
import { parseQuarterOption } from './options';
import { checkOutput, writeFileAtomic } from './output';
import { applyLedger, type LedgerMergeResult } from '../core/ledger/merge';
import { quarterLoss } from '../core/ledger/replace';
import { ledgerWorkbookPlan } from '../core/layout/ledger-workbook';
import { checkReportOutput, ledgerLossText, ledgerWrittenText, localIsoDate, openLedger, type LedgerFiles } from './ledger';
import { dispatchReportPlan } from '../core/report/dispatch';
import { realPathOf } from './inputs';


/**
 * Read one file into a BookInput: the GridBook, or the reader's error code with its Chinese reason and clues.
 * `budget`: the merge's (xlsx/budget), shared by all its files. Never throws.
 */
export function readBookInput(file: string, budget?: UnpackBudget): BookInput {
  const input: BookInput = { file };
  try {
    const st = fs.statSync(file);
    input.modifiedAt = st.mtime.toISOString();
    const bytes = new Uint8Array(fs.readFileSync(file));
    input.book = readWorkbookGuarded(bytes, path.basename(file), budget ? { budget } : {});
  } catch (err) {
    const code = err instanceof WorkbookReadError ? err.code : fsReadCode(err);
    const params = err instanceof WorkbookReadError ? err.params : {};
    input.error = { code, message: inputFailureFinding(code, path.basename(file), params).message };
    if (Object.keys(params).length) input.error.params = params;
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

/** Options of the `merge` command as commander gives them. */
export interface MergeCommandOptions {
  quarter?: string;
  layout: 'official' | 'per-unit';
  output?: string;
  json?: boolean;
  spec?: string;
  due?: string;
  force?: boolean;
  ledger?: string;
  ledgerOutput?: string;
  replaceQuarter?: boolean;
  report?: string;
}

/**
 * A file option given badly, as a Chinese sentence: an empty name (`--ledger ''`), a name that is an option
 * (`--ledger -o x.xlsx`: commander took "-o" as the ledger's name), or --ledger-output without --ledger.
 */
function fileOptionProblem(o: MergeCommandOptions): string | undefined {
  const named: [string, string | undefined][] = [['-o', o.output], ['--ledger', o.ledger], ['--ledger-output', o.ledgerOutput], ['--report', o.report], ['--spec', o.spec]];
  for (const [option, value] of named) {
    if (value === undefined) continue;
    if (value.trim() === '') return `${option} 后应写文件名`;
    if (/^-{1,2}[A-Za-z]/.test(value)) return `${option} 后应写文件名，而不是“${value}”（另一个选项）`;
  }
  if (o.ledgerOutput !== undefined && o.ledger === undefined) return '--ledger-output 要与 --ledger 一起用：--ledger 是要读取的台账，--ledger-output 是更新后另存的文件';
  if (o.replaceQuarter && o.ledger === undefined) return '--replace-quarter 要与 --ledger 一起用';
  return undefined;
}

/** The `merge` command's work, run by its action (src/cli/merge.ts) once commander has parsed the arguments. */
export async function runMerge(paths: string[], o: MergeCommandOptions): Promise<void> {
  const say = (text: string) => (o.json ? process.stderr : process.stdout).write(text);
  const fail = (text: string) => {
    process.stderr.write(`错误：${text}\n`);
    process.exitCode = 2;
  };
  const optionProblem = fileOptionProblem(o);
  if (optionProblem) return fail(optionProblem);
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
    spec = await loadSpecFile(o.spec);
    if (o.output !== undefined) checkOutput(o.output, { force: o.force, inputs: [...paths, ...files] });
    if (o.report !== undefined) checkReportOutput(o.report, { force: o.force, inputs: [...paths, ...files], others: [o.output, o.ledger, o.ledgerOutput] });
    if (o.ledger !== undefined) ledgerFiles = openLedger(spec, { ledger: o.ledger, ledgerOutput: o.ledgerOutput, force: o.force, inputs: [...paths, ...files], others: [o.output, o.report] });
  } catch (err) {
    return fail(errorText(err));
  }
  for (const folder of emptyFolders) process.stderr.write(`提示：${emptyFolderText(folder)}\n`);
  // One budget for the whole merge: the files together may inflate no more than MERGE_UNPACK_BUDGET.
  const budget = mergeBudget();
  const mergeOpts = { quarter, layout: o.layout, ...(o.due ? { dueDate: o.due } : {}) };
  // Each file is validated as soon as it is read and its workbook let go (BookMerger): hundreds of files are never
  // all in memory at once.
  const merger = new BookMerger(spec, mergeOpts);
  const failures: BookInput[] = [];
  const add = (b: BookInput) => {
    if (!b.book) failures.push(b);
    merger.add(b);
  };
  for (const file of files) add(readBookInput(file, budget));
  for (const file of missing) add({ file, error: { code: 'file-missing', message: readFailureText('file-missing', path.basename(file)) } });
  if (failures.length === files.length + missing.length) {
    return fail(failures.length ? `没有一个文件能读取，未生成汇总：\n${failures.map((b) => `  ${b.file}：${b.error?.message ?? ''}`).join('\n')}` : '没有找到要汇总的文件');
  }
  const merged = merger.finish();
  let withLedger: LedgerMergeResult | undefined;
  if (ledgerFiles) withLedger = applyLedger(merged, spec, ledgerFiles.ledger, { ...mergeOpts, mergedAt: new Date().toISOString() });
  const { summary, inputs, quarterSource } = withLedger ?? merged;
  if (quarterSource === 'none') return fail('无法从文件判断季度，请用 --quarter 指定（1-4）');
  if (ledgerFiles && withLedger) {
    const loss = quarterLoss(withLedger.before, summary);
    if (loss && (loss.kind === 'nothing-sent' || !o.replaceQuarter)) return fail(ledgerLossText(loss, ledgerFiles.input, spec.year, !ledgerFiles.ledger));
  }
  // Every output is made before any is written, so that a failure to make one leaves no other half-done; a failure
  // to write one says which were written before it.
  const outputs: { file: string; bytes: () => Promise<Uint8Array> }[] = [];
  if (o.output) outputs.push({ file: o.output, bytes: () => writeWorkbook(summaryWorkbookPlan(summary, spec)) });
  if (ledgerFiles && withLedger) {
    const ledger = withLedger.ledger;
    outputs.push({ file: ledgerFiles.output, bytes: () => writeWorkbook(ledgerWorkbookPlan(ledger, spec)) });
  }
  if (o.report) {
    const plan = dispatchReportPlan(summary, spec, { ...(withLedger?.previous ? { previous: withLedger.previous } : {}), date: localIsoDate(new Date()) });
    outputs.push({ file: o.report, bytes: async () => (await import('../docx/write')).writeDocx(plan) });
  }
  const made: { file: string; bytes: Uint8Array }[] = [];
  try {
    for (const out of outputs) made.push({ file: out.file, bytes: await out.bytes() });
  } catch (err) {
    return fail(`${errorText(err)}（未写出任何文件）`);
  }
  const written: string[] = [];
  for (const out of made) {
    try {
      writeFileAtomic(out.file, out.bytes);
      written.push(out.file);
    } catch (err) {
      const left = made.filter((m) => m !== out && !written.includes(m.file)).map((m) => m.file);
      return fail(`${errorText(err)}${written.length ? `。已写出：${written.join('、')}` : ''}${left.length ? `；未写出：${left.join('、')}` : ''}`);
    }
  }
  if (o.json) process.stdout.write(`${JSON.stringify(mergeJson(summary, inputs), null, 2)}\n`);
  else say(rosterText(summary));
  if (o.output) say(`已写入 ${o.output}（${quarterLabel(summary.quarter)}${quarterSource === 'files' ? '，按多数文件的季度' : ''}）\n`);
  if (ledgerFiles && withLedger) say(ledgerWrittenText(ledgerFiles.output, summary.quarter, withLedger.ledger));
  if (o.report) say(`已写出调度通报草稿 ${o.report}（“下步工作”一节请汇总人填写）\n`);
  process.exitCode = 0;
}
