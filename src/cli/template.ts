import type { Command } from 'commander';
import type { TemplateCommandOptions } from './template-run';

/**
 * Register `template [--quarter N] [--unit NAME] [-o FILE] [--spec spec.json] [--force]`: writes the template workbook
 * (进展情况表 + 指标完成情况 + hidden metadata), the same as the task pane inserts, for the quarter (default:
 * `defaultQuarter(today)`, the quarter being reported, announced on stderr) and, when given, one department. An existing output file is not overwritten without --force.
 *
 * Exit code (process.exitCode): 0 when written; 2 for an unknown unit or quarter (Chinese message on stderr listing the
 * valid choices), a bad --spec file, an existing output without --force, or an output that cannot be written.
 */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('生成进展情况表模板（.xlsx）：进展情况表、指标完成情况，按季度和责任单位预填')
    .option('-q, --quarter <n>', '季度 1-4（默认：正在报送的季度，季度结束后 20 天内仍为上一季度）')
    .option('-u, --unit <name>', '责任单位，如 区卫健局（简称、全称均可；不填则生成空白通用表）')
    .option('-o, --output <file>', '输出文件（默认如 2026年第3季度进展情况表-区卫健局.xlsx）')
    .option('--spec <file>', '清单文件（JSON，可由 parse-notice 生成），默认内置 2026 年临淄区清单')
    .option('-f, --force', '覆盖已存在的输出文件')
    // The work (and the core, SheetJS, ExcelJS it needs) loads only when the command runs: `--help` stays light.
    .action(async (o: TemplateCommandOptions) => (await import('./template-run')).runTemplate(o));
}
