import type { Severity } from '../validate/finding';

/**
 * The one look of a marked finding, shared by every output that marks cells: the Excel marks (excel/mark-findings),
 * the downloaded annotated copy (xlsx/annotate), the 校验结果 sheet and the CLI's listing. The order of severities is
 * core/validate/finding `SEVERITY_RANK` (error, warning, info).
 */

/** Fill colour "#RRGGBB" of a marked cell by severity: light red (error), light orange (warning), light blue (info). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFD8A8', info: '#DDEBF7' };

/** The Chinese word for a severity (错误 / 警告 / 提示), as notes, the 校验结果 sheet and the CLI show it. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** True when `color` ("#RRGGBB", any case; anything else gives false) is one of the mark fills. */
export function isMarkFill(color: unknown): boolean {
  if (typeof color !== 'string') return false;
  const upper = color.toUpperCase();
  return Object.values(MARK_FILLS).includes(upper);
}
