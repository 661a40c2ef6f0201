import { targetsFor } from '../../spec/targets';
import type { Target } from '../../spec/schema';
import { toHalfWidth } from '../../text/normalize';
import { parseQuantity } from '../../text/numbers';
import { indicatorValue, rowsWithTargets } from '../indicator-values';
import type { Rule } from '../context';
import { finding, rowFor } from '../context';
import { hasCell } from '../../read/report';

/** Measure words that also stand for a target's measure in running text (场次 is often written 场). */
const MEASURE_VARIANTS: Record<string, string[]> = { 场次: ['场次', '场'], 人次: ['人次'], 名: ['名', '人'], 人: ['人', '名'] };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Figures with `measure` in a text: "2场" -> 2, "1.9万名" -> 19000, "三场" -> 3; each with the words as written. */
export function figuresWith(text: string, target: Target): { text: string; value: number }[] {
  const words = (MEASURE_VARIANTS[target.measure] ?? [target.measure]).map(escape).join('|');
  const re = new RegExp(`([0-9][0-9,.]*\\s*万?|[零一二两三四五六七八九十百千]+万?)\\s*(?:余|多)?\\s*(?:${words})(?![次])`, 'g');
  const out: { text: string; value: number }[] = [];
  for (const m of toHalfWidth(text).matchAll(re)) {
    const q = parseQuantity(m[1].replace(/,/g, '').replace(/\s+/g, ''));
    if (q && Number.isFinite(q.value)) out.push({ text: m[0].trim(), value: q.value });
  }
  return out;
}

/**
 * `indicator-text-mismatch` (warning): the progress text of the target's item (the unit's row) names figures with
 * the target's measure, and none of them is the indicator sheet's 本季度完成 or 累计完成. Only where the figure is
 * unambiguous: the unit has exactly one target with that measure in the item. Points at the progress text cell.
 */
export const indicatorTextMismatch: Rule = (ctx) => {
  const { report, spec } = ctx;
  const ind = report.indicators;
  const unit = report.identity.unit;
  if (!ind || !report.sheet || unit === undefined) return [];
  const mine = targetsFor(spec, unit);
  const out = [];
  for (const { row, item, target } of rowsWithTargets(spec, ind.rows)) {
    const same = mine.filter((m) => m.item.number === item.number && m.target.measure === target.measure);
    if (same.length !== 1 || same[0].target.id !== target.id) continue;
    const values = [indicatorValue(row.quarterValue), indicatorValue(row.cumulativeValue)].flatMap((v) => (v.kind === 'number' ? [v.value] : []));
    if (values.length === 0) continue;
    const progress = rowFor(ctx, item, unit);
    if (!progress || !hasCell(progress.progressText)) continue;
    const figures = figuresWith(progress.progressText.text, target);
    if (figures.length === 0 || figures.some((f) => values.includes(f.value))) continue;
    const shownValue = values[values.length - 1];
    out.push(
      finding(ctx, 'indicator-text-mismatch', report.sheet, progress.progressText.cell, {
        text: figures[0].text,
        metric: target.metric,
        value: shownValue,
        measure: target.measure,
      }),
    );
  }
  return out;
};
