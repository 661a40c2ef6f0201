import { districtOf, unitForName } from './notice/units';
import type { Comparator, Item, SpecDraft, Target, TargetKind, Unit } from './schema';
import { resolveUnit, splitUnitList } from '../text/units';

/**
 * Corrections a person makes to a spec parsed from a notice (issue 6: "shows the parsed items, units and targets for
 * review and correction"; the pane's 清单 page offers them). Pure: each returns a new spec and leaves its argument as
 * it was; an unknown item number or target id returns the spec unchanged. The result is checked with
 * `parseTemplateSpec` before use.
 */

/** Replace one item of `spec` (by 序号, 1-based). */
function mapItem<S extends SpecDraft>(spec: S, itemNumber: number, f: (item: Item) => Item): S {
  if (!spec.items.some((i) => i.number === itemNumber)) return spec;
  return { ...spec, items: spec.items.map((i) => (i.number === itemNumber ? f(i) : i)) };
}

/** Set the plan year of a draft (a notice that names none: issue 11); `undefined` clears it. */
export function setYear<S extends SpecDraft>(spec: S, year: number | undefined): S {
  const next = { ...spec };
  if (year === undefined) delete next.year;
  else next.year = year;
  return next;
}

/** Set the coordinator (汇总单位) as typed: a unit of the spec by id, full name or alias gives its id; other text is kept trimmed. */
export function setCoordinator<S extends SpecDraft>(spec: S, text: string): S {
  const match = resolveUnit(text.trim(), { units: spec.units });
  return { ...spec, coordinator: match.kind === 'unit' ? match.unit.id : text.trim() };
}

/** Units still named by an item, the coordinator kept too; the spec's order. */
function pruneUnits<S extends SpecDraft>(spec: S): S {
  const used = new Set([spec.coordinator, ...spec.items.flatMap((i) => [...i.units, ...(i.leadUnits ?? [])])]);
  return { ...spec, units: spec.units.filter((u) => used.has(u.id)) };
}

/** Set the 实事名称 of item `itemNumber` as typed (`tidySpec` trims it before use). */
export function renameItem<S extends SpecDraft>(spec: S, itemNumber: number, name: string): S {
  return mapItem(spec, itemNumber, (i) => ({ ...i, name }));
}

/** The spec as it is used: item names and target measures trimmed (a person's stray spaces are not part of them). */
export function tidySpec<S extends SpecDraft>(spec: S): S {
  return {
    ...spec,
    items: spec.items.map((i) => ({ ...i, name: i.name.trim(), targets: i.targets.map((t) => ({ ...t, measure: t.measure.trim() })) })),
  };
}

/**
 * Set the 责任单位 of item `itemNumber` from a list as a person types it ("区卫健局、区妇联", split by
 * `splitUnitList`). Each name resolves to a unit of the spec (id, full name or alias); a new name becomes a new unit
 * (full name inferred from the issuer's district, as `parseNotice` does). Lead units and target units no longer
 * among the item's are dropped; units no item names any more (nor the coordinator) leave the spec.
 * Returns the new spec and the names that made new units (for the page to ask for a check).
 */
export function setItemUnits<S extends SpecDraft>(spec: S, itemNumber: number, text: string): { spec: S; added: string[] } {
  const units: Unit[] = [...spec.units];
  const added: string[] = [];
  const ids: string[] = [];
  for (const name of splitUnitList(text)) {
    const match = resolveUnit(name, { units });
    let id: string;
    if (match.kind === 'unit') id = match.unit.id;
    else {
      const { unit } = unitForName(name, [], districtOf(spec.issuer));
      units.push(unit);
      added.push(name);
      id = unit.id;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  const next = mapItem({ ...spec, units }, itemNumber, (item) => {
    const lead = item.leadUnits?.filter((u) => ids.includes(u));
    const targets = item.targets.map((t) => {
      if (!t.units) return t;
      const next: Target = { ...t, units: t.units.filter((u) => ids.includes(u)) };
      if (!next.units?.length) delete next.units;
      return next;
    });
    const next: Item = { ...item, units: ids, targets };
    if (lead && lead.length) next.leadUnits = lead;
    else delete next.leadUnits;
    return next;
  });
  return { spec: pruneUnits(next), added };
}

/** The fields of a target the page lets a person correct (`metric`: what is counted; `text`: the figure as written). */
export type TargetPatch = Partial<{ value: number; measure: string; kind: TargetKind; comparator: Comparator; metric: string; text: string }>;

/**
 * Change fields of the target `targetId` (e.g. "2.1"). Other targets, and the target's id and text, stay. Setting
 * `kind` settles a `doubt` (total or per-person): the person has decided, so the mark goes.
 */
export function updateTarget<S extends SpecDraft>(spec: S, targetId: string, patch: TargetPatch): S {
  const item = spec.items.find((i) => i.targets.some((t) => t.id === targetId));
  if (!item) return spec;
  const apply = (t: Target): Target => {
    const next: Target = { ...t, ...patch };
    if (patch.kind !== undefined) delete next.doubt;
    return next;
  };
  return mapItem(spec, item.number, (i) => ({ ...i, targets: i.targets.map((t): Target => (t.id === targetId ? apply(t) : t)) }));
}

/** Delete the target `targetId` (a figure the parser read wrongly). The other targets keep their ids. */
export function removeTarget<S extends SpecDraft>(spec: S, targetId: string): S {
  const item = spec.items.find((i) => i.targets.some((t) => t.id === targetId));
  if (!item) return spec;
  return mapItem(spec, item.number, (i) => ({ ...i, targets: i.targets.filter((t) => t.id !== targetId) }));
}

/** Words of a comparator in a target's text: 不少于 (>=), 超过 (>), 不超过 (<=), 少于 (<), 约 (~), nothing (=). */
const COMPARATOR_WORD: Record<Comparator, string> = { '>=': '不少于', '>': '超过', '<=': '不超过', '<': '少于', '=': '', '~': '约' };

/** The text of a target added by hand, from its requirement, value and measure: "不少于3场次", "约90%". */
export function targetTextOf(t: Pick<Target, 'comparator' | 'value' | 'measure'>): string {
  return `${COMPARATOR_WORD[t.comparator]}${t.value}${t.measure.trim()}`;
}

/**
 * Add a target to item `itemNumber` (one the parser missed): id `${itemNumber}.${k}` one past the item's highest
 * index, metric and measure empty (to be filled: `parseTemplateSpec` refuses them empty), value 0, 不少于, cumulative,
 * text from `targetTextOf`. Returns the spec and the new id; an unknown item gives the spec unchanged and id ''.
 */
export function addTarget<S extends SpecDraft>(spec: S, itemNumber: number): { spec: S; id: string } {
  const item = spec.items.find((i) => i.number === itemNumber);
  if (!item) return { spec, id: '' };
  const next = 1 + Math.max(0, ...item.targets.map((t) => Number(t.id.split('.')[1]) || 0));
  const target: Target = { id: `${itemNumber}.${next}`, text: '', metric: '', comparator: '>=', value: 0, measure: '', kind: 'cumulative' };
  target.text = targetTextOf(target);
  return { spec: mapItem(spec, itemNumber, (i) => ({ ...i, targets: [...i.targets, target] })), id: target.id };
}
