import { DEFAULT_PACE } from '../spec/pace';
import type { Quarter, Target, TemplateSpec } from '../spec/schema';
import { targetUnits } from '../spec/targets';
import { indicatorValue } from '../validate/indicator-values';
import type { MergeInput, PaceStatus, TargetAggregate, TargetSummary, TargetUnitValue } from './types';

/**
 * How the units' figures of a target combine:
 * - cumulative counts are summed;
 * - rates are averaged (unweighted mean of the units that gave one: the units' populations are not known, so a
 *   weighted rate cannot be made; each unit's own rate stays visible beside it);
 * - per-person and frequency standards are not combined (a standard is met per unit, not in total).
 */
export function aggregateOf(kind: Target['kind']): TargetAggregate {
  return kind === 'cumulative' ? 'sum' : kind === 'rate' ? 'average' : 'none';
}

function paceOf(target: Target, aggregate: TargetAggregate, completion: number | undefined, expected: number | undefined): PaceStatus {
  if (aggregate === 'none' || target.comparator === '<=' || target.comparator === '<') return 'not-applicable';
  if (completion === undefined) return 'no-data';
  if (completion >= 1) return 'met';
  if (aggregate === 'average') return 'behind';
  return expected !== undefined && completion >= expected ? 'on-track' : 'behind';
}

/**
 * Per target (spec order): each responsible unit's 累计完成 with its `state` (未报送 / 未填指标表 / 未填写 / 有错误 /
 * 无法识别 / a figure) (a figure whose cell carries an error finding, e.g. a
 * rate over 100%, is shown with `excludedBy` and left out of the total) (the target's units, else the item's), then figures from
 * other units (shown, not summed); the total (sum or mean, see `aggregateOf`), completion = total / target value
 * as a ratio, the pace expected by the end of `quarter` (spec.pace or DEFAULT_PACE) and the pace status.
 */
export function mergeTargets(spec: TemplateSpec, winners: ReadonlyMap<string, MergeInput>, quarter: Quarter): TargetSummary[] {
  const pace = spec.pace ?? DEFAULT_PACE;
  const out: TargetSummary[] = [];
  for (const item of spec.items) {
    for (const target of item.targets) {
      const responsible = targetUnits(item, target);
      const perUnit: TargetUnitValue[] = [];
      const valueOf = (unit: string, isResponsible: boolean): TargetUnitValue | undefined => {
        const input = winners.get(unit);
        const row = input?.report?.indicators?.rows.find((r) => r.targetId === target.id);
        if (!input) return isResponsible ? { unit, state: 'missing', text: '', responsible: isResponsible } : undefined;
        if (!row) return isResponsible ? { unit, state: 'no-indicator-sheet', text: '', responsible: isResponsible, file: input.file } : undefined;
        const v: TargetUnitValue = { unit, state: 'empty', text: row.cumulativeValue.text, responsible: isResponsible, file: input.file, cell: row.cumulativeValue.cell };
        // A number cell as is (0.9 formatted as % -> 90); text through parseQuantity ("1.9万" -> 19000, "三场" -> 3).
        const figure = indicatorValue(row.cumulativeValue);
        if (figure.kind === 'empty') return v;
        const flagged = input.findings.find(
          (f) => f.severity === 'error' && f.cell === row.cumulativeValue.cell && f.sheet === input.report?.indicators?.sheet,
        );
        if (flagged) {
          v.state = 'excluded';
          v.excludedBy = flagged.code;
        } else if (figure.kind === 'number') {
          v.state = 'figure';
          v.value = figure.value;
        } else v.state = 'unreadable';
        return v;
      };
      for (const u of responsible) perUnit.push(valueOf(u, true) as TargetUnitValue);
      for (const unit of spec.units) {
        if (responsible.includes(unit.id)) continue;
        const v = valueOf(unit.id, false);
        if (v && v.value !== undefined) perUnit.push(v);
      }
      const aggregate = aggregateOf(target.kind);
      const figures = perUnit.filter((v) => v.responsible && v.value !== undefined).map((v) => v.value as number);
      let total: number | undefined;
      if (figures.length && aggregate === 'sum') total = figures.reduce((a, b) => a + b, 0);
      if (figures.length && aggregate === 'average') total = figures.reduce((a, b) => a + b, 0) / figures.length;
      const completion = total !== undefined && target.value > 0 ? total / target.value : undefined;
      const expected = aggregate === 'sum' ? pace[quarter - 1] : undefined;
      const t: TargetSummary = {
        id: target.id,
        itemNumber: item.number,
        itemName: item.name,
        text: target.text,
        metric: target.metric,
        comparator: target.comparator,
        value: target.value,
        measure: target.measure,
        kind: target.kind,
        perUnit,
        aggregate,
        pace: paceOf(target, aggregate, completion, expected),
      };
      if (total !== undefined) t.total = total;
      if (completion !== undefined) t.completion = completion;
      if (expected !== undefined) t.expected = expected;
      out.push(t);
    }
  }
  return out;
}
