import type { MergeInput } from './types';

/** Keys the merge sorts and compares inputs by, the same on every machine. */

/** Plain code-unit comparison (not locale-dependent, so the order is the same on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The content of one input as read (unit, quarter, 填报日期, each row's text and deadline, each figure; for an
 * unreadable file its error code): the last sort key after file name and modification time (two inputs with the same
 * name and time but different content still get a fixed order), and what tells two files as the same submission
 * (same-content.ts).
 */
export function contentKey(input: MergeInput): string {
  const r = input.report;
  if (!r) return `!${input.error?.code ?? ''}`;
  const rows = r.rows.map((row) => `${row.itemNumber ?? ''}:${row.progressText.text}:${row.deadline.text}`).join('|');
  const ind = (r.indicators?.rows ?? []).map((row) => `${row.targetId ?? ''}:${row.cumulativeValue.text}`).join('|');
  return `${r.identity.unit ?? ''}|${r.identity.quarter ?? ''}|${r.identity.filledOn ?? ''}|${rows}|${ind}`;
}

/** The file name part of a path (after the last / or \). */
export function baseName(file: string): string {
  const m = /[^/\\]*$/.exec(file);
  return m ? m[0] : file;
}
