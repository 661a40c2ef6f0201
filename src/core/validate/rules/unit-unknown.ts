import { resolveUnit } from '../../text/units';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `unit-unknown` (error): the unit written (填报单位 line, metadata) resolves to no unit of the list. The hint names
 * up to three closest units (`resolveUnit` suggestions), or （无）. Points at the 填报单位 cell when the text came from
 * the sheet, else file level.
 */
export const unitUnknown: Rule = (ctx) => {
  const { report, spec } = ctx;
  const { unit, unitText, unitSource, unitCell } = report.identity;
  if (!report.sheet || unit !== undefined || unitText === undefined) return [];
  const m = resolveUnit(unitText, spec);
  const suggestions = m.kind === 'unknown' && m.suggestions.length ? m.suggestions.slice(0, 3).map((u) => u.id).join('、') : '（无）';
  const onSheet = unitSource === 'sheet' && unitCell !== undefined;
  return [finding(ctx, 'unit-unknown', onSheet ? report.sheet : null, onSheet ? unitCell : null, { text: unitText, suggestions })];
};
