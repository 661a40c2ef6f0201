/**
 * Received files of one quarter for the ledger tests: every spec unit's template filled with a known text per item
 * ("区卫健局第3项第二季度进展") and a known 累计完成 per target (`figureOf`), as GridBooks (bookFromPlan).
 */
import { filledTemplatePlan, unitContent } from '../../../src/core/layout/template-fill';
import type { BookInput } from '../../../src/core/merge/books';
import type { WorkbookPlan } from '../../../src/core/sheet/plan';
import type { Quarter, Target } from '../../../src/core/spec/schema';
import { quarterLabel } from '../../../src/core/text/quarter';
import { bookFromPlan, LINZI_2026 } from '../../helpers/fixtures';

export const spec = LINZI_2026;

/** The default figure of `unit` for `target` at the end of quarter q: cumulative 10·q + the unit's index; a rate 80 + q. */
export function figureOf(target: Target, unit: string, q: Quarter): number {
  const k = spec.units.findIndex((u) => u.id === unit);
  return target.kind === 'rate' ? 80 + q : 10 * q + k;
}

/** The progress text of `unit` for item n in quarter q (unique per unit, item and quarter). */
export function textOfQuarter(unit: string, n: number, q: Quarter): string {
  return `${unit}第${n}项${quarterLabel(q)}进展：召开推进会，组织开展专项活动，各项措施按计划推进。`;
}

/** Every unit's file of quarter q; `figure` overrides `figureOf` (undefined = blank), `only` restricts the units. */
export function quarterBooks(
  q: Quarter,
  figure: (target: Target, unit: string, q: Quarter) => number | undefined = figureOf,
  only?: readonly string[],
): BookInput[] {
  return quarterPlans(q, figure, only).map(({ file, plan }) => ({ file, book: bookFromPlan(plan, file) }));
}

/** The WorkbookPlans behind `quarterBooks` (for real files: `writeWorkbook`). */
export function quarterPlans(
  q: Quarter,
  figure: (target: Target, unit: string, q: Quarter) => number | undefined = figureOf,
  only?: readonly string[],
): { file: string; plan: WorkbookPlan }[] {
  return spec.units
    .filter((u) => !only || only.includes(u.id))
    .map((u) => {
      const content = unitContent(spec, u.id, {
        text: (n) => textOfQuarter(u.id, n, q),
        deadline: '2026年12月底',
        // 本季度完成: the increment over the default figure of the quarter before (a rate: the rate itself).
        quarterValue: (t) => {
          const v = figure(t, u.id, q);
          return v !== undefined && t.kind === 'cumulative' && q > 1 ? Math.max(0, v - figureOf(t, u.id, (q - 1) as Quarter)) : v;
        },
        cumulative: (t) => figure(t, u.id, q),
        filledOn: `2026年${q * 3}月25日`,
      });
      const file = `${u.id}-Q${q}.xlsx`;
      return { file, plan: filledTemplatePlan(spec, u.id, q, content) };
    });
}

/** A cumulative target with one responsible unit, and that unit (for the fall tests). */
export function soleCumulative(): { target: Target; unit: string } {
  for (const item of spec.items) {
    for (const t of item.targets) {
      const units = t.units ?? item.units;
      if (t.kind === 'cumulative' && units.length === 1) return { target: t, unit: units[0] };
    }
  }
  throw new Error('no sole cumulative target');
}

/** The spec target with id `id`. */
export function targetById(id: string): Target | undefined {
  return spec.items.flatMap((i) => i.targets).find((t) => t.id === id);
}
