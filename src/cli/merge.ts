import { Command, Option } from 'commander';
import type { MergeCommandOptions } from './merge-run';

/**
 * Register `merge FILE|DIR... [--quarter N] [--layout official|per-unit] -o summary.xlsx [--force] [--json] [--spec spec.json]
 * [--due 10月10日] [--ledger 台账.xlsx [--ledger-output 新台账.xlsx] [--replace-quarter]] [--report 通报.docx]`: read every workbook (directories expanded), validate and merge them (`mergeBooks`, the pane's
 * entry point too), write the summary workbook (汇总表, 报送情况, 指标完成情况汇总) and print the roster in Chinese
 * (or, with --json, {quarter, roster, files, totals}). The quarter is --quarter, else the most common among the files.
 *
 * The output is checked first (`checkOutput`): never one of the inputs (also not a workbook inside an input folder),
 * an existing file only with --force; it is written to a temporary file and renamed (`writeFileAtomic`).
 *
 * With --ledger, the quarter is merged with the year's ledger (`applyLedger` on the merged files: each unit's cumulative figures
 * checked against the ledger's earlier quarters, a fall an error in the roster and the 退回 text) and upserted into
 * it; the ledger is written to --ledger-output, else back to --ledger, replacing an existing file only with --force
 * (`openLedger` checks it all before any work; a ledger of another list or year is refused). Recording is refused,
 * with nothing written, when the merge took in no table of its quarter, or lacks units the ledger already records for
 * that quarter (`quarterLoss`; the latter allowed with --replace-quarter).
 *
 * With --report, the draft 调度通报 (core/report `dispatchReportPlan`, GB/T 9704 layout) is written as .docx, with the
 * change since the ledger's previous quarter when --ledger is given; checked and written like the other outputs.
 *
 * Exit code (process.exitCode): 0 when the summary is written (even with missing units or unreadable files: they are
 * listed in the roster); 2 when no input can be read, no quarter can be told, the spec is bad, or the output may not
 * or cannot be written.
 */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('汇总各单位报送的进展情况表：生成汇总表、报送情况和指标完成情况汇总')
    .argument('<paths...>', '报送的文件或文件夹（.xlsx/.xls/.ods/.et）')
    .option('-q, --quarter <n>', '汇总的季度 1-4（默认取多数文件的季度）')
    .addOption(new Option('--layout <layout>', '汇总表样式：official 每项一行，per-unit 每单位一行').choices(['official', 'per-unit']).default('official'))
    .option('-o, --output <file>', '汇总结果文件（.xlsx）')
    .option('--json', '以 JSON 输出报送情况和每个文件的问题')
    .option('--spec <file>', '清单文件（JSON，可由 parse-notice 生成），默认内置 2026 年清单')
    .option('--due <date>', '催报提示中的报送期限，如“10月10日”')
    .option('--ledger <file>', '工作台账（.xlsx）：读取以前季度的数据核对累计数，并把本季度记入；文件不存在时新建')
    .option('--ledger-output <file>', '更新后的台账另存为此文件（默认写回 --ledger 的文件，需加 --force）')
    .option('--replace-quarter', '本次汇总缺少台账中该季度已记入的单位时，仍以本次结果替换台账中的这个季度（默认拒绝，以免误删）')
    .option('--report <file>', '调度通报草稿（.docx），按公文格式写出本季度情况；有台账时写明与上季度相比的变化')
    .option('-f, --force', '覆盖已存在的汇总结果文件、台账或通报（从不覆盖要汇总的文件）')
    // The work (and the core, SheetJS, ExcelJS it needs) loads only when the command runs: `--help` stays light.
    .action(async (paths: string[], o: MergeCommandOptions) => (await import('./merge-run')).runMerge(paths, o));
}
