import { countedFigures, increment, previousQuarter, quarterOf, totalFigure, totalIncrement, unitFigure } from '../ledger/figures';
import type { Ledger, LedgerQuarter } from '../ledger/types';
import type { PlanDataBar, SheetPlan } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import type { Item, Target, TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { targetUnits } from '../spec/targets';
import { LEDGER_SHEET_NAMES, QUARTERS, ledgerTitle } from './ledger-names';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
import { PACE_TEXT, unitFigureText } from './summary-targets';
import type { SummaryStyleKey } from './summary-styles';

/** 0-based row of the column headers. */
export const LEDGER_TARGETS_HEADER_ROW = 2;
/** Columns before the quarters: 编号 / 实事名称 / 指标 / 目标值 / 责任单位. */
const FIXED_WIDTHS = [7, 16, 20, 10, 12];
/** Per quarter: 累计完成 / 本季度新增 / 完成率 / 进度. */
const QUARTER_WIDTHS = [10, 10, 9, 10];
/** Label of a target's total row in the 责任单位 column. */
export const TOTAL_LABEL = '合计';

/** 0-based column of quarter q's `part` (0 累计完成, 1 本季度新增, 2 完成率, 3 进度). */
export function ledgerTargetColumn(q: number, part: 0 | 1 | 2 | 3): number {
  return FIXED_WIDTHS.length + (q - 1) * QUARTER_WIDTHS.length + part;
}

/** The units of a target's rows: the target's responsible units (else the item's), then other units that wrote a figure in some quarter. */
export function ledgerTargetUnits(ledger: Ledger, item: Item, target: Target): string[] {
  const own = targetUnits(item, target);
  const others = new Set<string>();
  for (const q of ledger.quarters) for (const f of q.figures) if (f.target === target.id && !own.includes(f.unit)) others.add(f.unit);
  return [...own, ...[...others].sort()];
}

/**
 * 指标台账 (role 'ledger-targets'): per target (spec order) one row per unit, then its 合计 row (0-based rows: 0
 * title, 1 note, 2 header, 3… data). Columns 编号 / 实事名称 / 指标 / 目标值 / 责任单位, then for each quarter 1..4:
 * 累计完成 (base units: persons, 场次; a rate in %), 本季度新增 (the figure minus the nearest earlier quarter's; in
 * the first quarter the figure itself; blank when no earlier quarter is recorded; negative = it fell, shown in the
 * warning fill; on the 合计 row the sum of the units' increments over the units counted in both quarters,
 * `totalIncrement`), 完成率 (figure / target as a ratio, 0.0 %, with a data bar 0..100 %) and 进度 (the merge's pace
 * word on the 合计 row, and on the unit row when the unit alone is responsible). A unit's figure that was not counted
 * (未报送, 未填写, 有错误 …) shows the merge's words instead of a number. A quarter not yet merged is blank.
 */
export function ledgerTargetsPlan(ledger: Ledger, spec: TemplateSpec): SheetPlan {
  const widths = [...FIXED_WIDTHS, ...QUARTERS.flatMap(() => QUARTER_WIDTHS)];
  const b = summarySheetBuilder(widths);
  b.fullRow(0, ledgerTitle(spec.tableTitle, '指标'), 'title', SIZES.title);
  b.fullRow(1, '累计完成为各单位报送的累计数；本季度新增＝本季度累计－上次记入的累计；完成率＝累计完成÷目标值；合计行为纳入汇总的各单位之和（比率为平均），合计的本季度新增只比较两个季度都计入的单位。', 'line', SIZES.body);
  b.headerRow(LEDGER_TARGETS_HEADER_ROW, [
    '编号',
    '实事名称',
    '指标',
    '目标值',
    '责任单位',
    ...QUARTERS.flatMap((q) => [`${quarterLabel(q)}\n累计完成`, '本季度\n新增', '完成率', '进度']),
  ]);
  let row = LEDGER_TARGETS_HEADER_ROW + 1;
  for (const item of spec.items) {
    for (const target of item.targets) {
      const start = row;
      const units = ledgerTargetUnits(ledger, item, target);
      const sole = targetUnits(item, target).length === 1;
      const line = (unit: string | undefined) => {
        const texts = [target.id, item.name, target.metric, target.text, unit ?? TOTAL_LABEL];
        b.put(row, 0, target.id, 'center');
        b.put(row, 1, item.name, 'left');
        b.put(row, 2, target.metric, 'left');
        b.put(row, 3, target.text, 'left');
        b.put(row, 4, unit ?? TOTAL_LABEL, unit ? 'center' : 'section');
        for (const q of QUARTERS) {
          const record = quarterOf(ledger, q);
          const cols = [0, 1, 2, 3].map((p) => ledgerTargetColumn(q, p as 0 | 1 | 2 | 3));
          if (!record) {
            cols.forEach((c) => b.put(row, c, null, 'center'));
            continue;
          }
          const value = (r: typeof record) => (unit ? unitFigure(r, target.id, unit) : totalFigure(r, target.id));
          const v = value(record);
          const f = unit ? record.figures.find((x) => x.target === target.id && x.unit === unit) : undefined;
          const shown: string | number | null = v !== undefined ? v : unit ? (f ? unitFigureText(f) : '—') : '—';
          b.put(row, cols[0], shown, typeof shown === 'number' ? 'number' : 'center');
          const inc = target.kind !== 'cumulative' ? undefined : unit ? increment(ledger, q, value) : totalRowIncrement(ledger, record, target.id);
          b.put(row, cols[1], inc ?? null, inc !== undefined && inc < 0 ? 'warn' : 'number');
          const completion = v !== undefined && target.value > 0 ? v / target.value : undefined;
          b.put(row, cols[2], completion ?? null, 'percent');
          const total = record.totals.find((x) => x.target === target.id);
          const pace = total && (!unit || sole) ? PACE_TEXT[total.pace] : null;
          const paceStyle: SummaryStyleKey = total?.pace === 'behind' && pace ? 'warn' : 'center';
          b.put(row, cols[3], pace, paceStyle);
          texts.push(String(shown));
        }
        b.rowHeights[row] = rowHeightFor(texts, widths, SIZES.body);
        row++;
      };
      for (const unit of units) line(unit);
      line(undefined);
      for (const c of [0, 1, 2, 3]) b.merges.push({ r0: start, c0: c, r1: row - 1, c1: c });
    }
  }
  const last = Math.max(row - 1, LEDGER_TARGETS_HEADER_ROW + 1);
  const dataBars: PlanDataBar[] = QUARTERS.map((q) => {
    const c = ledgerTargetColumn(q, 2);
    return { range: { r0: LEDGER_TARGETS_HEADER_ROW + 1, c0: c, r1: last, c1: c }, color: '#5B9BD5', min: 0, max: 1 };
  });
  return b.plan({ name: LEDGER_SHEET_NAMES.targets, role: 'ledger-targets', headerRow: LEDGER_TARGETS_HEADER_ROW, dataBars });
}

/** The 合计 row's 本季度新增: in the first quarter the total itself, else `totalIncrement` against the nearest earlier quarter. */
function totalRowIncrement(ledger: Ledger, record: LedgerQuarter, target: string): number | undefined {
  if (record.quarter === 1) return totalFigure(record, target);
  return totalIncrement(countedFigures(record, target), previousQuarter(ledger, record.quarter), target)?.value;
}
