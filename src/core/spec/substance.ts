import { matchKey } from '../text/normalize';
import type { Item, SpecDraft, Target } from './schema';

/** A target's substance: value (base units), measure (计量单位), comparator and kind. */
function sameTarget(a: Target, b: Target): boolean {
  return a.value === b.value && matchKey(a.measure) === matchKey(b.measure) && a.comparator === b.comparator && a.kind === b.kind;
}

/** An item's substance: 序号, 实事名称 (compared by `matchKey`), 责任单位 in order, and its targets in order. */
function sameItem(a: Item, b: Item): boolean {
  return (
    a.number === b.number &&
    matchKey(a.name) === matchKey(b.name) &&
    a.units.length === b.units.length &&
    a.units.every((u, i) => u === b.units[i]) &&
    a.targets.length === b.targets.length &&
    a.targets.every((t, i) => sameTarget(t, b.targets[i]))
  );
}

/**
 * True when two specs ask the same of the same units: the plan year, and item by item (in order) 序号, 实事名称
 * (ignoring spaces, line breaks, full-width forms), 责任单位 (unit ids, in the notice's order) and targets (in order:
 * value in base units, measure, comparator, kind). Ignored: ids and versions, titles and wording (metric, target text,
 * item description), aliases, columns, pace, and target `units` (the notice parser never infers them).
 * Used so that a notice parsed again that says what the embedded list says is treated as the embedded list
 * (no `template-version-differs` on every file). Never throws on two valid specs; a draft with no year is never the same.
 */
export function sameSubstance(a: SpecDraft, b: SpecDraft): boolean {
  return a.year !== undefined && a.year === b.year && a.items.length === b.items.length && a.items.every((item, i) => sameItem(item, b.items[i]));
}
