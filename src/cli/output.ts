import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliInputError, fsReasonText } from './errors';
import { realPathOf } from './inputs';

/** Options of `checkOutput`. */
export interface OutputCheck {
  /** --force: an existing output file may be replaced (never an input, never a folder). */
  force?: boolean;
  /** The input files, folders expanded (`expandInputs(...).files`), and the input arguments as given. */
  inputs?: readonly string[];
  /** The option that names this output, for the advice in messages (default '-o'; e.g. '--report', '--ledger-output'). */
  option?: string;
}

/**
 * Check, before any work, that `file` may be written: a name is given, its folder exists and may be written to (the
 * process's permissions: `fs.accessSync` W_OK), it is not a folder, not one of the inputs (compared by real path;
 * with folders expanded, so an existing workbook inside an input folder is an input too), and not an existing file
 * unless --force. Throws CliInputError with a Chinese message saying what to do, naming `opts.option`; returns nothing
 * when writing may go ahead.
 */
export function checkOutput(file: string, opts: OutputCheck = {}): void {
  const option = opts.option ?? '-o';
  if (file.trim() === '') throw new CliInputError(`${option} 后应写文件名`);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new CliInputError(`无法写入 ${file}：是一个文件夹。请在 ${option} 后写文件名，例如 ${option} ${path.join(file, exampleName(option))}`);
  if (!st) {
    let parent: fs.Stats | undefined;
    try {
      parent = fs.statSync(path.dirname(path.resolve(file)));
    } catch {
      parent = undefined;
    }
    if (!parent?.isDirectory()) throw new CliInputError(`无法写入 ${file}：文件夹不存在`);
  }
  try {
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
  } catch {
    throw new CliInputError(`无法写入 ${file}：没有权限（不能在这个文件夹中写文件）`);
  }
  const real = realPathOf(file);
  if ((opts.inputs ?? []).some((i) => realPathOf(i) === real)) {
    throw new CliInputError(`输出文件 ${file} 是要读取的文件之一（或在要读取的文件夹中），不能覆盖它，即使加 --force 也不行。请用 ${option} 另写一个文件名，例如写到该文件夹之外`);
  }
  if (st && !opts.force) throw new CliInputError(`文件 ${file} 已存在，未覆盖。换一个文件名（${option}），或加 --force 覆盖`);
}

/** An example file name for the option's advice. */
function exampleName(option: string): string {
  if (option === '--report') return '通报.docx';
  if (option === '--ledger' || option === '--ledger-output') return '台账.xlsx';
  return '汇总.xlsx';
}

/**
 * Write `bytes` to `file` safely: first to a hidden temporary file in the same folder, then renamed over `file`, so a
 * failed write leaves neither a half-written file nor the temporary one. Throws CliInputError
 * "无法写入 FILE：文件夹不存在 / 是一个文件夹 / 没有权限 / …".
 */
export function writeFileAtomic(file: string, bytes: Uint8Array | string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (err) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the temporary file could not be made or is already gone
    }
    let reason = fsReasonText(err);
    try {
      if (fs.statSync(file).isDirectory()) reason = '是一个文件夹';
    } catch {
      // the output does not exist: keep the reason
    }
    throw new CliInputError(`无法写入 ${file}：${reason}`);
  }
}
