import type { Command } from 'commander';
import type { ValidateCommandOptions } from './validate-run';

/**
 * Register `validate FILE|DIR... [--quarter N] [--json] [--spec spec.json] [--previous FILE] [--today yyyy-mm-dd]`:
 * read and validate each file, folders expanded as merge does (`expandInputs`: .xlsx/.xls/.ods/.et, no ~$ lock files;
 * missing paths are reported as such) (the same core as the pane's 一键校验) and print the findings in Chinese grouped by
 * file and row, or with --json exactly {files:[{path, unit, quarter, findings:[{code, severity, sheet, cell, message}]}]}
 * (cell = A1 or null). --previous is last quarter's file of the same unit (cumulative figures may not fall);
 * --today sets the day for deadline-passed (default: today).
 *
 * Exit code (process.exitCode): 0 no file has errors; 1 some file has errors; 2 an input cannot be read, or a bad
 * option (quarter, spec, previous file) — then a Chinese message on stderr, never a stack trace.
 */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('校验进展情况表：逐个单元格检查缺项、空项、完成时限和指标')
    .argument('<paths...>', '要校验的文件或文件夹（.xlsx/.xls/.ods/.et；文件夹中逐个校验）')
    .option('-q, --quarter <n>', '应报的季度 1-4')
    .option('--json', '以 JSON 输出结果')
    .option('--spec <file>', '清单文件（JSON，可由 parse-notice 生成），默认内置 2026 年清单')
    .option('--previous <file>', '本单位上季度报送的文件，用于核对累计数')
    .option('--today <date>', '今天的日期 yyyy-mm-dd（判断完成时限是否已过），默认今天')
    // The work (and the core, SheetJS, ExcelJS it needs) loads only when the command runs: `--help` stays light.
    .action(async (args: string[], o: ValidateCommandOptions) => (await import('./validate-run')).runValidate(args, o));
}
