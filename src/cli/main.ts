import { Command, CommanderError } from 'commander';
import { registerTemplate } from './template';
import { registerValidate } from './validate';
import { registerMerge } from './merge';
import { registerParseNotice } from './parse-notice';

/**
 * The command-line tool `progress-table`: the same pure core as the task pane, over files.
 *
 *   progress-table template [--quarter N] [--unit NAME] [-o FILE] [--spec spec.json]
 *   progress-table validate FILE... [--quarter N] [--json]
 *   progress-table merge FILE|DIR... [--quarter N] [--layout official|per-unit] -o summary.xlsx [--json]
 *   progress-table parse-notice FILE [-o spec.json]
 *
 * Exit codes: 0 done (validate: no file has errors); 1 validate found errors; 2 bad input (unknown option, unit or
 * quarter, a file that cannot be read or written). Messages are Chinese; no stack trace is shown unless
 * PROGRESS_TABLE_DEBUG=1.
 */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('progress-table')
    .description('进展情况表助手：生成、校验、汇总“为妇女儿童办实事工作进展情况表”')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .configureOutput({ outputError: (str, write) => write(str) })
    .exitOverride();
  program.addHelpCommand('help [command]', '显示某个命令的帮助');
  registerTemplate(program);
  registerValidate(program);
  registerMerge(program);
  registerParseNotice(program);
  for (const c of program.commands) c.exitOverride().showHelpAfterError('（用 --help 查看用法）');
  return program;
}

/** Run the CLI with `argv` (as process.argv: node, script, args…). Resolves to the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`错误：${message}\n`);
    if (process.env.PROGRESS_TABLE_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
