import type { Rule } from '../context';
import { finding, hasCell } from '../context';

/**
 * `item-unknown`: a row whose 序号 and 实事名称 match no item. An error when the row holds progress text (it would be
 * lost in the summary), a warning otherwise. Points at the 序号 cell (else 实事名称, else the text).
 */
export const itemUnknown: Rule = (ctx) => {
  const { report } = ctx;
  if (!report.sheet) return [];
  return report.rows
    .filter((r) => r.itemNumber === undefined)
    .map((r) => {
      const at = [r.number, r.name, r.progressText, r.deadline].find((c) => hasCell(c) && c.text !== '') ?? r.number;
      const text = [r.number.text, r.name.text].filter((t) => t !== '').join(' ') || r.progressText.text.slice(0, 20);
      return finding(ctx, 'item-unknown', report.sheet, at.cell, { text }, r.progressText.text !== '' ? 'error' : 'warning');
    });
};
