import type { Rule } from '../context';
import { filledDeadlines, finding } from '../context';

/** `deadline-unreadable` (error): a 完成时限 that is neither a date nor an ongoing term (see text/deadline), in any row. */
export const deadlineUnreadable: Rule = (ctx) => {
  const { report } = ctx;
  if (!report.sheet) return [];
  return filledDeadlines(ctx)
    .filter(({ deadline }) => deadline.kind === 'unreadable')
    .map(({ row }) => finding(ctx, 'deadline-unreadable', report.sheet, row.deadline.cell, { text: row.deadline.text }));
};
