import { indicatorValue, isRate, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `indicator-rate-over-100` (error): a rate target (kind rate, or measure %) with a figure over 100 (90 means 90%).
 * For a rate, 本季度完成 and 累计完成 are usually the same figure written twice (the template fills both): one
 * wrong figure is one error, so the same value over 100 in both cells gives one finding, at 累计完成 (the cell the
 * summary counts); two different values over 100 are two wrong figures, two findings.
 */
export const indicatorRateOver100: Rule = (ctx) => {
  const ind = ctx.report.indicators;
  if (!ind) return [];
  const out = [];
  for (const { row, target } of rowsWithTargets(ctx.spec, ind.rows)) {
    if (!isRate(target)) continue;
    const over = [row.cumulativeValue, row.quarterValue]
      .map((c) => ({ c, v: indicatorValue(c) }))
      .flatMap(({ c, v }) => (v.kind === 'number' && v.value > 100 ? [{ cell: c.cell, value: v.value }] : []));
    const distinct = over.filter((o, i) => over.findIndex((p) => p.value === o.value) === i);
    for (const o of distinct) out.push(finding(ctx, 'indicator-rate-over-100', ind.sheet, o.cell, { value: o.value, metric: target.metric }));
  }
  return out;
};
