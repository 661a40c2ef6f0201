import { parseDeadline } from '../../text/deadline';
import type { Rule } from '../context';
import { finding } from '../context';

/** `deadline-unreadable` (error): a 完成时限 that is neither a date nor an ongoing term (see text/deadline), in any row. */
export const deadlineUnreadable: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet) return [];
  const out = [];
  for (const row of report.rows) {
    if (row.deadline.cell === '' || row.deadline.text === '') continue;
    const d = parseDeadline(row.deadline.raw ?? row.deadline.text, spec.year);
    if (d.kind === 'unreadable') out.push(finding(ctx, 'deadline-unreadable', report.sheet, row.deadline.cell, { text: row.deadline.text }));
  }
  return out;
};
