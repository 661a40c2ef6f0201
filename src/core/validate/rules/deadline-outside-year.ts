import { isoYear } from '../../text/deadline';
import type { Rule } from '../context';
import { filledDeadlines, finding } from '../context';

/** `deadline-outside-year` (error): a readable 完成时限 whose day falls outside the plan year (spec.year), in any row. */
export const deadlineOutsideYear: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.sheet) return [];
  const out = [];
  for (const { row, deadline: d } of filledDeadlines(ctx)) {
    if (d.kind === 'date' && isoYear(d.iso) !== spec.year) {
      out.push(finding(ctx, 'deadline-outside-year', report.sheet, row.deadline.cell, { text: row.deadline.text, date: d.iso, year: spec.year }));
    }
  }
  return out;
};
