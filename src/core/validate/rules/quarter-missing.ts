import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `quarter-missing`: the quarter is named nowhere (title, metadata, file name). An error, or a warning when the
 * caller says which quarter is expected (the file is then taken as that quarter's). Points at the title cell.
 */
export const quarterMissing: Rule = (ctx) => {
  const { report, opts } = ctx;
  if (!report.sheet || report.identity.quarter !== undefined) return [];
  return [finding(ctx, 'quarter-missing', report.sheet, report.identity.titleCell ?? null, {}, opts.quarter !== undefined ? 'warning' : 'error')];
};
