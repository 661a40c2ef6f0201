/**
 * Text metrics for sizing cells. Excel does not autofit rows with merged cells, and autofits wrapped CJK text
 * poorly, so layouts compute row heights themselves (Microsoft: "Change the column width or row height in Excel";
 * NOTES.md: AutoFit does nothing on rows with merged cells).
 *
 * Units: a "Latin width" is the advance of one Latin letter or digit; a CJK or full-width character counts as 2.
 * Column widths are Excel character units (the width of "0" in the default 11 pt font, about 7 px at 96 dpi).
 * Row heights are points. The estimates lean generous: a row a little too tall prints fine, a row too short
 * hides text on paper.
 */

/** Excel's maximum row height in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * True for characters drawn full width in Chinese fonts: CJK ideographs, kana, hangul, CJK punctuation
 * (，。、：；（）), full-width forms (ＡＢＣ１２３), and the curly quotes, dashes and ellipsis (“”‘’—…) that
 * Chinese fonts draw full width.
 */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2014 && codePoint <= 0x201f) ||
    codePoint === 0x2026 ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  );
}

/**
 * Display width of one line of text in Latin widths: a wide character (see `isWide`) counts 2, anything else 1,
 * control characters 0. "区卫健局" -> 8, "2026年" -> 6. Line breaks are not special here (see `linesFor`).
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/** Column-width units taken by one Latin width at `fontSize` points (a 12 pt CJK character is about 2.3 units). */
function unitsPerLatinWidth(fontSize: number): number {
  return fontSize / 10.5;
}

/**
 * Column width (Excel character units) that shows `text` on one line at `fontSize` points without wrapping,
 * including the cell's padding. The longest line counts when the text has line breaks.
 */
export function columnWidthFor(text: string, fontSize: number): number {
  // A loop, not Math.max(...lines): a received text may have hundreds of thousands of lines (past the call stack).
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, displayWidth(line));
  return Math.ceil(longest * unitsPerLatinWidth(fontSize) + 1.5);
}

/**
 * Number of lines `text` takes when wrapped in a column `width` character units wide at `fontSize` points:
 * each paragraph (split at "\n") takes at least one line. Empty or missing text takes 0 lines.
 * A width too small to hold one character counts one character per line.
 */
export function linesFor(text: string | null | undefined, width: number, fontSize: number): number {
  if (!text) return 0;
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += linesForWidth(displayWidth(paragraph), width, fontSize);
  return lines;
}

/**
 * Lines one paragraph (no line break) of display width `latinWidths` (`displayWidth`) takes when wrapped in a column
 * `width` character units wide at `fontSize` points: at least 1 (an empty paragraph is one line). `linesFor` sums this
 * over a text's paragraphs.
 */
export function linesForWidth(latinWidths: number, width: number, fontSize: number): number {
  const usable = Math.max(width - 1, 0.1);
  // 5% slack: Latin words wrap whole, punctuation may not start a line (kinsoku).
  const need = latinWidths * unitsPerLatinWidth(fontSize) * 1.05;
  return Math.max(1, Math.ceil(need / usable));
}

/** Height in points of `lines` lines of text at `fontSize` points, with the cell's padding. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((Math.max(1, lines) * fontSize * 1.35 + 5) * 4) / 4);
}

/**
 * Row height in points for a row whose wrapped cells hold `texts[i]` in columns `widths[i]` (character units) at
 * `fontSize` points: the tallest cell wins. `minLines` (default 1) keeps room for handwriting or later typing.
 * Capped at Excel's maximum of 409 points. `texts` and `widths` are parallel; a missing width counts as 8.43
 * (Excel's default).
 */
export function rowHeightFor(
  texts: readonly (string | null | undefined)[],
  widths: readonly number[],
  fontSize: number,
  minLines = 1,
): number {
  let lines = minLines;
  texts.forEach((t, i) => {
    lines = Math.max(lines, linesFor(t, widths[i] ?? 8.43, fontSize));
  });
  return heightForLines(lines, fontSize);
}
