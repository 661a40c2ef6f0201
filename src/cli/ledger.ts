import * as fs from 'node:fs';
import * as path from 'node:path';
import { readLedger } from '../core/ledger/store';
import type { QuarterLoss } from '../core/ledger/replace';
import type { Ledger } from '../core/ledger/types';
import type { TemplateSpec } from '../core/spec/schema';
import { quarterLabel } from '../core/text/quarter';
import { WorkbookReadError } from '../xlsx/read';
import { readWorkbookGuarded } from '../xlsx/read-guarded';
import { CliInputError } from './errors';
import { fsReadCode, inputFailureFinding, realPathOf } from './inputs';
import { checkOutput } from './output';

/** Where the ledger is read from and written to (`merge --ledger FILE [--ledger-output FILE2] [--force]`). */
export interface LedgerFiles {
  /** The ledger read (`--ledger`); it may not exist yet (a new ledger is started). */
  input: string;
  /** Where the updated ledger goes: `--ledger-output`, else `input`. */
  output: string;
  /** The ledger read from `input`; undefined when `input` does not exist (a new ledger). */
  ledger?: Ledger;
}

/**
 * Read the ledger of `--ledger` and check, before any work, that the updated ledger may be written: the file, when it
 * exists, must be a ledger of this list and year (`readLedger`); the output must not be one of the inputs nor the
 * summary; an existing output is replaced only with --force (then through a temporary file and a rename, so a failed
 * write leaves the old ledger whole). Throws CliInputError with a Chinese message naming the file; changes nothing.
 */
export function openLedger(
  spec: TemplateSpec,
  opts: { ledger: string; ledgerOutput?: string; force?: boolean; inputs: readonly string[]; others: readonly (string | undefined)[] },
): LedgerFiles {
  const input = opts.ledger;
  const output = opts.ledgerOutput ?? input;
  const outputOption = opts.ledgerOutput !== undefined ? '--ledger-output' : '--ledger';
  for (const [option, file] of [['--ledger', input], ['--ledger-output', opts.ledgerOutput]] as const) {
    if (file !== undefined && file.trim() !== '' && !isDirectory(file) && path.extname(file).toLowerCase() !== '.xlsx') {
      throw new CliInputError(`台账 ${file} 应是 Excel 工作簿（.xlsx），例如 ${option} 台账.xlsx`);
    }
  }
  if (isDirectory(input)) throw new CliInputError(`台账 ${input} 是一个文件夹：请在 --ledger 后写台账文件名，例如 --ledger ${path.join(input, '台账.xlsx')}`);
  let ledger: Ledger | undefined;
  if (fs.existsSync(input)) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(fs.readFileSync(input));
    } catch (err) {
      throw new CliInputError(inputFailureFinding(fsReadCode(err), path.basename(input)).message);
    }
    let read;
    try {
      read = readLedger(readWorkbookGuarded(bytes, path.basename(input)), spec, path.basename(input));
    } catch (err) {
      if (!(err instanceof WorkbookReadError)) throw err;
      throw new CliInputError(`台账 ${input} 无法读取：${inputFailureFinding(err.code, path.basename(input)).message}。原文件未改动`);
    }
    if (read.finding) throw new CliInputError(`${read.finding.message}。${read.finding.hint}`);
    ledger = read.ledger;
  }
  for (const other of opts.others) {
    if (other && realPathOf(other) === realPathOf(output)) throw new CliInputError(`台账 ${output} 与另一个输出文件相同，请换一个文件名`);
  }
  if (!opts.force && fs.existsSync(output) && !isDirectory(output)) {
    if (realPathOf(output) !== realPathOf(input)) {
      throw new CliInputError(`文件 ${output} 已存在，未改动。换一个文件名（--ledger-output），或加 --force 用更新后的台账（${input} 加上本季度）替换它`);
    }
    const kept = ledger?.quarters.map((q) => quarterLabel(q.quarter)).join('、');
    throw new CliInputError(
      `台账 ${output} 已存在${kept ? `（已记入${kept}）` : ''}，未改动。加 --force 把本季度记入其中（其他季度原样保留），或用 --ledger-output 另存为新文件`,
    );
  }
  checkOutput(output, { force: opts.force, inputs: opts.inputs, option: outputOption });
  return { input, output, ...(ledger ? { ledger } : {}) };
}

/** The line printed after the ledger is written: "已记入台账 台账.xlsx：第二季度（台账现有：第一季度、第二季度）". */
export function ledgerWrittenText(file: string, quarter: number, ledger: Ledger): string {
  return `已记入台账 ${file}：${quarterLabel(quarter)}（台账现有：${ledger.quarters.map((q) => quarterLabel(q.quarter)).join('、')}）\n`;
}

/**
 * Check, before any work, that the 调度通报 (`--report`) may be written: a .docx name, not one of the inputs, not the
 * same file as another output, an existing file only with --force. Throws CliInputError naming the file.
 */
export function checkReportOutput(file: string, opts: { force?: boolean; inputs: readonly string[]; others: readonly (string | undefined)[] }): void {
  if (path.extname(file).toLowerCase() !== '.docx') throw new CliInputError(`调度通报 ${file} 应是 Word 文档（.docx），例如 --report 通报.docx`);
  for (const other of opts.others) {
    if (other && realPathOf(other) === realPathOf(file)) throw new CliInputError(`调度通报 ${file} 与另一个输出文件相同，请换一个文件名`);
  }
  checkOutput(file, { force: opts.force, inputs: opts.inputs, option: '--report' });
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why the merged quarter is not recorded (`quarterLoss`): no unit's table of the quarter was taken in (always
 * refused), or units the ledger records for it are missing from this merge (refused unless --replace-quarter).
 * Chinese, naming the ledger file and the units; says that nothing was written.
 */
export function ledgerLossText(loss: QuarterLoss, file: string, year: number, isNew = false): string {
  const q = quarterLabel(loss.quarter);
  if (loss.kind === 'nothing-sent') {
    return `本次汇总没有纳入一份${year}年${q}的表（收到的文件都是别的季度或年度的，或都无法读取），${isNew ? `未新建台账 ${file}` : `未记入台账，台账 ${file} ${loss.recorded.length ? `中${q}已记入的 ${loss.recorded.length} 个单位原样保留` : '未改动'}`}；其他文件也都未写出。请检查 --quarter 和所选的文件`;
  }
  return `台账 ${file} 中${q}已记入 ${loss.recorded.length} 个单位的报送，本次汇总缺其中 ${loss.lost.length} 个：${loss.lost.join('、')}。记入会用本次结果替换整个${q}，这些单位的${q}记录会被删掉。请把本季度收到的全部文件放在一起重新汇总；确要以本次为准替换${q}，请加 --replace-quarter。台账和其他文件都未写出`;
}

/** A day as ISO yyyy-mm-dd in the machine's time zone (the 通报's 成文日期). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
