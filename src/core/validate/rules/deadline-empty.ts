import type { Rule } from '../context';
import { checkedRows, finding, hasCell } from '../context';

/** `deadline-empty` (error): the unit's row has no 完成时限 (blank or only spaces). */
export const deadlineEmpty: Rule = (ctx) => {
  if (!ctx.report.sheet) return [];
  return checkedRows(ctx)
    .filter(({ row }) => hasCell(row.deadline) && row.deadline.text === '')
    .filter(({ row }) => ctx.report.identity.unit !== undefined || row.progressText.text !== '')
    .map(({ row }) => finding(ctx, 'deadline-empty', ctx.report.sheet, row.deadline.cell));
};
