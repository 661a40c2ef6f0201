import * as fs from 'node:fs';
import * as path from 'node:path';
import { readReport } from '../core/read';
import type { ProgressReport } from '../core/read/report';
import type { Quarter, TemplateSpec } from '../core/spec/schema';
import { parseA1 } from '../core/sheet/grid';
import { HINT_LEAD } from '../core/marks/note';
import { SEVERITY_WORDS } from '../core/marks/palette';
import { quarterLabel } from '../core/text/quarter';
import { hasErrors, validateBook, type Finding } from '../core/validate';
import { WorkbookReadError } from '../xlsx/read';
import { readWorkbookGuarded } from '../xlsx/read-guarded';
import { CliInputError, errorText } from './errors';
import { emptyFolderText, expandInputs, fsReadCode, inputFailureFinding } from './inputs';
import { parseDateOption, parseQuarterOption } from './options';
import { loadSpecFile } from './spec-file';

/** The result of validating one file: the report (absent when unreadable), its findings, whether it could be read. */
export interface FileResult {
  /** The path as given on the command line. */
  path: string;
  report?: ProgressReport;
  findings: Finding[];
  /** False when the file could not be read at all (its one finding says why). */
  readable: boolean;
}

/** Options of `validateFile`. */
export interface ValidateFileOptions {
  quarter?: Quarter;
  previous?: ProgressReport;
  /** ISO yyyy-mm-dd for deadline-passed. */
  today?: string;
}

/**
 * Read and validate one file: `readWorkbookGuarded` (SheetJS in a worker thread, stopped after 20 s; .xlsx, .xls,
 * .ods, .et) then `validateBook`. A file that cannot be read (or hangs the reader) gives one file-level finding
 * whose code is the reader's (`WorkbookReadError.code`: file-not-workbook for a .csv or text file; file-missing when absent;
 * file-is-folder for a folder; file-unreadable for anything else).
 * Never throws.
 */
export function validateFile(file: string, spec: TemplateSpec, opts: ValidateFileOptions = {}): FileResult {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    return { path: file, findings: [inputFailureFinding(fsReadCode(err), name)], readable: false };
  }
  try {
    const book = readWorkbookGuarded(bytes, name);
    const { report, findings } = validateBook(book, spec, opts);
    return { path: file, report, findings, readable: true };
  } catch (err) {
    const code = err instanceof WorkbookReadError ? err.code : 'file-unreadable';
    return { path: file, findings: [inputFailureFinding(code, name, err instanceof WorkbookReadError ? err.params : {})], readable: false };
  }
}

/** The `--json` shape: exactly {files:[{path, unit, quarter, findings:[{code, severity, sheet, cell, message}]}]}. */
export function validateJson(results: readonly FileResult[]) {
  return {
    files: results.map((r) => ({
      path: r.path,
      unit: r.report?.identity.unit ?? null,
      quarter: r.report?.identity.quarter ?? null,
      findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })),
    })),
  };
}

/**
 * The human report in Chinese: per file a heading (unit, quarter, counts, 可以报送 / 需要修改), then its findings grouped
 * by sheet and row (file-level first), each with its cell, message and hint; a closing line with the totals.
 */
export function validateText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const who = [r.report?.identity.unit ?? r.report?.identity.unitText, r.report?.identity.quarter ? quarterLabel(r.report.identity.quarter) : undefined]
      .filter(Boolean)
      .join('，');
    const verdict = !r.readable ? '无法读取' : errors ? '需要修改' : '可以报送';
    lines.push(`${r.path}${who ? `（${who}）` : ''}：${verdict}，错误 ${errors} 处，警告 ${warnings} 处`);
    let group = '';
    for (const f of r.findings) {
      const row = f.cell ? parseA1(f.cell)?.row : undefined;
      const g = f.sheet === null ? '文件' : row === undefined ? `工作表“${f.sheet}”` : `工作表“${f.sheet}” 第 ${row + 1} 行`;
      if (g !== group) {
        lines.push(`  ${g}`);
        group = g;
      }
      lines.push(`    [${SEVERITY_WORDS[f.severity]}]${f.cell ? ` ${f.cell}` : ''} ${f.message}`);
      if (f.hint) lines.push(`      ${HINT_LEAD}${f.hint}`);
    }
    lines.push('');
  }
  const unreadable = results.filter((r) => !r.readable).length;
  const withErrors = results.filter((r) => r.readable && hasErrors(r.findings)).length;
  lines.push(`共 ${results.length} 个文件：可以报送 ${results.length - unreadable - withErrors} 个，需要修改 ${withErrors} 个，无法读取 ${unreadable} 个。`);
  return `${lines.join('\n')}\n`;
}

/** Exit code: 2 when some input cannot be read, else 1 when some file has errors, else 0. */
export function validateExitCode(results: readonly FileResult[]): number {
  if (results.some((r) => !r.readable)) return 2;
  return results.some((r) => hasErrors(r.findings)) ? 1 : 0;
}

/** Today as ISO yyyy-mm-dd in local time (the user's calendar day). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Options of the `validate` command as commander gives them. */
export interface ValidateCommandOptions { quarter?: string; json?: boolean; spec?: string; previous?: string; today?: string }

/** The `validate` command's work, run by its action (src/cli/validate.ts) once commander has parsed the arguments. */
export async function runValidate(args: string[], o: ValidateCommandOptions): Promise<void> {
  let spec: TemplateSpec;
  let quarter: Quarter | undefined;
  let today: string;
  let previous: ProgressReport | undefined;
  try {
    spec = await loadSpecFile(o.spec);
    quarter = o.quarter === undefined ? undefined : parseQuarterOption(o.quarter);
    today = o.today === undefined ? localToday() : parseDateOption(o.today);
    if (o.previous !== undefined) previous = readPreviousReport(o.previous, spec);
  } catch (err) {
    process.stderr.write(`错误：${errorText(err)}\n`);
    process.exitCode = 2;
    return;
  }
  const { all, emptyFolders } = expandInputs(args);
  for (const folder of emptyFolders) process.stderr.write(`提示：${emptyFolderText(folder)}\n`);
  const opts: ValidateFileOptions = { today, ...(quarter ? { quarter } : {}), ...(previous ? { previous } : {}) };
  const results = all.map((f) => validateFile(f, spec, opts));
  if (results.length === 0) {
    process.stderr.write('错误：没有找到要校验的文件\n');
    process.exitCode = 2;
    return;
  }
  if (o.json) process.stdout.write(`${JSON.stringify(validateJson(results), null, 2)}\n`);
  else process.stdout.write(validateText(results));
  process.exitCode = validateExitCode(results);
}

/** Last quarter's report of `--previous FILE`. Throws CliInputError "上季度文件：文件 x 不存在" and the like. */
function readPreviousReport(file: string, spec: TemplateSpec): ProgressReport {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    throw new CliInputError(`上季度文件：${inputFailureFinding(fsReadCode(err), path.basename(file)).message}`);
  }
  try {
    return readReport(readWorkbookGuarded(bytes, path.basename(file)), spec);
  } catch (err) {
    const code = err instanceof WorkbookReadError ? err.code : 'file-unreadable';
    throw new CliInputError(`上季度文件：${inputFailureFinding(code, path.basename(file)).message}`);
  }
}
