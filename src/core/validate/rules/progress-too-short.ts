import { isPlaceholder, meaningfulLength } from '../../text/placeholder';
import type { Rule } from '../context';
import { checkedRows, finding } from '../context';

/**
 * Fewer meaningful characters (letters, digits, CJK; see `meaningfulLength`) than this is too short to report
 * measures and progress ("已完成" = 3, "正在推进中" = 5; "举办招聘会2场，服务女性求职者300人" = 18).
 */
export const MIN_PROGRESS_CHARS = 10;

/** `progress-too-short` (warning): the unit's progress text is not empty, not a placeholder, and under MIN_PROGRESS_CHARS. */
export const progressTooShort: Rule = (ctx) => {
  if (!ctx.report.sheet) return [];
  return checkedRows(ctx)
    .filter(({ row }) => {
      const t = row.progressText.text;
      return t !== '' && !isPlaceholder(t) && meaningfulLength(t) < MIN_PROGRESS_CHARS;
    })
    .map(({ row }) =>
      finding(ctx, 'progress-too-short', ctx.report.sheet, row.progressText.cell, { length: meaningfulLength(row.progressText.text) }),
    );
};
