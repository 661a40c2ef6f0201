/**
 * Text normalisation for matching what people type against the template: full-width ASCII forms (ＡＢＣ１２３（）：)
 * become half-width, the ideographic space U+3000 and other Unicode spaces become ' ', CRLF, CR and the
 * `_x000D_` escape (seen in files written by some tools) become LF.
 */

/** CRLF, CR and `_x000D_` -> LF. Keeps everything else as is. */
export function normalizeNewlines(text: string): string {
  return text.replace(/_x000D_\n?/gi, '\n').replace(/\r\n?/g, '\n');
}

/** What `toHalfWidth` changes: `_x000D_`, CR, full-width ASCII forms, Unicode spaces. */
const TO_FOLD = /_x000D_|\r|[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200B\u202F\u205F\uFEFF]/i;

/** Full-width ASCII forms and Unicode spaces, folded in one pass. */
const WIDE = /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200B\u202F\u205F\uFEFF]/g;

/** The half-width form of one match of WIDE: U+FF01..U+FF5E -> U+0021..U+007E, a space -> ' '. */
function narrow(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
}

/**
 * Full-width ASCII variants U+FF01..U+FF5E -> U+0021..U+007E; U+3000 and other spaces -> ' '; newlines normalised.
 * It runs on every cell a reader or a rule compares: a text with nothing to fold is returned as it is after one
 * scan, and the width is folded in one pass.
 */
export function toHalfWidth(text: string): string {
  if (!TO_FOLD.test(text)) return text;
  return normalizeNewlines(text).replace(WIDE, narrow);
}

/**
 * A key for comparing labels and names: half-width, every space and line break removed, lower case.
 * "本季度具体措施\n及任务进度情况" and "本季度具体措施及任务 进度情况" give the same key; "责任 单位" = "责任单位".
 */
export function matchKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** True when the text is empty or only spaces (any kind, including U+3000) and line breaks. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || toHalfWidth(text).trim() === '';
}
