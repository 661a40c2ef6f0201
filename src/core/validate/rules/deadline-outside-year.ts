import { isoYear, parseDeadline } from '../../text/deadline';
import type { Rule } from '../context';
import { finding } from '../context';

/** `deadline-outside-year` (error): a readable 完成时限 whose day falls outside the plan year (spec.year), in any row. */
export const deadlineOutsideYear: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet) return [];
  const out = [];
  for (const row of report.rows) {
    if (row.deadline.cell === '' || row.deadline.text === '') continue;
    const d = parseDeadline(row.deadline.raw ?? row.deadline.text, spec.year);
    if (d.kind === 'date' && isoYear(d.iso) !== spec.year) {
      out.push(finding(ctx, 'deadline-outside-year', report.sheet, row.deadline.cell, { text: row.deadline.text, date: d.iso, year: spec.year }));
    }
  }
  return out;
};
