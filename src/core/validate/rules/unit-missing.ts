import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `unit-missing` (error): no unit found — the 填报单位 line is blank or absent, the metadata names none and the file
 * name none. Points at the 填报单位 cell when there is one, else sheet level.
 */
export const unitMissing: Rule = (ctx) => {
  const { report } = ctx;
  if (!report.sheet || report.identity.unitText !== undefined) return [];
  return [finding(ctx, 'unit-missing', report.sheet, report.identity.unitCell ?? null)];
};
