import type { NoticeFinding } from './notice/finding';
import type { SpecDraft } from './schema';

/**
 * What a person must check in a spec read from a notice before it is used (issue 11: "what needs review first"), in
 * this order: the year when unknown, the coordinator when unknown, items without units, then doubtful targets — approximate figures (comparator
 * '~': 约190名, 6.2%左右) and figures that may be a total or a per-person standard (`doubt`). Derived from the spec
 * alone, so a spec imported from a file is checked the same way. Used by the 清单 page and `parse-notice` alike.
 */

/** Kinds of review point: `year-unknown`, `coordinator-unknown`, `item-no-units`, `target-approximate`, `target-total-or-per-person`. */
export type ReviewCode = 'year-unknown' | 'coordinator-unknown' | 'item-no-units' | 'target-approximate' | 'target-total-or-per-person';

/** One point to review: its code, a zh-CN sentence, the item's 序号 (1-based) and target id when it concerns one. */
export type ReviewPoint = { code: ReviewCode; message: string; item?: number; target?: string };

/** The review points of `spec`, year first, then items in order (units before that item's targets). Pure. */
export function reviewPoints(spec: SpecDraft): ReviewPoint[] {
  const out: ReviewPoint[] = [];
  if (spec.year === undefined) out.push({ code: 'year-unknown', message: '通知中没有找到计划年度：请填写年度（完成时限按它检查）。' });
  if (spec.coordinator.trim() === '') out.push({ code: 'coordinator-unknown', message: '通知中没有找到汇总（统筹调度）单位：请填写汇总单位。' });
  for (const item of spec.items) {
    if (item.units.length === 0) {
      out.push({ code: 'item-no-units', message: `第${item.number}项“${item.name}”没有责任单位：请填写责任单位（否则不会向任何单位催报此项）。`, item: item.number });
    }
  }
  for (const item of spec.items) {
    for (const t of item.targets) {
      if (t.comparator === '~') {
        out.push({ code: 'target-approximate', message: `第${item.number}项指标${t.id}“${t.text}”是约数：请确认按${t.value}${t.measure}统计。`, item: item.number, target: t.id });
      }
      if (t.doubt === 'total-or-per-person') {
        out.push({ code: 'target-total-or-per-person', message: `第${item.number}项指标${t.id}“${t.text}”可能是总数，也可能是每人标准：已按总数读取，如是每人标准请改为“每人标准”。`, item: item.number, target: t.id });
      }
    }
  }
  return out;
}

/** The parser findings not already said by `reviewPoints` (year-not-found, item-no-units), in their order. */
export function otherFindings(findings: readonly NoticeFinding[]): NoticeFinding[] {
  return findings.filter((f) => f.code !== 'year-not-found' && f.code !== 'item-no-units');
}
