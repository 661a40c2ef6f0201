import { quarterLabel } from '../../text/quarter';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `quarter-mismatch` (error): the table's quarter is not the one expected (`opts.quarter`). Points at the cell the
 * quarter was read from (the title), else file level (metadata, file name).
 */
export const quarterMismatch: Rule = (ctx) => {
  const { report, opts } = ctx;
  const q = report.identity.quarter;
  if (!report.sheet || q === undefined || opts.quarter === undefined || q === opts.quarter) return [];
  const cell = report.identity.quarterSource === 'title' ? report.identity.quarterCell : undefined;
  return [
    finding(ctx, 'quarter-mismatch', cell ? report.sheet : null, cell ?? null, {
      quarter: quarterLabel(q),
      expectedQuarter: quarterLabel(opts.quarter),
    }),
  ];
};
