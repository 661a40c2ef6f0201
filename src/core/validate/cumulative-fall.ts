import type { IndicatorRow } from '../read/report';
import type { Item, Target, TemplateSpec } from '../spec/schema';
import { indicatorValue, rowsWithTargets } from './indicator-values';

/** One cumulative figure that is below an earlier one (figures in the target's base units: persons, 场次 …). */
export interface CumulativeFall {
  row: IndicatorRow;
  item: Item;
  target: Target;
  /** This report's 累计完成. */
  now: number;
  /** The earlier figure it fell below. */
  before: number;
}

/**
 * The rule "a cumulative figure cannot fall" (DESIGN, domain rules; the notice's targets are annual totals): for each
 * indicator row of a cumulative target whose 累计完成 is a number, compare it with `earlier(targetId)` (the same
 * unit's figure of an earlier quarter, from the previous report or from the ledger; undefined = nothing to compare)
 * and return the rows where it is lower, in sheet order. Used by the `indicator-cumulative-fell` rule
 * (`validate --previous`) and by the ledger's check at merge time (core/ledger). Pure; never throws.
 */
export function cumulativeFalls(
  spec: TemplateSpec,
  rows: readonly IndicatorRow[],
  earlier: (targetId: string) => number | undefined,
): CumulativeFall[] {
  const out: CumulativeFall[] = [];
  for (const { row, item, target } of rowsWithTargets(spec, rows)) {
    if (target.kind !== 'cumulative') continue;
    const now = indicatorValue(row.cumulativeValue);
    const before = earlier(target.id);
    if (now.kind === 'number' && before !== undefined && now.value < before) out.push({ row, item, target, now: now.value, before });
  }
  return out;
}
