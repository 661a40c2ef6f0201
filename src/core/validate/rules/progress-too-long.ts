import type { Rule } from '../context';
import { finding } from '../context';
import { EXCEL_CELL_LIMIT } from '../../text/split';
import { hasCell } from '../../read/report';

/**
 * `progress-too-long` (error): a progress text over 32,767 characters (a reader that got more than Excel holds, e.g.
 * from another program; Excel would cut it). Every row, whoever it belongs to.
 */
export const progressTooLong: Rule = (ctx) => {
  const { report } = ctx;
  if (!report.sheet) return [];
  return report.rows
    .filter((r) => hasCell(r.progressText) && r.progressText.text.length > EXCEL_CELL_LIMIT)
    .map((r) => finding(ctx, 'progress-too-long', report.sheet, r.progressText.cell, { length: r.progressText.text.length }));
};
