import { Command, CommanderError, Help, type Option } from 'commander';
import { registerTemplate } from './template';
import { registerValidate } from './validate';
import { registerMerge } from './merge';
import { registerParseNotice } from './parse-notice';
import { chineseCommanderError, chineseOptionSuffix, chineseUsage, HELP_TITLES } from './commander-text';

/** commander's help, Chinese where commander builds the text itself (usage words, choices and defaults). */
const CHINESE_HELP: Partial<Help> = {
  styleTitle: (title: string) => HELP_TITLES[title] ?? title,
  optionDescription(this: Help, option: Option) {
    return chineseOptionSuffix(Help.prototype.optionDescription.call(this, option));
  },
  commandUsage(this: Help, cmd: Command) {
    return chineseUsage(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command) {
    return chineseUsage(Help.prototype.subcommandTerm.call(this, cmd));
  },
};

/**
 * The command-line tool `progress-table`: the same pure core as the task pane, over files.
 *
 *   progress-table template [--quarter N] [--unit NAME] [-o FILE] [--spec spec.json] [--force]
 *   progress-table validate FILE|DIR... [--quarter N] [--json]
 *   progress-table merge FILE|DIR... [--quarter N] [--layout official|per-unit] -o summary.xlsx [--force] [--json]
 *   progress-table parse-notice FILE [-o spec.json]
 *
 * Exit codes: 0 done (validate: no file has errors; merge: the summary was written); 1 validate found errors; 2 bad
 * input (unknown option, unit or quarter, nothing readable, an output that may not or cannot be written). Messages
 * (commander's own usage errors and help headings too) are Chinese; no stack trace is shown unless PROGRESS_TABLE_DEBUG=1.
 */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('progress-table')
    .description('进展情况表助手：生成、校验、汇总“为妇女儿童办实事工作进展情况表”')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .configureOutput({ outputError: (str, write) => write(chineseCommanderError(str)) })
    .configureHelp(CHINESE_HELP)
    .exitOverride();
  program.helpCommand('help [command]', '显示某个命令的帮助');
  registerTemplate(program);
  registerValidate(program);
  registerMerge(program);
  registerParseNotice(program);
  for (const c of program.commands) c.exitOverride().showHelpAfterError(`（用 progress-table ${c.name()} --help 查看用法）`);
  return program;
}

/**
 * Make a closed output pipe (`progress-table … | head`) end the run quietly: EPIPE on stdout exits with code 0 and no
 * stack trace; any other stdout error exits 2 with a Chinese line on stderr. Call once, from the entry point.
 */
export function quietOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return exit(0);
    try {
      process.stderr.write(`错误：无法输出结果（${err.code ?? err.message}）\n`);
    } finally {
      exit(2);
    }
  });
}

/** Run the CLI with `argv` (as process.argv: node, script, args…). Resolves to the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help, -V and `help CMD` end with exitCode 0; a usage error (also no command at all) with 1: ours is 2.
      return err.exitCode === 0 ? 0 : 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`错误：${message}\n`);
    if (process.env.PROGRESS_TABLE_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

if (require.main === module) {
  quietOnBrokenPipe();
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
