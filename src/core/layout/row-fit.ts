import { displayWidth, heightForLines, linesForWidth, MAX_ROW_HEIGHT } from '../sheet/text-metrics';

/**
 * Excel rows are at most 409 points high (Microsoft: "Excel specifications and limits"); a wrapped text taller than
 * that is in the cell but cannot be seen or printed. A summary text that would need a taller row is split into rows
 * that fit, the parts after the first written with the continuation prefix （续）, as texts over the 32,767-character
 * cell limit already are (merge/split). Heights come from the text metrics both adapters use (sheet/text-metrics).
 */

/** Lines of `fontSize`-point text that fit in one row of Excel's maximum height. */
export function maxLinesPerRow(fontSize: number): number {
  let lines = 1;
  while (heightForLines(lines + 1, fontSize) < MAX_ROW_HEIGHT) lines++;
  return lines;
}

/**
 * Split `text` (one part of a summary cell) into parts that each fit one row of a column `width` character units wide at
 * `fontSize` points: the first as is (with `prefix` when `firstPrefixed`: a part that is a continuation already), each
 * later one measured with `prefix` before it (the layout writes it so).
 * Splits at the last line break that fits; a single paragraph taller than a row is split between characters (never
 * inside a surrogate pair). Joining the parts with "\n" where split at a line break, and with nothing where split inside
 * a line, gives back `text`. Returns `[text]` when it fits (also for ''). Pure.
 */
export function fitRowHeight(text: string, width: number, fontSize: number, prefix: string, firstPrefixed = false): string[] {
  const max = maxLinesPerRow(fontSize);
  const lines = (latinWidths: number) => linesForWidth(latinWidths, width, fontSize);
  const prefixWidth = displayWidth(prefix);
  // One pass over the text: each paragraph's width once, so a text of millions of characters costs linear time.
  const paragraphs = text.split('\n');
  const widths = paragraphs.map(displayWidth);
  const parts: string[] = [];
  // Where the next part starts: paragraph `p`, code unit `at` inside it (after a split between characters), and the
  // display width of that paragraph from `at` on.
  let p = 0;
  let at = 0;
  let rest = widths[0];
  for (;;) {
    const lead = parts.length > 0 || firstPrefixed ? prefixWidth : 0;
    // Whole paragraphs while they fit.
    let used = 0;
    let q = p;
    while (q < paragraphs.length) {
      const l = lines((q === p ? rest : widths[q]) + (q === p ? lead : 0));
      if (used + l > max) break;
      used += l;
      q++;
    }
    const from = paragraphs[p].slice(at);
    if (q === paragraphs.length) {
      parts.push([from, ...paragraphs.slice(p + 1)].join('\n'));
      return parts;
    }
    if (q > p) {
      parts.push([from, ...paragraphs.slice(p + 1, q)].join('\n'));
      p = q;
      at = 0;
      rest = widths[q];
      continue;
    }
    // The paragraph alone is too tall: the longest run of its characters that fits (at least one character).
    let taken = 0;
    let w = 0;
    for (const ch of from) {
      const cw = displayWidth(ch);
      if (taken > 0 && lines(lead + w + cw) > max) break;
      w += cw;
      taken += ch.length;
    }
    parts.push(from.slice(0, taken));
    at += taken;
    rest -= w;
  }
}
