import * as fs from 'node:fs';
import type { Command } from 'commander';
import type { Quarter, TemplateSpec, Unit } from '../core/spec/schema';
import { templateWorkbookPlan } from '../core/layout/template-workbook';
import { isQuarter, parseQuarter, quarterLabel } from '../core/text/quarter';
import { resolveUnit } from '../core/text/units';
import { writeWorkbook } from '../xlsx/write';
import { loadSpecFile } from './spec-file';

/** Thrown for bad input (unknown unit or quarter, unreadable spec, output not writable): exit code 2, message shown as is. */
class TemplateInputError extends Error {}

/**
 * The quarter of `--quarter`: 1..4, or a Chinese / Q form (3, ３, 第三季度, 三季度, Q3). Throws TemplateInputError
 * listing the valid choices.
 */
export function parseQuarterOption(text: string): Quarter {
  const t = text.trim();
  const n = Number(t.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (isQuarter(n)) return n;
  const q = /季度|^[Qq]\d$/.test(t) ? parseQuarter(t) : undefined;
  if (q) return q;
  throw new TemplateInputError(`季度“${text}”无效。可选：1（第一季度）、2（第二季度）、3（第三季度）、4（第四季度）`);
}

/** The quarter a date falls in (1..4): the default when --quarter is not given. */
export function quarterOf(date: Date): Quarter {
  return (Math.floor(date.getMonth() / 3) + 1) as Quarter;
}

/**
 * The unit of `--unit`: short names, full names and variants all resolve (卫健局, 临淄区卫生健康局 -> 区卫健局).
 * Throws TemplateInputError naming the closest units and listing every valid one.
 */
export function resolveUnitOption(text: string, spec: TemplateSpec): Unit {
  const match = resolveUnit(text, spec);
  if (match.kind === 'unit') return match.unit;
  const hint = match.suggestions.length ? `您是否要找：${match.suggestions.map((u) => u.id).join('、')}？\n` : '';
  throw new TemplateInputError(`找不到责任单位“${text}”。${hint}可选的责任单位：${spec.units.map((u) => u.id).join('、')}`);
}

/** Default output file name: "2026年第3季度进展情况表-区卫健局.xlsx", or without the unit when none is chosen. */
export function defaultTemplateFileName(spec: TemplateSpec, quarter: Quarter, unit?: Unit): string {
  return `${spec.year}年第${quarter}季度进展情况表${unit ? `-${unit.id}` : ''}.xlsx`;
}

/** Options of the `template` command as commander gives them. */
interface TemplateCommandOptions {
  quarter?: string;
  unit?: string;
  output?: string;
  spec?: string;
  force?: boolean;
}

/**
 * Register `template [--quarter N] [--unit NAME] [-o FILE] [--spec spec.json] [--force]`: writes the template workbook
 * (进展情况表 + 指标完成情况 + hidden metadata), the same as the task pane inserts, for the quarter (default: the
 * current one) and, when given, one department. An existing output file is not overwritten without --force.
 *
 * Exit code (process.exitCode): 0 when written; 2 for an unknown unit or quarter (Chinese message on stderr listing the
 * valid choices), a bad --spec file, an existing output without --force, or an output that cannot be written.
 */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('生成进展情况表模板（.xlsx）：进展情况表、指标完成情况，按季度和责任单位预填')
    .option('-q, --quarter <n>', '季度 1-4（默认当前季度）')
    .option('-u, --unit <name>', '责任单位，如 区卫健局（简称、全称均可；不填则生成空白通用表）')
    .option('-o, --output <file>', '输出文件（默认如 2026年第3季度进展情况表-区卫健局.xlsx）')
    .option('--spec <file>', '模板定义 JSON（默认内置 2026 年临淄区清单）')
    .option('-f, --force', '覆盖已存在的输出文件')
    .action(async (o: TemplateCommandOptions) => {
      try {
        const spec = loadSpecOrInputError(o.spec);
        const quarter = o.quarter === undefined ? quarterOf(new Date()) : parseQuarterOption(o.quarter);
        const unit = o.unit === undefined ? undefined : resolveUnitOption(o.unit, spec);
        const file = o.output ?? defaultTemplateFileName(spec, quarter, unit);
        if (!o.force && fs.existsSync(file)) throw new TemplateInputError(`文件 ${file} 已存在，未覆盖。换一个文件名（-o），或加 --force 覆盖`);
        const plan = templateWorkbookPlan(spec, {
          quarter,
          ...(unit ? { unit: unit.id } : {}),
          createdAt: new Date().toISOString(),
          embedSpec: o.spec !== undefined,
        });
        const bytes = await writeWorkbook(plan);
        try {
          fs.writeFileSync(file, bytes);
        } catch (err) {
          throw new TemplateInputError(`无法写入 ${file}：${err instanceof Error ? err.message : String(err)}`);
        }
        process.stdout.write(`已写入 ${file}（${spec.year}年${quarterLabel(quarter)}，${unit ? unit.id : '通用空白表'}）\n`);
        process.exitCode = 0;
      } catch (err) {
        if (!(err instanceof TemplateInputError)) throw err;
        process.stderr.write(`错误：${err.message}\n`);
        process.exitCode = 2;
      }
    });
}

function loadSpecOrInputError(file: string | undefined): TemplateSpec {
  try {
    return loadSpecFile(file);
  } catch (err) {
    throw new TemplateInputError(err instanceof Error ? err.message : String(err));
  }
}
