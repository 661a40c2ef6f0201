import { severityText } from '../i18n/words';
import type { Severity } from '../validate/finding';

/**
 * The one look of a marked finding, shared by every output that marks cells: the Excel marks (excel/mark-findings),
 * the downloaded annotated copy (xlsx/annotate), the 校验结果 sheet and the CLI's listing. The order of severities is
 * core/validate/finding `SEVERITY_RANK` (error, warning, info).
 */

/** Fill colour "#RRGGBB" of a marked cell by severity: light red (error), light orange (warning), light blue (info). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFD8A8', info: '#DDEBF7' };

/** The Chinese word for a severity (错误 / 警告 / 提示), as notes, the 校验结果 sheet and the CLI show it (from the catalogue). */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  error: severityText('error', 'zh-CN'),
  warning: severityText('warning', 'zh-CN'),
  info: severityText('info', 'zh-CN'),
};

/** True when `color` ("#RRGGBB", any case; anything else gives false) is one of the mark fills. */
export function isMarkFill(color: unknown): boolean {
  if (typeof color !== 'string') return false;
  const upper = color.toUpperCase();
  return Object.values(MARK_FILLS).includes(upper);
}
