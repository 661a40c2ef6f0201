import { MARK_PREFIX } from '../core/marks/note';
import { isMarkFill } from '../core/marks/palette';
import type { MarkPlan } from '../core/marks/plan';
import type { MarkRecord } from '../excel/mark-store';
import { fromBgr, toBgr, XL, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './api';
import { readStore, writeStore, type FoundStore } from './mark-store';
import { readSheetList, type WpsSheetInfo } from './read-grid';

/**
 * Marking findings in the open WPS workbook (一键校验) and clearing the marks (清除标记): the adapter applies the
 * findings' MarkPlan (core/marks: cells, fill, comment text, the cell to select) and decides nothing but what the host
 * allows, exactly as excel/mark-findings does in Excel. Each marked cell's own fill is remembered (wps/mark-store) so
 * clearing restores it; the comments the add-in added start with MARK_PREFIX and are the only ones it deletes; a cell
 * with a person's comment gets the fill only.
 *
 * Protected sheets (VBA: a protected sheet refuses formatting unless AllowFormattingCells, and comments while
 * ProtectDrawingObjects): nothing is tried where the protection read says it would fail; a call that fails all the
 * same (a WPS that refuses more than it says) is caught, and the sheet is named in the result with the reason, its
 * old records kept for a later clear.
 *
 * Host calls grow with the marked cells (about 6 for each: its own fill, the fill, its comment, the comment) and the
 * sheets (the list with protection), never with the rows of the table.
 */

/** Why a sheet was (partly) left as it was (as excel/mark-findings `LeftReason`). */
export type WpsLeftReason = 'protected' | 'protected-notes';

/** A sheet left as it was, and why. */
export interface WpsSheetLeft {
  sheet: string;
  reason: WpsLeftReason;
}

/** What `applyMarkPlan` did. */
export interface WpsMarkResult {
  marked: number;
  /** WPS always has comments (VBA: Range.AddComment). */
  notes: 'comments';
  leftAsIs: WpsSheetLeft[];
}

/** What `clearMarks` did (as excel/mark-findings `ClearResult`). */
export interface WpsClearResult {
  restored: number;
  /** Stored cells no longer showing a mark colour (rows inserted or deleted, refilled): not restored. */
  skipped: number;
  leftAsIs: WpsSheetLeft[];
}

const canFill = (s: WpsSheetInfo | undefined) => s !== undefined && s.protection?.allowFormatCells !== false;
const canNote = (s: WpsSheetInfo | undefined) => s !== undefined && s.protection?.allowEditObjects !== false;

/** Collects the sheets left as they were; a sheet once 'protected' stays so. */
class Left {
  private readonly map = new Map<string, WpsLeftReason>();
  add(sheet: string, reason: WpsLeftReason): void {
    if (this.map.get(sheet) !== 'protected') this.map.set(sheet, reason);
  }
  list(order: readonly WpsSheetInfo[]): WpsSheetLeft[] {
    return order.filter((s) => this.map.has(s.name)).map((s) => ({ sheet: s.name, reason: this.map.get(s.name)! }));
  }
}

/** The cell's own fill: null without fill (ColorIndex xlColorIndexNone) or when it shows a mark colour (a lost mark). */
function ownFill(range: WpsRange): string | null {
  if (range.Interior.ColorIndex === XL.colorIndexNone) return null;
  const color = fromBgr(range.Interior.Color) ?? null;
  return color === null || isMarkFill(color) ? null : color;
}

/** Restore a record's own fill (VBA: Interior.ColorIndex = xlNone for no fill). */
function restoreFill(range: WpsRange, fill: string | null): void {
  if (fill === null) range.Interior.ColorIndex = XL.colorIndexNone;
  else range.Interior.Color = toBgr(fill);
}

/** Delete the cell's comment when it is the add-in's (its text starts with MARK_PREFIX). */
function deleteOwnComment(range: WpsRange): void {
  const comment = range.Comment;
  if (comment && String(comment.Text()).startsWith(MARK_PREFIX)) comment.Delete();
}

/** True when `fn` ran; false when the host refused (a protected sheet). */
function tryCall(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

/** Undo the marks of `records` (own fill back, own comment deleted) where the sheet allows; returns those kept. */
function restoreRecords(workbook: WpsWorkbook, records: readonly MarkRecord[], sheets: ReadonlyMap<string, WpsSheetInfo>, left: Left, check: boolean): { kept: MarkRecord[]; restored: number; skipped: number } {
  const kept: MarkRecord[] = [];
  let restored = 0;
  let skipped = 0;
  const worksheets = new Map<string, WpsWorksheet>();
  for (const record of records) {
    const sheet = sheets.get(record.sheet);
    if (!sheet) continue; // the sheet is gone: nothing to restore
    const ws = worksheets.get(sheet.name) ?? workbook.Worksheets.Item(sheet.index);
    worksheets.set(sheet.name, ws);
    const range = ws.Range(record.cell);
    if (record.note && canNote(sheet) && !tryCall(() => deleteOwnComment(range))) left.add(sheet.name, 'protected-notes');
    if (record.note && !canNote(sheet)) left.add(sheet.name, 'protected-notes');
    if (!canFill(sheet)) {
      left.add(sheet.name, 'protected');
      kept.push(record);
      continue;
    }
    if (check && !isMarkFill(fromBgr(range.Interior.Color))) {
      skipped++;
      continue;
    }
    if (tryCall(() => restoreFill(range, record.fill))) restored++;
    else {
      left.add(sheet.name, 'protected');
      kept.push(record);
    }
  }
  return { kept, restored, skipped };
}

/**
 * Apply `plan` to the workbook whose sheets were read as `sheets` (with protection): restore the last marks, then for
 * each planned cell on a sheet that allows it remember its own fill, set the plan's fill and, where the cell has no
 * comment of a person, add the plan's comment; select the plan's cell when `select` (on a visible sheet); keep the
 * records. Throws only when the marks sheet cannot be written.
 */
export function applyMarkPlan(workbook: WpsWorkbook, plan: MarkPlan, sheets: readonly WpsSheetInfo[], store: FoundStore | undefined, options: { select?: boolean } = {}): WpsMarkResult {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const left = new Left();
  const { kept } = restoreRecords(workbook, store?.records ?? [], byName, left, false);
  const records: MarkRecord[] = [];
  const worksheets = new Map<string, WpsWorksheet>();
  for (const m of plan.cells) {
    const sheet = byName.get(m.sheet);
    if (!sheet) continue;
    if (!canFill(sheet)) {
      left.add(sheet.name, 'protected');
      continue;
    }
    const ws = worksheets.get(sheet.name) ?? workbook.Worksheets.Item(sheet.index);
    worksheets.set(sheet.name, ws);
    const range = ws.Range(m.cell);
    const fill = ownFill(range);
    if (!tryCall(() => (range.Interior.Color = toBgr(m.fill)))) {
      left.add(sheet.name, 'protected');
      continue;
    }
    let note = false;
    if (!canNote(sheet)) left.add(sheet.name, 'protected-notes');
    else if (range.Comment === null) {
      note = tryCall(() => range.AddComment(m.note));
      if (!note) left.add(sheet.name, 'protected-notes');
    }
    records.push({ sheet: m.sheet, cell: m.cell, fill, note });
  }
  const select = options.select ? plan.select : undefined;
  if (select && byName.get(select.sheet)?.visibility === 'visible') tryCall(() => selectCell(workbook, select.sheet, select.cell));
  const fresh = new Set(records.map((r) => `${r.sheet}!${r.cell}`));
  writeStore(workbook, store, [...records, ...kept.filter((r) => !fresh.has(`${r.sheet}!${r.cell}`))], sheets.map((s) => s.name));
  return { marked: records.length, notes: 'comments', leftAsIs: left.list(sheets) };
}

/**
 * Remove every mark: restore the own fill of each recorded cell that still shows a mark colour (others are counted in
 * `skipped`: rows were inserted or deleted since, or the cell was refilled) and delete the add-in's comments. Sheets
 * protection stops are named; their records stay for a later clear.
 */
export function clearMarks(workbook: WpsWorkbook): WpsClearResult {
  const { sheets } = readSheetList(workbook, { protection: true });
  const store = readStore(workbook, sheets);
  const left = new Left();
  const { kept, restored, skipped } = restoreRecords(workbook, store?.records ?? [], new Map(sheets.map((s) => [s.name, s])), left, true);
  writeStore(workbook, store, kept, sheets.map((s) => s.name));
  return { restored, skipped, leftAsIs: left.list(sheets) };
}

/** Activate `sheet` and select `cell` (A1). Throws the host's error when the sheet is gone. */
export function selectCell(workbook: WpsWorkbook, sheet: string, cell: string): void {
  const ws = workbook.Worksheets.Item(sheet);
  ws.Activate();
  ws.Range(cell).Select();
}
