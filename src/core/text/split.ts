/**
 * Excel holds at most 32,767 characters in a cell (Microsoft: "Excel specifications and limits"; counted in UTF-16
 * code units). A joined summary text longer than that is never cut: it is split into parts that each fit, and the
 * layout writes the parts after the first in continuation rows (续).
 */

/** Excel's cell limit in characters (UTF-16 code units). */
export const EXCEL_CELL_LIMIT = 32767;

/**
 * Split `text` into parts of at most `limit` UTF-16 code units whose concatenation with "\n" between parts that
 * were split at a line break (and nothing between parts split inside a line) gives back `text` exactly. Splits at
 * the last line break that fits; a line longer than the limit is split at the limit (never inside a surrogate
 * pair). Returns `[text]` when it fits (also for ''). `limit` below 2 throws RangeError.
 *
 * The separators are not kept in the parts: each part starts at a line start where possible.
 */
export function splitForCells(text: string, limit: number = EXCEL_CELL_LIMIT): string[] {
  if (!(limit >= 2)) throw new RangeError(`limit must be at least 2, got ${limit}`);
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const nl = rest.lastIndexOf('\n', limit);
    if (nl > 0) {
      parts.push(rest.slice(0, nl));
      rest = rest.slice(nl + 1);
      continue;
    }
    let cut = limit;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // keep a surrogate pair together
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/**
 * Prefix of a continuation row's text (续): the layouts write parts after the first as CONTINUATION + part, so parts
 * are split to leave room for it.
 */
export const CONTINUATION = '（续）';

/** Split a text for cells that leave room for the continuation prefix. */
export function splitWithContinuation(text: string): string[] {
  return splitForCells(text, EXCEL_CELL_LIMIT - CONTINUATION.length);
}
