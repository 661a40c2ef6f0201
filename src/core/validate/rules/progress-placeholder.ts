import { isPlaceholder } from '../../text/placeholder';
import type { Rule } from '../context';
import { checkedRows, finding } from '../context';

/** `progress-placeholder` (error): the unit's progress text is a placeholder (无, /, 同上, 略, 详见附件 …, see text/placeholder). */
export const progressPlaceholder: Rule = (ctx) => {
  if (!ctx.report.sheet) return [];
  return checkedRows(ctx)
    .filter(({ row }) => isPlaceholder(row.progressText.text))
    .map(({ row }) => finding(ctx, 'progress-placeholder', ctx.report.sheet, row.progressText.cell, { text: row.progressText.text }));
};
