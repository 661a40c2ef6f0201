import { parseDeadline } from '../../text/deadline';
import { reportsCompletion } from '../../text/placeholder';
import type { Rule } from '../context';
import { checkedRows, finding } from '../context';

/**
 * `deadline-passed` (warning): `opts.today` (ISO) is after the row's 完成时限 (end of the period written) and the
 * progress text does not report completion (`reportsCompletion`: 已完成, 全部完成, 圆满完成, 已办结 …, not preceded by
 * 未/没/不). Off without `opts.today`. Ongoing deadlines never pass.
 */
export const deadlinePassed: Rule = (ctx) => {
  const { report, spec, opts } = ctx;
  if (!report.sheet || !opts.today || !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) return [];
  const today = opts.today;
  const out = [];
  for (const { row } of checkedRows(ctx)) {
    if (row.deadline.text === '') continue;
    const d = parseDeadline(row.deadline.raw ?? row.deadline.text, spec.year);
    if (d.kind !== 'date' || d.iso >= today || reportsCompletion(row.progressText.text)) continue;
    out.push(finding(ctx, 'deadline-passed', report.sheet, row.deadline.cell, { text: row.deadline.text, date: d.iso, today }));
  }
  return out;
};
