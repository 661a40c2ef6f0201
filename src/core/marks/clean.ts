import { MARK_PREFIX } from './note';

/**
 * What the add-in adds to a file when it marks it, and how to tell it from what a person made, so a marked file can
 * be re-checked (old marks removed first) and a clean copy made (everything ours removed, nothing else):
 * - a note is ours from MARK_PREFIX on (a person's text before it is theirs and is kept);
 * - a fill is ours on a cell listed in the marks store sheet (its own fill before marking is kept there and put
 *   back), or, in a file marked before the store existed, a mark fill (palette `isMarkFill`) on a cell with our note;
 * - the 校验结果 sheet (results-sheet `isResultsSheet`) and the store sheet itself.
 */

/** The very hidden sheet of an annotated copy that lists the marked cells and their own fills before marking. */
export const MARKS_STORE_SHEET = '进展情况表助手标记';

/** The store sheet's header row (row 1): 工作表, 单元格, and the cell's own fill before marking (JSON, '' for none). */
export const MARKS_STORE_HEADER: readonly string[] = ['工作表', '单元格', '原填充'];

/** One marked cell as the store keeps it. `fill` is the adapter's own fill value as JSON text, '' when none. */
export interface StoredMark {
  sheet: string;
  cell: string;
  fill: string;
}

/**
 * A note's text without the add-in's part: the text before MARK_PREFIX with trailing blank lines and spaces
 * dropped ('' when the whole note is ours), or undefined when the note holds no part of ours.
 */
export function personsNote(note: string): string | undefined {
  const at = note.indexOf(MARK_PREFIX);
  if (at < 0) return undefined;
  return note.slice(0, at).replace(/\s+$/, '');
}

/** True when a sheet with this name and first row is the add-in's marks store. */
export function isMarksStore(name: string, firstRow: readonly (string | null | undefined)[]): boolean {
  return name === MARKS_STORE_SHEET && MARKS_STORE_HEADER.every((h, i) => (firstRow[i] ?? '').trim() === h);
}

/** The store's rows (after the header) as StoredMarks; rows without a sheet or a cell are skipped. */
export function readStoredMarks(rows: readonly (readonly (string | null | undefined)[])[]): StoredMark[] {
  return rows
    .map((r) => ({ sheet: (r[0] ?? '').trim(), cell: (r[1] ?? '').trim().toUpperCase(), fill: (r[2] ?? '').trim() }))
    .filter((m) => m.sheet !== '' && m.cell !== '');
}
