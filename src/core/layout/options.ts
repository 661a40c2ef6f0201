import type { Quarter, TemplateSpec, Unit } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import type { PlanPrint } from '../sheet/plan';

/** What a template is made for: the quarter (1..4) and, optionally, one department (责任单位, a spec unit id). */
export interface TemplateOptions {
  quarter: Quarter;
  /** Unit id of the department (e.g. "区卫健局"); omitted = a blank table for any department. */
  unit?: string;
}

/**
 * Check the options against the spec: returns the chosen unit (or undefined when none was chosen).
 * Throws RangeError for a quarter outside 1..4 or a unit id the spec does not define (callers resolve what
 * people type, e.g. 卫健局, with `resolveUnit` first).
 */
export function checkOptions(spec: TemplateSpec, opts: TemplateOptions): Unit | undefined {
  quarterLabel(opts.quarter);
  if (opts.unit === undefined) return undefined;
  const unit = spec.units.find((u) => u.id === opts.unit);
  if (!unit) throw new RangeError(`unknown unit "${opts.unit}"; the spec defines: ${spec.units.map((u) => u.id).join(', ')}`);
  return unit;
}

/** "填报单位：区卫健局", or "填报单位：" when no unit is chosen (readers find the unit after the colon). */
export function unitLine(unit: Unit | undefined): string {
  return `填报单位：${unit ? unit.id : ''}`;
}

/** The blank date line "填报日期：      年    月    日". */
export const DATE_LINE = '填报日期：      年    月    日';

/** Sheet names of the template (Excel names, ≤ 31 characters): 进展情况表 and 指标完成情况. */
export const TEMPLATE_SHEET_NAMES = { progress: '进展情况表', indicator: '指标完成情况' } as const;

/** Print margins in inches for the template sheets (A4 landscape). */
export const TEMPLATE_MARGINS = { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 };

/** Page footer, centred: 第 1 页，共 2 页 (Excel codes &P page, &N pages). */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

/**
 * Print setup of every sheet the add-in lays out (the official table, the indicator sheet, the summaries): A4
 * landscape, one page wide, header row `headerRow` (0-based) repeated on every page, page numbers in the footer,
 * centred, TEMPLATE_MARGINS.
 */
export function officialPrint(headerRow: number): PlanPrint {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    titleRows: { r0: headerRow, r1: headerRow },
    footerCenter: PAGE_FOOTER,
    margins: TEMPLATE_MARGINS,
    centerHorizontally: true,
  };
}
