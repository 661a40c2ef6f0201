import type { Item, Target, TemplateSpec } from './schema';

/*
 * Questions about the spec's targets that every room asks (the indicator sheet, its checks, the merge of the figures):
 * whose target is it, and which targets does a unit report.
 */

/** Responsible units of a target: its own list when narrower than the item's, else the item's (notice order). */
export function targetUnits(item: Item, target: Target): string[] {
  return target.units ?? item.units;
}

/** The targets a unit reports (all targets when `unit` is undefined), with their items, in the spec's order. */
export function targetsFor(spec: TemplateSpec, unit: string | undefined): { item: Item; target: Target }[] {
  const out: { item: Item; target: Target }[] = [];
  for (const item of spec.items) {
    for (const target of item.targets) {
      if (unit === undefined || targetUnits(item, target).includes(unit)) out.push({ item, target });
    }
  }
  return out;
}
