import { targetUnits } from '../spec/targets';
import { hasCell, type IndicatorRow, type ReadCell } from '../read/report';
import type { Item, Target, TemplateSpec } from '../spec/schema';
import { parseQuantity } from '../text/numbers';

/** A figure of the indicator sheet: empty, a number (base units; percent as 90 for 90%), or text that is no number. */
export type IndicatorValue = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'bad'; text: string };

/**
 * The figure in an indicator cell: a number cell as is (a percent-formatted cell 0.9 -> 90); text through
 * `parseQuantity` (2场, ２, 1.9万 = 19000, 90%, 三场); NaN, Infinity, booleans and other text are `bad`.
 */
export function indicatorValue(c: ReadCell): IndicatorValue {
  if (!hasCell(c) || c.text === '') return { kind: 'empty' };
  const v = c.raw?.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'bad', text: c.text };
    const percent = typeof c.raw?.numberFormat === 'string' && c.raw.numberFormat.includes('%');
    return { kind: 'number', value: percent ? Math.round(v * 100 * 1e9) / 1e9 : v };
  }
  if (typeof v === 'boolean') return { kind: 'bad', text: c.text };
  const q = parseQuantity(c.text);
  return q && Number.isFinite(q.value) ? { kind: 'number', value: q.value } : { kind: 'bad', text: c.text };
}

/** The spec target (and its item) with id `id`. */
export function targetOf(spec: TemplateSpec, id: string | undefined): { item: Item; target: Target } | undefined {
  if (id === undefined) return undefined;
  for (const item of spec.items) {
    const target = item.targets.find((t) => t.id === id);
    if (target) return { item, target };
  }
  return undefined;
}

/** The indicator rows whose target id is in the spec, in sheet order, each with its item and target (`targetOf`). */
export function rowsWithTargets(spec: TemplateSpec, rows: readonly IndicatorRow[]): { row: IndicatorRow; item: Item; target: Target }[] {
  const out: { row: IndicatorRow; item: Item; target: Target }[] = [];
  for (const row of rows) {
    const t = targetOf(spec, row.targetId);
    if (t) out.push({ row, ...t });
  }
  return out;
}

/** Both figure cells of each indicator row (本季度完成, then 累计完成; rows in sheet order) with their `indicatorValue`. */
export function indicatorFigures(rows: readonly IndicatorRow[]): { row: IndicatorRow; cell: ReadCell; value: IndicatorValue }[] {
  return rows.flatMap((row) => [row.quarterValue, row.cumulativeValue].map((cell) => ({ row, cell, value: indicatorValue(cell) })));
}

/** The 指标 words of a finding: the target's metric, else the row's 指标 text as written. */
export function metricOf(spec: TemplateSpec, row: IndicatorRow): string {
  return targetOf(spec, row.targetId)?.target.metric ?? row.metric.text;
}

/** True when the target is a percentage (kind `rate` or measure %). */
export function isRate(target: Target): boolean {
  return target.kind === 'rate' || target.measure === '%';
}

/** True when a target is reported by one unit alone (so one file's figure can be set against the whole target). */
export function soleUnit(item: Item, target: Target): boolean {
  return targetUnits(item, target).length === 1;
}

/** Round for display: at most 2 decimals. */
export function shown(n: number): number {
  return Math.round(n * 100) / 100;
}
