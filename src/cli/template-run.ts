import type { Quarter, TemplateSpec, Unit } from '../core/spec/schema';
import { templateWorkbookPlan } from '../core/layout/template-workbook';
import { defaultQuarter, quarterLabel } from '../core/text/quarter';
import { resolveUnit } from '../core/text/units';
import { writeWorkbook } from '../xlsx/write';
import { CliInputError } from './errors';
import { parseQuarterOption } from './options';
import { checkOutput, writeFileAtomic } from './output';
import { loadSpecFile } from './spec-file';


/**
 * The unit of `--unit`: short names, full names and variants all resolve (卫健局, 临淄区卫生健康局 -> 区卫健局).
 * Throws CliInputError naming the closest units and listing every valid one.
 */
export function resolveUnitOption(text: string, spec: TemplateSpec): Unit {
  const match = resolveUnit(text, spec);
  if (match.kind === 'unit') return match.unit;
  const hint = match.suggestions.length ? `您是否要找：${match.suggestions.map((u) => u.id).join('、')}？\n` : '';
  throw new CliInputError(`找不到责任单位“${text}”。${hint}可选的责任单位：${spec.units.map((u) => u.id).join('、')}`);
}

/** Default output file name: "2026年第3季度进展情况表-区卫健局.xlsx", or without the unit when none is chosen. */
export function defaultTemplateFileName(spec: TemplateSpec, quarter: Quarter, unit?: Unit): string {
  return `${spec.year}年第${quarter}季度进展情况表${unit ? `-${unit.id}` : ''}.xlsx`;
}

/** Options of the `template` command as commander gives them. */
export interface TemplateCommandOptions {
  quarter?: string;
  unit?: string;
  output?: string;
  spec?: string;
  force?: boolean;
}

/** The `template` command's work, run by its action (src/cli/template.ts) once commander has parsed the arguments. */
export async function runTemplate(o: TemplateCommandOptions): Promise<void> {
  try {
    const spec = await loadSpecFile(o.spec);
    const quarter = o.quarter === undefined ? defaultQuarter(new Date()) : parseQuarterOption(o.quarter);
    if (o.quarter === undefined) process.stderr.write(`未指定 --quarter，按今天的日期取正在报送的季度：${quarterLabel(quarter)}（可用 --quarter 1-4 另选）\n`);
    const unit = o.unit === undefined ? undefined : resolveUnitOption(o.unit, spec);
    const file = o.output ?? defaultTemplateFileName(spec, quarter, unit);
    checkOutput(file, { force: o.force });
    const plan = templateWorkbookPlan(spec, {
      quarter,
      ...(unit ? { unit: unit.id } : {}),
      createdAt: new Date().toISOString(),
      embedSpec: o.spec !== undefined,
    });
    writeFileAtomic(file, await writeWorkbook(plan));
    process.stdout.write(`已写入 ${file}（${spec.year}年${quarterLabel(quarter)}，${unit ? unit.id : '通用空白表'}）\n`);
    process.exitCode = 0;
  } catch (err) {
    if (!(err instanceof CliInputError)) throw err;
    process.stderr.write(`错误：${err.message}\n`);
    process.exitCode = 2;
  }
}
