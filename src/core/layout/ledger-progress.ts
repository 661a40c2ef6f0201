import type { Ledger } from '../ledger/types';
import { quarterOf } from '../ledger/figures';
import { MARK_EMPTY, MARK_MISSING, MARK_UNREADABLE } from '../merge/items';
import type { SheetPlan } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import type { TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { LEDGER_SHEET_NAMES, QUARTERS, ledgerTitle } from './ledger-names';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';

const FIXED_WIDTHS = [6, 18, 12];
const QUARTER_WIDTHS = [40, 12];
/** 0-based row of the column headers. */
export const LEDGER_PROGRESS_HEADER_ROW = 2;

/** The units of an item in the ledger's rows: the spec's responsible units in the notice's order, then any other unit that wrote a row in some quarter. */
export function ledgerItemUnits(ledger: Ledger, item: { number: number; units: string[] }): string[] {
  const others = new Set<string>();
  for (const q of ledger.quarters) for (const p of q.progress) if (p.item === item.number && !item.units.includes(p.unit)) others.add(p.unit);
  return [...item.units, ...[...others].sort()];
}

/**
 * 进展台账 (role 'ledger-progress'): one row per item and unit (0-based rows: 0 title, 1 the quarters recorded, 2 the
 * header, 3… data; 序号 and 实事名称 merged over an item's rows); columns 序号 / 实事名称 / 责任单位, then for each
 * quarter 1..4 its 本季度具体措施及任务进度情况 and 完成时限, as the unit wrote them (verbatim, written as text).
 * A quarter not yet merged is blank; a unit that did not report it shows （未报送）, an empty row （未填写）.
 */
export function ledgerProgressPlan(ledger: Ledger, spec: TemplateSpec): SheetPlan {
  const widths = [...FIXED_WIDTHS, ...QUARTERS.flatMap(() => QUARTER_WIDTHS)];
  const b = summarySheetBuilder(widths);
  b.fullRow(0, ledgerTitle(spec.tableTitle, '进展'), 'title', SIZES.title);
  const recorded = ledger.quarters.map((q) => quarterLabel(q.quarter)).join('、') || '无';
  b.fullRow(1, `清单：${spec.listTitle}（${spec.documentNumber}）；已记入：${recorded}`, 'line', SIZES.body);
  b.headerRow(LEDGER_PROGRESS_HEADER_ROW, ['序号', '实事名称', '责任单位', ...QUARTERS.flatMap((q) => [`${quarterLabel(q)}\n进展情况`, `${quarterLabel(q)}\n完成时限`])]);
  let row = LEDGER_PROGRESS_HEADER_ROW + 1;
  for (const item of spec.items) {
    const start = row;
    for (const unit of ledgerItemUnits(ledger, item)) {
      const texts: string[] = [String(item.number), item.name, unit];
      b.put(row, 0, item.number, 'index');
      b.put(row, 1, item.name, 'left');
      b.put(row, 2, unit, 'center');
      QUARTERS.forEach((q, k) => {
        const record = quarterOf(ledger, q);
        const p = record?.progress.find((x) => x.item === item.number && x.unit === unit);
        const text = !record ? null : !p ? MARK_MISSING : p.status === 'filled' ? p.progressText : p.status === 'empty' ? MARK_EMPTY : p.status === 'unreadable' ? MARK_UNREADABLE : MARK_MISSING;
        const style = !record || p?.status === 'filled' ? 'text' : 'marker';
        b.put(row, 3 + 2 * k, text, style);
        b.put(row, 4 + 2 * k, record && p ? p.deadline : null, 'center');
        texts.push(text ?? '', p?.deadline ?? '');
      });
      b.rowHeights[row] = rowHeightFor(texts, widths, SIZES.body);
      row++;
    }
    if (row - 1 > start) b.merges.push({ r0: start, c0: 0, r1: row - 1, c1: 0 }, { r0: start, c0: 1, r1: row - 1, c1: 1 });
  }
  return b.plan({ name: LEDGER_SHEET_NAMES.progress, role: 'ledger-progress', headerRow: LEDGER_PROGRESS_HEADER_ROW });
}
