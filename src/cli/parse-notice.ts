import type { Command } from 'commander';
import type { ParseNoticeCommandOptions } from './parse-notice-run';

/** Adds the `parse-notice` command to the program. */
export function registerParseNotice(program: Command): void {
  program
    .command('parse-notice')
    .description('从通知文本（.txt、.docx 或 .pdf）读出模板定义（JSON），供 --spec 使用')
    .argument('<file>', '通知文件（.txt、.docx 或文字版 .pdf）')
    .option('-o, --output <file>', '把模板定义写入此文件（默认输出到屏幕）')
    .option('-f, --force', '覆盖已存在的输出文件（从不覆盖通知文件本身）')
    .option('--year <year>', '计划年度（通知中没有写明年度时必须给出；写明时以此为准）')
    // The work (and the core, SheetJS, ExcelJS it needs) loads only when the command runs: `--help` stays light.
    .action(async (file: string, opts: ParseNoticeCommandOptions) => (await import('./parse-notice-run')).runParseNotice(file, opts));
}
