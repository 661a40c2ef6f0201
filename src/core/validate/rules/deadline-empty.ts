import type { Rule } from '../context';
import { checkedRows, finding, hasCell } from '../context';

/** `deadline-empty` (error): the unit's row has no 完成时限 (blank or only spaces; a formula without a saved
 * result is the reader's `formula-no-result`). */
export const deadlineEmpty: Rule = (ctx) => {
  if (!ctx.report.sheet) return [];
  return checkedRows(ctx)
    .filter(({ row }) => hasCell(row.deadline) && row.deadline.text === '' && !row.deadline.raw?.formula)
    .filter(({ row }) => ctx.report.identity.unit !== undefined || row.progressText.text !== '')
    .map(({ row }) => finding(ctx, 'deadline-empty', ctx.report.sheet, row.deadline.cell));
};
