import type { PaceStatus } from '../merge/types';
import type { Item, Quarter, Target, TemplateSpec } from '../spec/schema';
import { totalFigure } from './figures';
import type { Ledger } from './types';

/** One target's line of the pace view (进度一览): its totals by quarter and where it stands in the latest quarter. */
export interface PaceLine {
  item: Item;
  target: Target;
  /** The total (base units) of each quarter 1..4 (index 0 = 第一季度); undefined when not merged or no figure. */
  byQuarter: (number | undefined)[];
  /** The latest quarter recorded (the view's quarter), when any. */
  quarter?: Quarter;
  /** Of that quarter: completion (ratio), expected share (ratio, cumulative targets), pace status. */
  completion?: number;
  expected?: number;
  pace: PaceStatus;
}

const PACE_ORDER: Record<PaceStatus, number> = { behind: 0, 'no-data': 1, 'on-track': 2, met: 3, 'not-applicable': 4 };

/**
 * Every target of `spec` with its totals by quarter from the ledger, the items behind pace first (DESIGN: behind
 * pace is a warning): behind (largest shortfall below the expected share first), then no figure, on track, met,
 * not applicable; spec order within a group. `quarter` = the quarter to judge (default: the latest in the ledger).
 * Pure; an empty ledger gives every target with pace 'no-data'.
 */
export function paceLines(ledger: Ledger, spec: TemplateSpec, quarter?: Quarter): PaceLine[] {
  const q = quarter ?? ledger.quarters[ledger.quarters.length - 1]?.quarter;
  const record = q !== undefined ? ledger.quarters.find((x) => x.quarter === q) : undefined;
  const lines: (PaceLine & { order: number })[] = [];
  let order = 0;
  for (const item of spec.items) {
    for (const target of item.targets) {
      const t = record?.totals.find((x) => x.target === target.id);
      const line: PaceLine & { order: number } = {
        item,
        target,
        byQuarter: [1, 2, 3, 4].map((n) => totalFigure(ledger.quarters.find((x) => x.quarter === n), target.id)),
        pace: t?.pace ?? 'no-data',
        order: order++,
      };
      if (q !== undefined) line.quarter = q;
      if (t?.completion !== undefined) line.completion = t.completion;
      if (t?.expected !== undefined) line.expected = t.expected;
      lines.push(line);
    }
  }
  const gap = (l: PaceLine) => (l.completion ?? 0) - (l.expected ?? 1);
  lines.sort((a, b) => PACE_ORDER[a.pace] - PACE_ORDER[b.pace] || (a.pace === 'behind' ? gap(a) - gap(b) : 0) || a.order - b.order);
  return lines.map(({ order: _order, ...l }) => l);
}

/** A text bar of a ratio for a cell or a terminal: 10 blocks, "■■■■■□□□□□ 50%" (capped at 10 blocks above 100 %). */
export function textBar(ratio: number | undefined, blocks = 10): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '';
  const full = Math.max(0, Math.min(blocks, Math.round(ratio * blocks)));
  return `${'■'.repeat(full)}${'□'.repeat(blocks - full)} ${Math.round(ratio * 100)}%`;
}
