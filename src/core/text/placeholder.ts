import { matchKey } from './normalize';

/**
 * Placeholder texts that report nothing: 无, 暂无, 没有, 空, /, -, —, …, 同上, 同前, 略, 详见附件, 见附件, 附后,
 * 待定, 待补充, 无进展, 暂无进展, 0, N/A, none, TBD. Compared by `matchKey` with punctuation at the end removed.
 */
const PLACEHOLDERS = new Set(
  [
    '无', '暂无', '没有', '空', '无内容', '/', '//', '\\', '-', '--', '—', '——', '…', '……', '...', '.', '。', '*', 'x', '×',
    '同上', '同前', '同上季度', '同上一季度', '略', '详见附件', '见附件', '附后', '详见附表', '见附表', '详见附件材料',
    '待定', '待补充', '待填', '待填写', '无进展', '暂无进展', '本季度无', '本季度暂无', '0', 'n/a', 'na', 'none', 'tbd', 'null',
  ].map((p) => matchKey(p)),
);

/**
 * True when the text is a placeholder (see PLACEHOLDERS) or a bare pointer elsewhere ("详见附件1", "见第3页",
 * "同第一项"), i.e. reports nothing in the cell. Blank text is not a placeholder (it is empty).
 */
export function isPlaceholder(text: string): boolean {
  const key = matchKey(text).replace(/[。.，,；;！!]+$/, '');
  if (key === '') return false;
  if (PLACEHOLDERS.has(key)) return true;
  if (/^(详见|见|参见|详细见)(附件|附表|材料|报告|第.{1,3}页)[0-9一二三四五六七八九十]*$/.test(key)) return true;
  if (/^同(上|前|第.{1,3}项)$/.test(key)) return true;
  return /^[\p{P}\p{S}]+$/u.test(key);
}

/** Characters that carry meaning: letters, digits and CJK ideographs (spaces and punctuation not counted). */
export function meaningfulLength(text: string): number {
  // One native pass, no array of matches (a received cell may hold millions of characters); counted in characters
  // (code points), so a CJK character outside the BMP counts once.
  const kept = text.replace(/[^\p{L}\p{N}]+/gu, '');
  let n = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const c = kept.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

const DONE = /(已|均已|全部|全面|圆满|提前|如期|顺利|超额)(完成|办结|实现|达成|落实到位)|完成全年(任务|目标)?|全部到位/g;

/**
 * True when a progress text reports the work done: 已完成, 均已完成, 全部完成, 圆满完成, 提前完成, 已办结, 已实现,
 * 超额完成, 完成全年任务 …, where the match is not preceded by 未, 没, 不 or 尚 (尚未全部完成 is not done).
 */
export function reportsCompletion(text: string): boolean {
  for (const m of text.matchAll(DONE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (!/[未没不尚]/.test(before)) return true;
  }
  return false;
}
