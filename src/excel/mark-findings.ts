import type { GridBook } from '../core/sheet/grid';
import { markPlan, type MarkPlan } from '../core/marks/plan';
import { MARK_PREFIX } from '../core/marks/note';
import { isMarkFill } from '../core/marks/palette';
import type { Finding } from '../core/validate/finding';
import { queueSheetList, readBook, sheetInfo, type SheetInfo, type SideRead } from './read-grid';
import { documentSheetCache, type CachedNote, type SheetCache } from './sheet-cache';
import { documentStore, memoryStore, type MarkRecord, type MarkStore } from './mark-store';
import { officeErrorCode } from './errors';
import { hostSupport, noteApi, type ApiSupport, type NoteApi } from './requirements';
import { syncContext } from './sync';

/**
 * Marking findings in the open workbook (issue 3, 一键校验; issue 9): the adapter applies the findings' MarkPlan
 * (core/marks: which cells, their fill, their note text, the cell to select) and decides nothing of its own but
 * what the host allows. Each marked cell's own fill is remembered (mark-store) so `clearMarks` restores it exactly;
 * the notes the add-in added start with MARK_PREFIX and are the only ones it deletes.
 *
 * Host checks: the note API is the host's requirement set AND the loaded library's member (requirements
 * `noteApi`: notes 1.18, else comments 1.10, else the fill alone; the result says which). A protected sheet
 * (ExcelApi 1.2) is left as it was where a change would fail the whole batch with AccessDenied: no fill on a sheet
 * whose protection does not allow formatting cells, no note added or deleted where it does not allow editing
 * objects (notes and comments are objects to Excel's protection); the result
 * names each such sheet and why, and its old marks stay remembered for a later clear.
 *
 * Round trips, whatever the number of rows, sheets or findings: reading 1 while the sheet list kept from the last
 * read holds (excel/sheet-cache, ExcelApi 1.4), else 2 (sheets added or renamed, a note added or edited, no kept
 * list, ExcelApi below 1.4, or the add-in's own notes to locate because some may be on a sheet protected since
 * marking: `mustLocateOwn`); marking 1. So 2 in
 * all in the steady state, 3 otherwise. Fills need ExcelApi 1.1; telling "no fill" from a white fill needs
 * `fill.pattern` (1.9), before which a white cell is restored as "no fill".
 */

/** Why a sheet was (partly) left as it was. */
export type LeftReason =
  /** Protected, and its protection does not allow formatting cells: no fill or note changed there. */
  | 'protected'
  /** Protected, formatting cells allowed but not editing objects: fills changed, notes neither added nor deleted there. */
  | 'protected-notes';

/** A sheet left as it was, and why. */
export interface SheetLeft {
  sheet: string;
  reason: LeftReason;
}

/** A note or comment as both collections give it. */
type NoteLike = { content: string; delete(): void; getLocation(): Excel.Range };

/** One of the add-in's own notes; `sheet` when its cell was located (only needed when some sheet is protected). */
interface OwnNote {
  note: NoteLike;
  sheet?: string;
}

/** What the read step found, for the mark step. */
export interface PreparedWorkbook {
  book: GridBook;
  /** Every sheet in tab order, with protection on ExcelApi 1.2. */
  sheets: SheetInfo[];
  /** The note API usable here. */
  notes: NoteApi;
  /** "Sheet!A1" of every note (or comment) not made by the add-in. */
  otherNotes: Set<string>;
  /** The add-in's own notes (to delete before marking again). */
  ownNotes: OwnNote[];
  /** The marks of the last run (mark-store), to restore before marking again. */
  records: MarkRecord[];
}

function noteCollection(context: Excel.RequestContext, api: NoteApi): { items: NoteLike[]; load(p: string): unknown } | undefined {
  if (api === 'notes') return (context.workbook as unknown as { notes: { items: NoteLike[]; load(p: string): unknown } }).notes; // ExcelApi 1.18
  if (api === 'comments') return context.workbook.comments as unknown as { items: NoteLike[]; load(p: string): unknown }; // ExcelApi 1.10
  return undefined;
}

/** "'My sheet'!$D$7" → "My sheet!D7" (the key used for notes). */
export function normalizeAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return address.replace(/\$/g, '');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '').split(':')[0]}`;
}

const sheetOf = (cell: string) => cell.slice(0, cell.lastIndexOf('!'));

/** True when the sheet is protected (as read). */
const isProtected = (s: SheetInfo | undefined) => s?.protection?.protected === true;
/** True when a fill may be set on the sheet: unprotected, or protected with formatting cells allowed. */
const canFill = (s: SheetInfo | undefined) => s !== undefined && (!isProtected(s) || s.protection!.allowFormatCells);
/** True when notes may be added or deleted on the sheet: unprotected, or protected with editing objects allowed. */
const canNote = (s: SheetInfo | undefined) => s !== undefined && (!isProtected(s) || s.protection!.allowEditObjects);

/**
 * True when the add-in's own notes (`own` of them in the workbook) must be located before any is deleted, because
 * one may be on a sheet where deleting it would fail the batch: some sheet does not allow editing objects, and the
 * notes are more than those the records place on sheets that do (notes are only ever added where they may be
 * deleted, so the counts agree unless a sheet was protected since marking, a note stayed behind on a protected
 * sheet, or the records were lost). Otherwise the notes are deleted through the workbook's collection without
 * knowing their cells, and no round trip is spent on them.
 */
function mustLocateOwn(sheets: readonly SheetInfo[], records: readonly MarkRecord[], own: number): boolean {
  if (own === 0 || sheets.every(canNote)) return false;
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return own > records.filter((r) => r.note && canNote(byName.get(r.sheet))).length;
}

/**
 * The notes read along with the workbook (readBook's side read): every note's text in the first batch; in the
 * second, the cells of the other notes (unless their text is as kept) and, when `mustLocateOwn`, of the add-in's
 * own notes.
 */
function notesSide(context: Excel.RequestContext, api: NoteApi, records: readonly MarkRecord[]) {
  const collection = noteCollection(context, api);
  let ours: NoteLike[] = [];
  let others: NoteLike[] = [];
  let keptCells: CachedNote[] | undefined;
  let locateOurs = false;
  let oursAt: Excel.Range[] = [];
  let othersAt: Excel.Range[] = [];
  const locate = (notes: NoteLike[]) =>
    notes.map((n) => {
      const where = n.getLocation(); // ExcelApi 1.18 (notes) / 1.10 (comments)
      where.load('address');
      return where;
    });
  const side: SideRead = {
    first() {
      ours = [];
      others = [];
      keptCells = undefined;
      locateOurs = false;
      collection?.load('items/content');
    },
    afterFirst(sheets, kept) {
      ours = [];
      others = [];
      for (const n of collection?.items ?? []) (typeof n.content === 'string' && n.content.startsWith(MARK_PREFIX) ? ours : others).push(n);
      const same = kept !== undefined && others.length === kept.otherNotes.length && others.every((n, i) => n.content === kept.otherNotes[i].content);
      keptCells = same ? kept!.otherNotes : undefined;
      locateOurs = mustLocateOwn(sheets, records, ours.length);
      return !same || locateOurs;
    },
    second() {
      othersAt = keptCells ? [] : locate(others);
      oursAt = locateOurs ? locate(ours) : [];
    },
    keep: () => keptCells ?? others.map((n, i) => ({ content: String(n.content), cell: normalizeAddress(String(othersAt[i]?.address)) })),
  };
  return {
    side,
    ownNotes: (): OwnNote[] => ours.map((note, i) => (locateOurs ? { note, sheet: sheetOf(normalizeAddress(String(oursAt[i]?.address))) } : { note })),
  };
}

/**
 * Read the workbook for validation and marking with `readBook` (excel/read-grid): the sheet list with protection,
 * every used range and the notes, from the sheet list kept since the last read when there is one (see the module
 * comment for the round trips). `skip` leaves sheets out of the book (not out of the list).
 */
export async function readForMarking(
  context: Excel.RequestContext,
  support: ApiSupport = hostSupport,
  skip?: (name: string) => boolean,
  cache: SheetCache = documentSheetCache(),
  store: MarkStore = documentStore(),
): Promise<PreparedWorkbook> {
  const api = noteApi(context.workbook, support);
  const records = await store.read();
  // The side read starts over in `first`, so a read from the kept list that fails and is made afresh reads the notes again.
  const notes = notesSide(context, api, records);
  const { book, sheets } = await readBook(context, { support, skip, protection: true, sheetCache: cache, side: notes.side, label: 'validate' });
  const otherNotes = new Set(notes.side.keep().map((n) => n.cell));
  return { book, sheets, notes: api, otherNotes, ownNotes: notes.ownNotes(), records };
}

/** Queue restoring a record's own fill (no sync). */
function queueRestore(context: Excel.RequestContext, record: MarkRecord): void {
  const fill = context.workbook.worksheets.getItem(record.sheet).getRange(record.cell).format.fill;
  if (record.fill === null) fill.clear(); // ExcelApi 1.1
  else fill.color = record.fill;
}

/** Options of `markFindings`, `clearMarks`, `validateInExcel`. */
export interface MarkOptions {
  support?: ApiSupport;
  /** Where the sheet list is kept between reads (default: the document settings, excel/sheet-cache). */
  sheetCache?: SheetCache;
  store?: MarkStore;
  /** Select the plan's cell to show first (core/marks MarkPlan `select`) in the marking sync. */
  select?: boolean;
}

/** What `markFindings` did. */
export interface MarkResult {
  /** Cells marked now. */
  marked: number;
  /** How the cells got their text: notes, comments, or none (the fill alone). */
  notes: NoteApi;
  /** Sheets (partly) left as they were, in tab order, with the reason. */
  leftAsIs: SheetLeft[];
}

/**
 * The sheets where protection stopped something wanted, in tab order: `fills` names the sheets with fills to set or
 * restore, `notes` those with notes to add or delete.
 */
function leftSheets(sheets: readonly SheetInfo[], fills: ReadonlySet<string>, notes: ReadonlySet<string>): SheetLeft[] {
  return sheets.flatMap((s): SheetLeft[] => {
    if (!canFill(s)) return fills.has(s.name) || (notes.has(s.name) && !canNote(s)) ? [{ sheet: s.name, reason: 'protected' }] : [];
    return notes.has(s.name) && !canNote(s) ? [{ sheet: s.name, reason: 'protected-notes' }] : [];
  });
}

/** Queue deleting the add-in's own notes, except on sheets whose protection does not allow editing objects (no sync). */
function queueDeleteOwn(ownNotes: readonly OwnNote[], sheets: ReadonlyMap<string, SheetInfo>): void {
  for (const own of ownNotes) if (own.sheet === undefined || canNote(sheets.get(own.sheet))) own.note.delete();
}

/**
 * Apply `plan` (core/marks `markPlan` of the findings) in one sync (sheet by sheet, only when Excel refuses that
 * with AccessDenied although the protection read allowed it: `applySheetBySheet`): restore the previous marks (their own fills;
 * delete the add-in's notes), read each new cell's own fill, set the plan's fill, and add the plan's note where the
 * cell has none of another's; select the plan's cell when asked. Sheets protection stops are left as they were
 * (module comment); their old records are kept. Cells on sheets no longer in the workbook are not marked.
 */
export async function applyMarkPlan(context: Excel.RequestContext, plan: MarkPlan, prepared: PreparedWorkbook, options: MarkOptions = {}): Promise<MarkResult> {
  try {
    return await applyOnce(context, plan, prepared, options);
  } catch (error) {
    if (officeErrorCode(error) !== 'AccessDenied') throw error;
    return applySheetBySheet(context, plan, prepared, options);
  }
}

/** The protection a refusal taught: fills allowed but no objects, or nothing at all. */
const LEARNED = {
  noNotes: { protected: true, allowFormatCells: true, allowEditObjects: false },
  nothing: { protected: true, allowFormatCells: false, allowEditObjects: false },
} as const;

/**
 * After Excel refused the one-sync marking with AccessDenied although the protection read allowed it (ExcelApi 1.1,
 * where protection cannot be read; a host that refuses comments on any protected sheet): mark sheet by sheet, each
 * first with its notes, then with fills only, then not at all, one sync per try; the select in one more sync. Only
 * this fallback makes the syncs depend on the sheets: at most 2 per sheet with marks, plus 1.
 */
async function applySheetBySheet(context: Excel.RequestContext, plan: MarkPlan, prepared: PreparedWorkbook, options: MarkOptions): Promise<MarkResult> {
  const store = options.store ?? documentStore();
  const records: MarkRecord[] = [];
  const left: SheetLeft[] = [];
  let marked = 0;
  let unlocated = prepared.ownNotes.filter((o) => o.sheet === undefined);
  for (const sheet of prepared.sheets) {
    const own = prepared.ownNotes.filter((o) => o.sheet === sheet.name);
    const old = prepared.records.filter((r) => r.sheet === sheet.name);
    const cells = plan.cells.filter((c) => c.sheet === sheet.name);
    if (!own.length && !old.length && !cells.length) continue;
    let result: MarkResult | undefined;
    for (const protection of [sheet.protection, LEARNED.noNotes, LEARNED.nothing]) {
      const kept = memoryStore();
      const one: PreparedWorkbook = { ...prepared, sheets: [{ ...sheet, ...(protection ? { protection } : {}) }], ownNotes: [...unlocated, ...own], records: old };
      try {
        result = await applyOnce(context, { ...plan, cells }, one, { ...options, select: false, store: kept });
        unlocated = [];
        records.push(...(await kept.read()));
        break;
      } catch (error) {
        if (officeErrorCode(error) !== 'AccessDenied') throw error;
      }
    }
    if (!result) continue;
    marked += result.marked;
    left.push(...result.leftAsIs);
  }
  const select = options.select ? plan.select : undefined;
  if (select && prepared.sheets.find((s) => s.name === select.sheet)?.visibility === 'visible') {
    await selectCell(context, select.sheet, select.cell).catch(() => undefined); // the marks stand even if this fails
  }
  await store.write(records);
  return { marked, notes: prepared.notes, leftAsIs: left };
}

/** One sync of `applyMarkPlan` (see there); rejects with the failed sync's error, the marks then partly applied. */
async function applyOnce(context: Excel.RequestContext, plan: MarkPlan, prepared: PreparedWorkbook, options: MarkOptions): Promise<MarkResult> {
  const support = options.support ?? hostSupport;
  const store = options.store ?? documentStore();
  const sheets = new Map(prepared.sheets.map((s) => [s.name, s]));
  const fills = new Set<string>();
  const notes = new Set<string>();
  const carried: MarkRecord[] = [];
  for (const record of prepared.records) {
    const sheet = sheets.get(record.sheet);
    if (!sheet) continue; // the sheet is gone: nothing to restore
    fills.add(record.sheet);
    if (record.note) notes.add(record.sheet);
    if (canFill(sheet)) queueRestore(context, record);
    else carried.push(record);
  }
  for (const own of prepared.ownNotes) if (own.sheet) notes.add(own.sheet);
  queueDeleteOwn(prepared.ownNotes, sheets);
  const marks = plan.cells.filter((m) => sheets.has(m.sheet));
  for (const m of marks) {
    fills.add(m.sheet);
    if (prepared.notes !== 'none') notes.add(m.sheet);
  }
  const targets = marks.filter((m) => canFill(sheets.get(m.sheet)));
  const probes = targets.map((m) => {
    const worksheet = context.workbook.worksheets.getItem(m.sheet);
    // A separate proxy reads the cell's own fill (after the restores above, before the mark below).
    const probe = worksheet.getRange(m.cell).format.fill;
    probe.load(support('1.9') ? 'color,pattern' : 'color'); // pattern: ExcelApi 1.9
    const range = worksheet.getRange(m.cell);
    range.format.fill.color = m.fill; // ExcelApi 1.1
    const note = prepared.notes !== 'none' && canNote(sheets.get(m.sheet)) && !prepared.otherNotes.has(`${m.sheet}!${m.cell}`);
    if (note && prepared.notes === 'notes') (context.workbook as unknown as { notes: { add(r: Excel.Range, t: string): void } }).notes.add(range, m.note); // ExcelApi 1.18
    else if (note) context.workbook.comments.add(range, m.note); // ExcelApi 1.10
    return { fill: probe, note };
  });
  const select = options.select ? plan.select : undefined;
  // Activating a hidden sheet fails the whole batch (and the marks with it): the plan selects on visible sheets only.
  if (select && sheets.get(select.sheet)?.visibility === 'visible') {
    const worksheet = context.workbook.worksheets.getItem(select.sheet);
    worksheet.activate(); // ExcelApi 1.1
    worksheet.getRange(select.cell).select(); // ExcelApi 1.1
  }
  await syncContext(context, 'validate:mark');
  const records: MarkRecord[] = targets.map((m, i) => ({ sheet: m.sheet, cell: m.cell, fill: ownFill(probes[i].fill, support('1.9')), note: probes[i].note }));
  const fresh = new Set(records.map((r) => `${r.sheet}!${r.cell}`));
  await store.write([...records, ...carried.filter((r) => !fresh.has(`${r.sheet}!${r.cell}`))]);
  return { marked: records.length, notes: prepared.notes, leftAsIs: leftSheets(prepared.sheets, fills, notes) };
}

/** Mark `findings` (their MarkPlan on the prepared workbook) in one sync: see `applyMarkPlan`. */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  prepared: PreparedWorkbook,
  options: MarkOptions = {},
): Promise<MarkResult> {
  return applyMarkPlan(context, markPlan(findings, prepared.sheets), prepared, options);
}

/** The fill to restore: null for no fill (pattern None; before 1.9, white counts as no fill). */
function ownFill(fill: Excel.RangeFill, hasPattern: boolean): string | null {
  const color = typeof fill.color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(fill.color) ? fill.color.toUpperCase() : null;
  // A mark colour read as a cell's own fill is a mark left by a refused or lost earlier write: no fill of its own.
  if (color !== null && isMarkFill(color)) return null;
  if (hasPattern) return fill.pattern === 'None' || color === null ? null : color;
  return color === null || color === '#FFFFFF' ? null : color;
}

/** What `clearMarks` did. */
export interface ClearResult {
  /** Cells whose own fill was restored. */
  restored: number;
  /**
   * Cells whose stored address no longer holds the add-in's mark (rows or columns were inserted or deleted, or the
   * user refilled the cell): not restored, so no other cell gets a stale fill. The pane asks the user to check.
   */
  skipped: number;
  /** Sheets (partly) left as they were because of their protection, in tab order; their marks stay remembered. */
  leftAsIs: SheetLeft[];
}

/** Queue loading each record's current fill colour (no sync). */
function queueFillReads(context: Excel.RequestContext, records: readonly MarkRecord[]): Excel.RangeFill[] {
  return records.map((r) => {
    const fill = context.workbook.worksheets.getItem(r.sheet).getRange(r.cell).format.fill;
    fill.load('color'); // ExcelApi 1.1
    return fill;
  });
}

/**
 * Remove every mark: restore the own fill of each marked cell that still shows a mark colour and delete the add-in's
 * notes. Marks are stored by address, so after rows were inserted or deleted a stored address may hold another
 * cell: such cells (no longer showing a mark colour) are skipped and counted. Sheets protection stops are left as
 * they were (as in `applyMarkPlan`) and named in the result; their records are kept for a later clear.
 *
 * 2 syncs (the sheet list with protection, the notes' text and each stored cell's current fill; then the restore).
 * One more when a marked sheet was deleted (the first read fails with ItemNotFound and is made again for the
 * sheets that remain), and one more when some of the add-in's notes may be on a sheet protected since marking
 * (`mustLocateOwn`: they are located first, so none is deleted there).
 */
export async function clearMarks(context: Excel.RequestContext, options: MarkOptions = {}): Promise<ClearResult> {
  const support = options.support ?? hostSupport;
  const store = options.store ?? documentStore();
  const api = noteApi(context.workbook, support);
  const records = await store.read();
  const protection = support('1.2');
  const readAll = async (wanted: readonly MarkRecord[]) => {
    const worksheets = queueSheetList(context, { support, protection: true }); // one load, protection on ExcelApi 1.2
    const notes = noteCollection(context, api);
    notes?.load('items/content');
    const fills = queueFillReads(context, wanted);
    await syncContext(context, 'clear:read');
    const sheets = worksheets.items.map((w) => sheetInfo(w, protection));
    return { sheets, notes, fills };
  };
  let wanted = records;
  let read: Awaited<ReturnType<typeof readAll>>;
  try {
    read = await readAll(wanted);
  } catch {
    // A marked sheet is gone (ItemNotFound fails the whole batch): learn the names, then read the rest.
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await syncContext(context, 'clear:sheets');
    const names = new Set(worksheets.items.map((w) => w.name));
    wanted = records.filter((r) => names.has(r.sheet));
    read = await readAll(wanted);
  }
  const sheets = new Map(read.sheets.map((s) => [s.name, s]));
  const ours = (read.notes?.items ?? []).filter((n) => typeof n.content === 'string' && n.content.startsWith(MARK_PREFIX));
  let ownNotes: OwnNote[] = ours.map((note) => ({ note }));
  if (mustLocateOwn(read.sheets, wanted, ours.length)) {
    // Which sheet each of the add-in's notes is on, so none is deleted on a protected sheet.
    const at = ours.map((n) => {
      const where = n.getLocation(); // ExcelApi 1.18 (notes) / 1.10 (comments)
      where.load('address');
      return where;
    });
    await syncContext(context, 'clear:locate');
    ownNotes = ours.map((note, i) => ({ note, sheet: sheetOf(normalizeAddress(String(at[i].address))) }));
  }
  const fills = new Set<string>();
  const notes = new Set<string>(ownNotes.flatMap((o) => (o.sheet ? [o.sheet] : [])));
  const kept: MarkRecord[] = [];
  const toRestore: MarkRecord[] = [];
  let skipped = 0;
  wanted.forEach((r, i) => {
    const sheet = sheets.get(r.sheet);
    if (!sheet) return;
    fills.add(r.sheet);
    if (r.note) notes.add(r.sheet);
    if (!canFill(sheet)) kept.push(r);
    else if (isMarkFill(read.fills[i].color)) toRestore.push(r);
    else skipped++;
  });
  const left = leftSheets(read.sheets, fills, notes);
  const queue = (restores: readonly MarkRecord[], own: readonly OwnNote[]) => {
    for (const r of restores) queueRestore(context, r);
    queueDeleteOwn(own, sheets);
  };
  try {
    queue(toRestore, ownNotes);
    await syncContext(context, 'clear:restore');
  } catch (error) {
    // Excel refused although the protection read allowed it (ExcelApi 1.1 cannot read protection): sheet by sheet,
    // first with the notes, then the fills alone, then leaving the sheet as it is (its records kept).
    if (officeErrorCode(error) !== 'AccessDenied') throw error;
    let unlocated = ownNotes.filter((o) => o.sheet === undefined);
    for (const sheet of read.sheets) {
      const restores = toRestore.filter((r) => r.sheet === sheet.name);
      const own = [...unlocated, ...ownNotes.filter((o) => o.sheet === sheet.name)];
      if (!restores.length && !own.length) continue;
      const tries: [readonly OwnNote[], LeftReason | undefined][] = [[own, undefined], [[], 'protected-notes']];
      let done = false;
      for (const [withNotes, reason] of tries) {
        try {
          queue(restores, withNotes);
          await syncContext(context, 'clear:restore-sheet');
          if (reason) left.push({ sheet: sheet.name, reason });
          done = true;
          break;
        } catch (e) {
          if (officeErrorCode(e) !== 'AccessDenied') throw e;
        }
      }
      unlocated = [];
      if (done) continue;
      kept.push(...restores);
      toRestore.splice(0, toRestore.length, ...toRestore.filter((r) => r.sheet !== sheet.name));
      left.push({ sheet: sheet.name, reason: 'protected' });
    }
  }
  await store.write(kept);
  const order = read.sheets.map((s) => s.name);
  const leftAsIs = [...new Map(left.map((l) => [l.sheet, l])).values()].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  return { restored: toRestore.length, skipped, leftAsIs };
}

/** Activate `sheet` and select the cell `cell` (A1), in one sync (ExcelApi 1.1). Rejects with ItemNotFound when the sheet is gone. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await syncContext(context, 'select');
}
