import { parseChineseInteger } from '../../text/numbers';
import { inlineSegments } from './inline';
import { CIRCLED, CN, restartingSequence, sequence } from './sequence';
import { isUnitList } from './table';
import { readUnitLabels, UNIT_LINE_RE } from './units';

/**
 * Where the items (实事) of a notice are. Styles (issue 6), matched on half-width text:
 * - at the start of a line: 一、 / （一） / 1. / 1、 / (1) / ① — the style whose numbers run 1, 2, 3 … (starting again at
 *   1 per section when no other list's marker lies between: `restartingSequence`) and whose items carry the most unit
 *   labels wins (a 1. list inside 一、 items stays in their descriptions);
 * - the same markers anywhere in a line (`notice/inline.ts`) when they give more items than the line-start styles;
 * - inside a paragraph: 一是… 二是… — used only when no other style gives two items or more.
 * A segment is the text from the marker to the next item's marker; the last item also ends before a closing
 * paragraph (各…/联系…/附件…/特此…) and, once its unit label has been read, before any line that is not a label line.
 */

export type ItemStyle = 'cn' | 'cn-paren' | 'arabic-dot' | 'arabic-comma' | 'arabic-paren' | 'circled' | 'shi' | 'inline';

/** One item's place in the text: 0-based offsets [start, end) of the whole segment, where its body begins, its number. */
export type ItemSegment = { number: number; start: number; bodyStart: number; end: number; style: ItemStyle };

const LINE_STYLES: { style: ItemStyle; re: RegExp; num: (s: string) => number | undefined }[] = [
  { style: 'cn', re: new RegExp(`^[ \\t]*([${CN}]+)、`, 'gmu'), num: parseChineseInteger },
  { style: 'cn-paren', re: new RegExp(`^[ \\t]*\\(([${CN}]+)\\)`, 'gmu'), num: parseChineseInteger },
  { style: 'arabic-dot', re: /^[ \t]*(\d{1,3})\.(?!\d)/gmu, num: Number },
  { style: 'arabic-comma', re: /^[ \t]*(\d{1,3})、/gmu, num: Number },
  { style: 'arabic-paren', re: /^[ \t]*\((\d{1,3})\)/gmu, num: Number },
  { style: 'circled', re: new RegExp(`^[ \\t]*([${CIRCLED}])`, 'gmu'), num: (s) => CIRCLED.indexOf(s) + 1 },
];
const SHI_RE = new RegExp(`([${CN}]+)是`, 'gu');
const CLOSING_RE = /^[ \t]*(?:各|联系|附件|特此|本通知|以上|此件|\(此件)/u;

/** Offset where the last item ends (exclusive), see the module comment. */
function lastItemEnd(h: string, bodyStart: number, end: number, hasUnits: (s: string) => boolean): number {
  let pos = h.indexOf('\n', bodyStart);
  if (pos < 0 || pos >= end) return end;
  let sawUnits = hasUnits(h.slice(bodyStart, pos)) && /。/u.test(h.slice(bodyStart, pos));
  let inLabel = false;
  while (pos < end) {
    const lineStart = pos + 1;
    let lineEnd = h.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = h.slice(lineStart, lineEnd);
    const label = UNIT_LINE_RE.test(line);
    if (!label && inLabel && isUnitList(line)) {
      pos = lineEnd;
      continue;
    }
    inLabel = (label && readUnitLabels(line).length === 0) || (inLabel && line.trim() === '');
    if (label) sawUnits = true;
    else if (line.trim() !== '' && (sawUnits || CLOSING_RE.test(line))) return pos;
    else if (hasUnits(line)) sawUnits = true;
    pos = lineEnd;
  }
  return end;
}

/**
 * The item segments of the half-width text `h` up to `limit` (the attachment's start, or its length), in order, and
 * the style found; no segments when no style gives an item. `hasUnits` tells whether a text carries a unit label.
 */
export function findItemSegments(h: string, limit: number, hasUnits: (s: string) => boolean): { style?: ItemStyle; segments: ItemSegment[] } {
  const body = h.slice(0, limit);
  let best: { style: ItemStyle; segments: ItemSegment[]; score: number; first: number } | undefined;
  // Markers of every line-start style that numbers two items or more: a restart of another style may not cross them.
  const plain = LINE_STYLES.map(({ re, num }) => sequence(body, re, num));
  const markersOf = plain.map((seq) => (seq.length >= 2 ? seq.map((m) => m.start) : []));
  for (const [k, { style, re, num }] of LINE_STYLES.entries()) {
    const others = markersOf.filter((_, j) => j !== k).flat();
    let seq = restartingSequence(body, re, num, (from, to) => others.some((p) => p > from && p < to));
    // Runs without any unit label beside runs with them are other numbered paragraphs (要求, 保障措施): dropped.
    const labelled = new Set(seq.filter((m, i) => hasUnits(body.slice(m.start, i + 1 < seq.length ? seq[i + 1].start : limit))).map((m) => m.run));
    if (labelled.size > 0 && labelled.size < new Set(seq.map((m) => m.run)).size) {
      seq = seq.filter((m) => labelled.has(m.run)).map((m, i) => ({ ...m, number: i + 1 }));
    }
    if (seq.length === 0) continue;
    const segments = seq.map((s, i) => ({ ...s, style, end: i + 1 < seq.length ? seq[i + 1].start : limit }));
    const last = segments[segments.length - 1];
    last.end = lastItemEnd(body, last.bodyStart, last.end, hasUnits);
    const score = segments.filter((s) => hasUnits(body.slice(s.start, s.end))).length;
    const candidate = { style, segments, score, first: seq[0].start };
    if (!best || score > best.score || (score === best.score && (segments.length > best.segments.length || (segments.length === best.segments.length && candidate.first < best.first)))) {
      best = candidate;
    }
  }
  const inline = inlineSegments(body, limit);
  if (best && best.segments.length >= 2 && best.segments.length >= inline.length) return { style: best.style, segments: best.segments };
  if (inline.length >= 2) return { style: 'inline', segments: inline };
  const shi = sequence(body, SHI_RE, parseChineseInteger);
  if (shi.length >= 2) {
    const paragraphEnd = (() => {
      const i = body.indexOf('\n', shi[shi.length - 1].bodyStart);
      return i < 0 ? limit : i;
    })();
    const segments = shi.map((s, i) => ({ ...s, style: 'shi' as const, end: i + 1 < shi.length ? shi[i + 1].start : paragraphEnd }));
    return { style: 'shi', segments };
  }
  return best ? { style: best.style, segments: best.segments } : { segments: [] };
}
