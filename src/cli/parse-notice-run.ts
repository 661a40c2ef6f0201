import * as fs from 'node:fs';
import * as path from 'node:path';
import { htmlToNoticeText, pdfDocumentText } from '../core/spec/notice/document-text';
import { setYear } from '../core/spec/edit';
import { parseNotice, type NoticeFinding } from '../core/spec/parse-notice';
import { otherFindings, reviewPoints } from '../core/spec/review';
import { errorText, fsReasonText } from './errors';
import { checkOutput, writeFileAtomic } from './output';

/**
 * `progress-table parse-notice FILE [-o spec.json] [--force] [--year YYYY]`: reads a notice (为…办实事项目清单 and its
 * attachment) from a .txt, .docx or text .pdf file, prints what needs review first (unknown year, items without units,
 * doubtful targets: core/spec/review) and then the other findings (Chinese) to stderr, and writes the template spec as
 * JSON to stdout or to the -o file. A notice that names no year needs `--year` (never a default year). The spec can then be used with `template|validate|merge --spec spec.json`.
 * An existing -o file is replaced only with --force, never the notice itself (`checkOutput`).
 * Exit code 2 when the file cannot be read, holds no numbered items, names no year and no --year is given, or the output
 * may not or cannot be written;
 * 0 otherwise (findings do not fail the command).
 */

/** Thrown by `readNoticeText` when a file cannot be turned into text. */
export class NoticeReadError extends Error {}

/** The text of a PDF's text layer through pdf.js (legacy build: runs in Node 20), or '' when it has none (a scan). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    return await pdfDocumentText(doc);
  } finally {
    await doc.destroy();
  }
}

/**
 * The text of a notice file. .docx: mammoth's HTML (`convertToHtml`) read by `htmlToNoticeText`, so its tables stay
 * tables (one row per line, cells between TABs); .pdf: its text layer through pdf.js (`pdfPagesToNoticeText`: lines by
 * position, a wide gap as a TAB); anything else as text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
 * (GBK files saved by older Windows tools). Throws NoticeReadError (Chinese message) when the file is missing,
 * unreadable, not a .docx or .pdf it claims to be, or a PDF without a text layer (a scan).
 */
export async function readNoticeText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new NoticeReadError(code === 'ENOENT' ? `找不到文件 ${file}` : code === 'EISDIR' ? `${file}：这是一个文件夹，不是通知文件` : `无法读取文件 ${file}：${fsReasonText(err)}`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') {
    try {
      const mammoth = await import('mammoth');
      return htmlToNoticeText((await mammoth.convertToHtml({ buffer: bytes })).value);
    } catch {
      throw new NoticeReadError(`文件 ${file} 不是可读取的 Word（.docx）文档`);
    }
  }
  if (ext === '.pdf') {
    let text: string;
    try {
      text = await pdfText(bytes);
    } catch {
      throw new NoticeReadError(`文件 ${file} 不是可读取的 PDF 文档（可能已损坏或有密码）`);
    }
    if (text.trim() === '') throw new NoticeReadError(`文件 ${file} 没有文字层（可能是扫描件），读不出文字。请换用文字版 PDF、Word 文件或 .txt`);
    return text;
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** One finding as a Chinese line for stderr: "第5行：…" or the message alone. */
export function findingLine(f: NoticeFinding): string {
  return f.line === undefined ? `提示：${f.message}` : `提示：第${f.line}行：${f.message}`;
}

/** `--year` as given: a plan year 2000..2100, else a CommanderError-free Chinese error (exit 2). */
function yearOption(value: string | undefined): number | undefined | Error {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value.trim()) && Number(value) >= 2000 && Number(value) <= 2100 ? Number(value) : new Error(`--year 应为 2000 到 2100 之间的四位年份，而不是“${value}”`);
}

/** Options of the `parse-notice` command as commander gives them. */
export interface ParseNoticeCommandOptions { output?: string; force?: boolean; year?: string }

/** The `parse-notice` command's work, run by its action (src/cli/parse-notice.ts) once commander has parsed the arguments. */
export async function runParseNotice(file: string, opts: ParseNoticeCommandOptions): Promise<void> {
  let text: string;
  const year = yearOption(opts.year);
  try {
    if (year instanceof Error) throw year;
    if (opts.output) checkOutput(opts.output, { force: opts.force, inputs: [file] });
    text = await readNoticeText(file);
  } catch (err) {
    process.stderr.write(`错误：${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  const parsed = parseNotice(text);
  const draft = year === undefined ? parsed.spec : setYear(parsed.spec, year);
  if (year !== undefined && parsed.spec.year !== undefined && parsed.spec.year !== year) {
    process.stderr.write(`提示：通知中的年度是 ${parsed.spec.year} 年，按 --year 取 ${year} 年。\n`);
  }
  const review = reviewPoints(draft);
  if (review.length) {
    process.stderr.write('请先核对：\n');
    for (const p of review) process.stderr.write(`  ${p.message}\n`);
  }
  const findings = otherFindings(parsed.findings);
  for (const f of findings) process.stderr.write(`${findingLine(f)}\n`);
  if (draft.items.length === 0) {
    process.stderr.write(`错误：文件 ${file} 中没有找到编号的实事条目，未生成模板定义。\n`);
    process.exitCode = 2;
    return;
  }
  if (draft.year === undefined) {
    process.stderr.write(`错误：文件 ${file} 中没有找到计划年度，未生成模板定义。请用 --year 给出年度，如 --year ${new Date().getFullYear()}。\n`);
    process.exitCode = 2;
    return;
  }
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  const targets = draft.items.reduce((n, i) => n + i.targets.length, 0);
  const summary = `${draft.items.length} 项实事，${draft.units.length} 个责任单位，${targets} 个指标${review.length ? `；${review.length} 处需要核对` : ''}`;
  if (opts.output) {
    try {
      writeFileAtomic(opts.output, json);
    } catch (err) {
      process.stderr.write(`错误：${errorText(err)}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`已写入 ${opts.output}（${summary}）\n`);
  } else {
    process.stdout.write(json);
    process.stderr.write(`已读出 ${summary}\n`);
  }
}
