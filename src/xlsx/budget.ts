/**
 * What one merge may still inflate, in bytes, shared by every read of the merge (xlsx/read `ReadOptions.budget`): each
 * zip-based file's declared unpacked size is taken from `remaining` before it is inflated, so many files cannot add up
 * to what one may not. Kept apart from read.ts so the pane's page can make one without loading SheetJS.
 */
export interface UnpackBudget {
  remaining: number;
}

/** Bytes all the files of one merge may inflate together (400 MB; a progress table inflates to well under 1 MB). */
export const MERGE_UNPACK_BUDGET = 400 * 1024 * 1024;

/** A fresh budget for one merge: MERGE_UNPACK_BUDGET bytes, or `bytes`. */
export function mergeBudget(bytes: number = MERGE_UNPACK_BUDGET): UnpackBudget {
  return { remaining: bytes };
}
