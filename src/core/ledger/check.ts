import { findingFrom } from '../i18n/catalogue';
import type { MergeInput } from '../merge/types';
import type { Quarter, TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import type { Finding } from '../validate/finding';
import { cumulativeFalls } from '../validate/cumulative-fall';
import { indicatorValue, rowsWithTargets } from '../validate/indicator-values';
import { nearestFigure, unitFigure } from './figures';
import { LEDGER_MESSAGES } from './messages';
import type { Ledger } from './types';

/**
 * The ledger's check of one received file of `quarter`: each cumulative 累计完成 of the file's unit against the
 * unit's figure in the nearest earlier quarter of the ledger (`ledger-cumulative-fell`, the rule `cumulativeFalls`)
 * and, for a quarter merged late, against the nearest later quarter (`ledger-cumulative-above-later`). Only counted
 * figures of the ledger (state 'figure') are compared. Findings are errors at the file's indicator cell, so they
 * count in the unit's roster line and its 退回 text, and the figure is left out of the total (merge/targets).
 * Returns [] for a file without report, unit or indicator sheet. Pure.
 */
export function ledgerFindings(input: MergeInput, spec: TemplateSpec, ledger: Ledger, quarter: Quarter): Finding[] {
  const report = input.report;
  const unit = report?.identity.unit;
  const ind = report?.indicators;
  if (!report || !unit || !ind) return [];
  const file = input.file.split(/[\\/]/).pop() ?? input.file;
  const out: Finding[] = [];
  const earlier = new Map<string, Quarter>();
  const falls = cumulativeFalls(spec, ind.rows, (target) => {
    const near = nearestFigure(ledger, quarter, -1, (r) => unitFigure(r, target, unit));
    if (near) earlier.set(target, near.quarter);
    return near?.value;
  });
  for (const f of falls) {
    out.push(
      findingFrom(LEDGER_MESSAGES, 'ledger-cumulative-fell', { file, sheet: ind.sheet, cell: f.row.cumulativeValue.cell }, {
        metric: f.target.metric,
        cumulative: f.now,
        previous: f.before,
        otherQuarter: quarterLabel(earlier.get(f.target.id) as Quarter),
      }),
    );
  }
  // A quarter merged late: a later quarter's figure in the ledger must not be below this one (the same rule, read
  // from the later quarter's side).
  for (const { row, target } of rowsWithTargets(spec, ind.rows)) {
    if (target.kind !== 'cumulative') continue;
    const now = indicatorValue(row.cumulativeValue);
    const later = nearestFigure(ledger, quarter, 1, (r) => unitFigure(r, target.id, unit));
    if (now.kind !== 'number' || !later || later.value >= now.value) continue;
    out.push(
      findingFrom(LEDGER_MESSAGES, 'ledger-cumulative-above-later', { file, sheet: ind.sheet, cell: row.cumulativeValue.cell }, {
        metric: target.metric,
        cumulative: now.value,
        later: later.value,
        otherQuarter: quarterLabel(later.quarter),
        quarter: quarterLabel(quarter),
      }),
    );
  }
  return out;
}
