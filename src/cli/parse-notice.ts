import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { parseNotice, type NoticeFinding } from '../core/spec/parse-notice';
import { errorText, fsReasonText } from './errors';
import { checkOutput, writeFileAtomic } from './output';

/**
 * `progress-table parse-notice FILE [-o spec.json] [--force]`: reads a notice (为…办实事项目清单 and its attachment) from a .txt
 * or .docx file, prints what needs a person's check (findings, Chinese) to stderr, and writes the template spec as JSON
 * to stdout or to the -o file. The spec can then be used with `template|validate|merge --spec spec.json`.
 * An existing -o file is replaced only with --force, never the notice itself (`checkOutput`).
 * Exit code 2 when the file cannot be read, holds no numbered items, or the output may not or cannot be written;
 * 0 otherwise (findings do not fail the command).
 */

/** Thrown by `readNoticeText` when a file cannot be turned into text. */
export class NoticeReadError extends Error {}

/**
 * The text of a notice file. .docx: the raw text from mammoth (`extractRawText`: paragraphs separated by blank lines);
 * anything else as text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK files saved by older Windows
 * tools). Throws NoticeReadError (Chinese message) when the file is missing, unreadable or not a .docx.
 */
export async function readNoticeText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new NoticeReadError(code === 'ENOENT' ? `找不到文件 ${file}` : code === 'EISDIR' ? `${file}：这是一个文件夹，不是通知文件` : `无法读取文件 ${file}：${fsReasonText(err)}`);
  }
  if (path.extname(file).toLowerCase() === '.docx') {
    try {
      const mammoth = await import('mammoth');
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      throw new NoticeReadError(`文件 ${file} 不是可读取的 Word（.docx）文档`);
    }
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

/** Adds the `parse-notice` command to the program. */
export function registerParseNotice(program: Command): void {
  program
    .command('parse-notice')
    .description('从通知文本（.txt 或 .docx）读出模板定义（JSON），供 --spec 使用')
    .argument('<file>', '通知文件（.txt 或 .docx）')
    .option('-o, --output <file>', '把模板定义写入此文件（默认输出到屏幕）')
    .option('-f, --force', '覆盖已存在的输出文件（从不覆盖通知文件本身）')
    .action(async (file: string, opts: { output?: string; force?: boolean }) => {
      let text: string;
      try {
        if (opts.output) checkOutput(opts.output, { force: opts.force, inputs: [file] });
        text = await readNoticeText(file);
      } catch (err) {
        process.stderr.write(`错误：${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
        return;
      }
      const { spec, findings } = parseNotice(text);
      for (const f of findings) process.stderr.write(`${findingLine(f)}\n`);
      if (spec.items.length === 0) {
        process.stderr.write(`错误：文件 ${file} 中没有找到编号的实事条目，未生成模板定义。\n`);
        process.exitCode = 2;
        return;
      }
      const json = `${JSON.stringify(spec, null, 2)}\n`;
      const targets = spec.items.reduce((n, i) => n + i.targets.length, 0);
      const summary = `${spec.items.length} 项实事，${spec.units.length} 个责任单位，${targets} 个指标`;
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
    });
}
