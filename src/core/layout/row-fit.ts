import { heightForLines, linesFor, MAX_ROW_HEIGHT } from '../sheet/text-metrics';

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
  const fits = (t: string, first: boolean) => linesFor(first && !firstPrefixed ? t : prefix + t, width, fontSize) <= max;
  if (fits(text, true)) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest !== '' && !fits(rest, parts.length === 0)) {
    const first = parts.length === 0;
    // Whole paragraphs while they fit.
    let cut = -1;
    for (let nl = rest.indexOf('\n'); nl > 0; nl = rest.indexOf('\n', nl + 1)) {
      if (!fits(rest.slice(0, nl), first)) break;
      cut = nl;
    }
    if (cut > 0) {
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
      continue;
    }
    // The first paragraph alone is too tall: the longest prefix of characters that fits.
    const chars = Array.from(rest.split('\n')[0]);
    let lo = 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(chars.slice(0, mid).join(''), first)) lo = mid;
      else hi = mid - 1;
    }
    const head = chars.slice(0, lo).join('');
    parts.push(head);
    rest = rest.slice(head.length);
  }
  parts.push(rest);
  return parts;
}
