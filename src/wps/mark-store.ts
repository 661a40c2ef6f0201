import { cellAt } from '../core/sheet/grid';
import { uniqueSheetName } from '../core/sheet/names';
import type { SheetPlan } from '../core/sheet/plan';
import type { MarkRecord } from '../excel/mark-store';
import type { WpsWorkbook, WpsWorksheet } from './api';
import { addSheetAtEnd, writeSheetPlan, writeValues } from './apply-plan';
import { readSheet, type WpsSheetInfo } from './read-grid';

/**
 * Where the WPS adapter remembers the cells it marked and each cell's own fill, so 清除标记 restores them exactly
 * (the records of excel/mark-store, `MarkRecord`). WPS has no add-in settings inside the document (Office's
 * `document.settings`), and a custom document property holds at most 255 characters, so the records live in a very
 * hidden sheet of the workbook, `_ptmarks`: row 1 the marker, then one row per marked cell (sheet, A1 cell, own fill
 * "#RRGGBB" or "", note "1"/"0"), all as text. It travels with the workbook, so the pane and the ribbon (two pages of
 * one 加载项) and a later session share it. Readers of the book for validation and merging leave it out.
 */

/** Name wanted for the marks sheet (a clash gets "_ptmarks (2)" …; the marker in A1 tells it). */
export const MARKS_SHEET = '_ptmarks';
/** A1 of the marks sheet. */
export const MARKS_MARKER = 'progress-table-marks';

/** The marks sheet found in the list, with its records; undefined when the workbook has none. */
export interface FoundStore {
  name: string;
  worksheet: WpsWorksheet;
  records: MarkRecord[];
  /** Rows the sheet's used range reaches (1-based last row), for blanking rows no longer used. */
  lastRow: number;
}

/** Find and read the marks sheet among `sheets` (the list as read): only sheets named `_ptmarks…` are read. */
export function readStore(workbook: WpsWorkbook, sheets: readonly WpsSheetInfo[]): FoundStore | undefined {
  for (const s of sheets) {
    if (!s.name.startsWith(MARKS_SHEET)) continue;
    const worksheet = workbook.Worksheets.Item(s.index);
    const grid = readSheet(worksheet, s);
    if (cellAt(grid, 0, 0)?.value !== MARKS_MARKER) continue;
    const records: MarkRecord[] = [];
    for (let r = 1; r < grid.origin.row + grid.rows.length; r++) {
      const text = (c: number) => {
        const v = cellAt(grid, r, c)?.value;
        return v === null || v === undefined ? '' : String(v);
      };
      const sheet = text(0);
      const cell = text(1);
      if (!sheet || !cell) continue;
      records.push({ sheet, cell, fill: /^#[0-9A-F]{6}$/i.test(text(2)) ? text(2).toUpperCase() : null, note: text(3) === '1' });
    }
    return { name: s.name, worksheet, records, lastRow: grid.origin.row + grid.rows.length };
  }
  return undefined;
}

/** The marks sheet's plan for `records` (very hidden, text cells), padded with blank rows up to `rows`. */
function storePlan(records: readonly MarkRecord[], name: string, rows = 0): SheetPlan {
  const cells = [{ row: 0, col: 0, value: MARKS_MARKER, style: 'text' }];
  const total = Math.max(records.length + 1, rows);
  for (let i = 1; i < total; i++) {
    const r = records[i - 1];
    const values = r ? [r.sheet, r.cell, r.fill ?? '', r.note ? '1' : '0'] : ['', '', '', ''];
    values.forEach((value, col) => cells.push({ row: i, col, value, style: 'text' }));
  }
  return { name, role: 'metadata', visibility: 'veryHidden', styles: { text: { numberFormat: '@' } }, cells, merges: [], columnWidths: [], rowHeights: {} };
}

/**
 * Keep `records`: rewrite the marks sheet found (every row it used, blanked past the records), or, when there is none
 * and there are records, add it (very hidden) under a clash-free name. Throws the host's error when a call fails.
 */
export function writeStore(workbook: WpsWorkbook, found: FoundStore | undefined, records: readonly MarkRecord[], names: readonly string[]): void {
  if (found) {
    writeValues(found.worksheet, storePlan(records, found.name, found.lastRow));
    return;
  }
  if (!records.length) return;
  const name = uniqueSheetName(MARKS_SHEET, names);
  const plan = storePlan(records, name);
  writeSheetPlan(addSheetAtEnd(workbook, name), plan);
}
