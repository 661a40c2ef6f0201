import { parseChineseInteger } from '../../text/numbers';
import type { ItemSegment } from './items';
import { CIRCLED, CN, sequence } from './sequence';

/**
 * Items whose numbering never starts a line (issue 11): the whole list on one line or in one paragraph,
 * "…方案 一、开展…。二、…", "(1)…(2)…(15)…", a web page's one-paragraph notice. Matched on half-width text.
 */

/** The line-start styles' markers, found anywhere: used when they give more items than the line-start styles. */
const INLINE_STYLES: { re: RegExp; num: (s: string) => number | undefined }[] = [
  { re: new RegExp(`(?<![${CN}第])([${CN}]{1,3})、`, 'gu'), num: parseChineseInteger },
  { re: new RegExp(`\\(([${CN}]{1,3})\\)`, 'gu'), num: parseChineseInteger },
  { re: /\((\d{1,2})\)/gu, num: Number },
  { re: new RegExp(`([${CIRCLED}])`, 'gu'), num: (s) => CIRCLED.indexOf(s) + 1 },
  { re: /(?<![\d.%])(\d{1,2})、/gu, num: Number },
  { re: /(?<![\d.%])(\d{1,2})\.(?![\d%])/gu, num: Number },
];
/** Where a one-paragraph list's last item ends: after the 。 before a closing sentence (各单位要…, 以上…). */
const INLINE_CLOSING_RE = /。(?=\s*(?:各|以上|本通知|请各|联系|特此|附件))/u;

/** The longest run of inline markers 1, 2, 3 … in `body`; the last item ends with its paragraph or closing sentence. */
export function inlineSegments(body: string, limit: number): ItemSegment[] {
  let best: ItemSegment[] = [];
  for (const { re, num } of INLINE_STYLES) {
    const seq = sequence(body, re, num);
    if (seq.length < 2 || seq.length <= best.length) continue;
    const midLine = seq.some((m) => body.slice(body.lastIndexOf('\n', m.start - 1) + 1, m.start).trim() !== '');
    if (!midLine) continue;
    const segments = seq.map((s, i) => ({ ...s, style: 'inline' as const, end: i + 1 < seq.length ? seq[i + 1].start : limit }));
    const last = segments[segments.length - 1];
    const nl = body.indexOf('\n', last.bodyStart);
    if (nl >= 0 && nl < last.end) last.end = nl;
    const closing = INLINE_CLOSING_RE.exec(body.slice(last.bodyStart, last.end));
    if (closing) last.end = last.bodyStart + closing.index + 1;
    best = segments;
  }
  return best;
}

