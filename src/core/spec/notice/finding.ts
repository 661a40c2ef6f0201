/**
 * What `parseNotice` could not read with certainty. Each finding has a stable kebab-case `code`, a zh-CN `message`
 * for the person reviewing the parsed spec, and the 1-based `line` of the notice text it concerns (lines counted after
 * CRLF/CR -> LF). Findings are data; the caller decides how to show them.
 */
export type NoticeFindingCode =
  | 'items-not-found'
  | 'item-no-units'
  | 'item-no-targets'
  | 'unit-not-in-directory'
  | 'target-no-measure'
  | 'target-range'
  | 'target-comparator-conflict'
  | 'title-not-found'
  | 'table-title-derived'
  | 'issuer-not-found'
  | 'document-number-not-found'
  | 'date-not-found'
  | 'year-not-found'
  | 'year-range'
  | 'coordinator-not-found'
  | 'columns-not-found'
  | 'attachment-mismatch'
  | 'units-from-attachment';

/** One finding of `parseNotice`: code, zh-CN message, 1-based line when it concerns one place. */
export type NoticeFinding = { code: NoticeFindingCode; message: string; line?: number };

/** Builds a finding, leaving `line` out when undefined so whole-object comparisons stay simple. */
export function noticeFinding(code: NoticeFindingCode, message: string, line?: number): NoticeFinding {
  return line === undefined ? { code, message } : { code, message, line };
}

/** 1-based line number of a 0-based offset in an LF-separated text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
