import type { Quarter, TemplateSpec } from './schema';
import { quarterLabel } from '../text/quarter';

/** The progress table's title with the quarter: "2026年为全区妇女儿童办实事工作进展情况表（第三季度）". */
export function progressTitle(spec: TemplateSpec, quarter: Quarter): string {
  return `${spec.tableTitle}（${quarterLabel(quarter)}）`;
}

/**
 * The indicator sheet's title with the quarter: the table title with 工作进展情况表 / 进展情况表 replaced by
 * 指标完成情况表 ("2026年为全区妇女儿童办实事指标完成情况表（第三季度）"), or the table title followed by
 * "指标完成情况" when it has no such ending.
 */
export function indicatorTitle(spec: TemplateSpec, quarter: Quarter): string {
  const base = /(工作)?进展情况表$/.test(spec.tableTitle)
    ? spec.tableTitle.replace(/(工作)?进展情况表$/, '指标完成情况表')
    : `${spec.tableTitle}指标完成情况`;
  return `${base}（${quarterLabel(quarter)}）`;
}
