import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `year-mismatch` (error): the table's year (计划年度, `report.identity.year`: title, sheet name, metadata or file name)
 * is not the spec's (`spec.year`): last year's file sent again, or last year's template filled in. Points at the cell
 * the year was read from (the title), else file level (sheet name, metadata, file name). A table naming no year is
 * not flagged.
 */
export const yearMismatch: Rule = (ctx) => {
  const { report, spec } = ctx;
  const y = report.identity.year;
  if (!report.sheet || y === undefined || y === spec.year) return [];
  const cell = report.identity.yearSource === 'title' ? report.identity.yearCell : undefined;
  return [finding(ctx, 'year-mismatch', cell ? report.sheet : null, cell ?? null, { fileYear: y, year: spec.year })];
};
