import type { GridBook } from '../core/sheet/grid';
import type { Finding, Severity } from '../core/validate/finding';
import { SEVERITY_RANK } from '../core/validate/finding';
import { parseA1 } from '../core/sheet/grid';
import { queueSheetList, queueSheetRead, gridFrom, visibilityOf, type Pending } from './read-grid';
import { documentSheetCache, type SheetCache, type SheetList } from './sheet-cache';
import { documentStore, type MarkRecord, type MarkStore } from './mark-store';
import { hostSupport, type ApiSupport } from './requirements';
import { syncContext } from './sync';

/**
 * Marking findings in the open workbook (issue 3, 一键校验): each finding's cell gets a fill by severity and, where
 * the host allows, a note (ExcelApi 1.18) or else a comment (1.10) with the message and hint. Each marked cell's
 * own fill is remembered (mark-store) so `clearMarks` restores it exactly; the notes the add-in added start with
 * `MARK_PREFIX` and are the only ones it deletes.
 *
 * Round trips, whatever the number of rows, sheets or findings: reading takes 1 sync when the sheet list kept from
 * the last read (excel/sheet-cache, ExcelApi 1.4) is still right, else 2 (sheets added, renamed or deleted, a note
 * added or edited; no kept list; ExcelApi below 1.4); marking 1 (restore the previous marks, read each new cell's
 * own fill, mark): 2 in all in the steady state, 3 when the workbook's sheets changed since the last read. Fills and colours need ExcelApi 1.1; telling "no fill" from a white fill needs `fill.pattern` (1.9),
 * before which a white cell is restored as "no fill"; knowing a sheet is protected needs 1.2 (no note is added to
 * a protected sheet, where it would fail).
 */

/** Fill colours "#RRGGBB" of marked cells by severity: light red, light orange, light blue (the same as the annotated copy of xlsx/annotate). */
export const MARK_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFD8A8', info: '#DDEBF7' };

/** First line of every note the add-in adds, so it never deletes a person's own note. */
export const MARK_PREFIX = '【进展情况表助手】';

/** Notes on 1.18, else comments on 1.10, else none. */
type NoteKind = 'notes' | 'comments' | 'none';

function noteKind(support: ApiSupport): NoteKind {
  return support('1.18') ? 'notes' : support('1.10') ? 'comments' : 'none';
}

/** What the read step found, for the mark step. */
export interface PreparedWorkbook {
  book: GridBook;
  /** Sheet names as they are now. */
  sheetNames: string[];
  /** Sheets known to be protected (ExcelApi 1.2): no note is added there. */
  protectedSheets: Set<string>;
  /** Protected sheets that do not allow formatting cells: nothing is marked there (a fill would fail the batch). */
  lockedSheets: Set<string>;
  /** "Sheet!A1" of every note (or comment) not made by the add-in. */
  otherNotes: Set<string>;
  /** The add-in's own notes (to delete before marking again). */
  ownNotes: { delete(): void }[];
}

/** A note or comment as both collections give it. */
type NoteLike = { content: string; delete(): void; getLocation(): Excel.Range };

function noteCollection(context: Excel.RequestContext, kind: NoteKind): { items: NoteLike[]; load(p: string): unknown } | undefined {
  if (kind === 'notes') return context.workbook.notes as unknown as { items: NoteLike[]; load(p: string): unknown }; // ExcelApi 1.18
  if (kind === 'comments') return context.workbook.comments as unknown as { items: NoteLike[]; load(p: string): unknown }; // ExcelApi 1.10
  return undefined;
}

/**
 * Read the workbook for validation and marking. With the sheet list kept from the last read (excel/sheet-cache) on
 * ExcelApi 1.4: ONE sync, which loads the sheet list (to verify the kept one), protection and the notes' text, and,
 * for every kept name, `getItemOrNullObject(name)`'s used range (both ExcelApi 1.4). When the loaded names equal the
 * kept ones (order included) and the other notes' text is as kept, the read is complete; otherwise (a sheet added,
 * renamed or deleted; a note added or edited) one more sync reads what is missing: 2 then. Without a kept list,
 * below ExcelApi 1.4, or when the kept-list read fails, 2 syncs: the sheet list and notes' text, then every used
 * range and each other note's cell. The list read is kept for next time. `skip` leaves sheets out of the book (not
 * out of the list).
 */
export async function readForMarking(
  context: Excel.RequestContext,
  support: ApiSupport = hostSupport,
  skip?: (name: string) => boolean,
  cache: SheetCache = documentSheetCache(),
): Promise<PreparedWorkbook> {
  const kept = support('1.4') ? cache.read() : undefined;
  if (kept) {
    try {
      return await readKept(context, support, kept, cache, skip);
    } catch {
      // e.g. a host refusing a call on a null worksheet: forget the list and read it afresh.
    }
  }
  return readFresh(context, support, cache, skip);
}

/** Queue the sheet list with protection (ExcelApi 1.2) and the notes' text (no sync). */
function queueListAndNotes(context: Excel.RequestContext, support: ApiSupport) {
  const worksheets = queueSheetList(context);
  if (support('1.2')) worksheets.load('items/protection/protected,items/protection/options'); // ExcelApi 1.2
  const notes = noteCollection(context, noteKind(support));
  notes?.load('items/content');
  return { worksheets, notes };
}

/** The add-in's own notes, and the others (in collection order). */
function splitNotes(notes: { items: NoteLike[] } | undefined): { ours: NoteLike[]; others: NoteLike[] } {
  const ours: NoteLike[] = [];
  const others: NoteLike[] = [];
  for (const note of notes?.items ?? []) {
    if (typeof note.content === 'string' && note.content.startsWith(MARK_PREFIX)) ours.push(note);
    else others.push(note);
  }
  return { ours, others };
}

/** Queue loading each note's cell (no sync): ExcelApi 1.18 (notes) / 1.10 (comments). */
function queueLocations(notes: readonly NoteLike[]): Excel.Range[] {
  return notes.map((note) => {
    const where = note.getLocation();
    where.load('address');
    return where;
  });
}

/** The prepared workbook from the loaded list, the sheets read (by name) and the other notes' cells; keeps the list. */
function prepare(
  sheets: Excel.Worksheet[],
  read: Map<string, Pending>,
  support: ApiSupport,
  ours: NoteLike[],
  others: { content: string; cell: string }[],
  cache: SheetCache,
): PreparedWorkbook {
  const protectedSheets = new Set<string>();
  const lockedSheets = new Set<string>();
  if (support('1.2')) {
    for (const w of sheets) {
      if (w.protection?.protected !== true) continue;
      protectedSheets.add(w.name);
      if (w.protection.options?.allowFormatCells !== true) lockedSheets.add(w.name);
    }
  }
  const list: SheetList = { sheets: sheets.map((w) => ({ name: w.name, visibility: visibilityOf(w.visibility) })), otherNotes: others };
  if (JSON.stringify(cache.read()) !== JSON.stringify(list)) cache.write(list); // settings are saved only on a change
  const book = list.sheets.flatMap((s) => {
    const pending = read.get(s.name);
    return pending ? [gridFrom({ ...pending, visibility: s.visibility })] : [];
  });
  return {
    book: { sheets: book },
    sheetNames: list.sheets.map((s) => s.name),
    protectedSheets,
    lockedSheets,
    otherNotes: new Set(others.map((n) => n.cell)),
    ownNotes: ours,
  };
}

/** The 2-sync read: sheet list and notes' text, then every used range and the other notes' cells. */
async function readFresh(context: Excel.RequestContext, support: ApiSupport, cache: SheetCache, skip?: (name: string) => boolean): Promise<PreparedWorkbook> {
  const { worksheets, notes } = queueListAndNotes(context, support);
  await syncContext(context, 'validate:sheets');
  const sheets = worksheets.items;
  const read = new Map(sheets.filter((w) => !skip?.(w.name)).map((w) => [w.name, queueSheetRead(w, support)] as const));
  const { ours, others } = splitNotes(notes);
  const located = queueLocations(others);
  await syncContext(context, 'validate:read');
  const cells = others.map((n, i) => ({ content: String(n.content), cell: normalizeAddress(String(located[i].address)) }));
  return prepare(sheets, read, support, ours, cells, cache);
}

/**
 * The 1-sync read from the kept list (ExcelApi 1.4), with one more sync for what the list missed: sheets added or
 * renamed since, and the cells of other notes whose text differs from the kept ones.
 */
async function readKept(
  context: Excel.RequestContext,
  support: ApiSupport,
  kept: SheetList,
  cache: SheetCache,
  skip?: (name: string) => boolean,
): Promise<PreparedWorkbook> {
  const { worksheets, notes } = queueListAndNotes(context, support);
  const read = new Map<string, Pending>();
  for (const s of kept.sheets) {
    if (skip?.(s.name) || read.has(s.name)) continue;
    read.set(s.name, queueSheetRead(context.workbook.worksheets.getItemOrNullObject(s.name), support, s)); // ExcelApi 1.4
  }
  await syncContext(context, 'validate:read');
  const sheets = worksheets.items;
  const names = new Set(sheets.map((w) => w.name));
  for (const name of [...read.keys()]) if (!names.has(name)) read.delete(name); // renamed or deleted since
  const missing = sheets.filter((w) => !read.has(w.name) && !skip?.(w.name));
  const { ours, others } = splitNotes(notes);
  const sameNotes =
    others.length === kept.otherNotes.length && others.every((n, i) => n.content === kept.otherNotes[i].content);
  if (missing.length === 0 && sameNotes) return prepare(sheets, read, support, ours, kept.otherNotes, cache);
  // The list or the notes changed since the last read: read what is missing (3 syncs with the marking).
  for (const w of missing) read.set(w.name, queueSheetRead(w, support));
  const located = sameNotes ? [] : queueLocations(others);
  await syncContext(context, 'validate:read-changed');
  const cells = sameNotes
    ? kept.otherNotes
    : others.map((n, i) => ({ content: String(n.content), cell: normalizeAddress(String(located[i].address)) }));
  return prepare(sheets, read, support, ours, cells, cache);
}

/** "'My sheet'!$D$7" → "My sheet!D7" (the key used for notes). */
export function normalizeAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return address.replace(/\$/g, '');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '').split(':')[0]}`;
}

/** The cells to mark: one per sheet and cell, the most severe finding first, with all messages of that cell. */
export function cellsToMark(findings: readonly Finding[], sheetNames: readonly string[]): { sheet: string; cell: string; severity: Severity; text: string }[] {
  const names = new Set(sheetNames);
  const byCell = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !names.has(f.sheet)) continue;
    const pos = parseA1(f.cell);
    if (!pos) continue;
    const cell = f.cell.replace(/\$/g, '').toUpperCase();
    const key = `${f.sheet}!${cell}`;
    const entry = byCell.get(key) ?? { sheet: f.sheet, cell, severity: f.severity, lines: [] };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    entry.lines.push(f.hint ? `${f.message}（${f.hint}）` : f.message);
    byCell.set(key, entry);
  }
  return [...byCell.values()].map((e) => ({ sheet: e.sheet, cell: e.cell, severity: e.severity, text: `${MARK_PREFIX}\n${e.lines.join('\n')}` }));
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
  /** A cell to activate and select in the marking sync (ignored when its sheet is gone or hidden, or the address is not A1). */
  select?: { sheet: string; cell: string };
}

/** The finding to go to first: the first error, else the first warning, else the first info, with a cell. */
export function firstToShow(findings: readonly Finding[]): Finding | undefined {
  return [...findings]
    .filter((f) => f.sheet && f.cell)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
}

/**
 * Mark `findings` in one sync: restore the previous marks (their own fills; delete the add-in's notes), read each
 * new cell's own fill, set the severity fill, and add a note where the cell has none and the sheet is not
 * protected. Returns the number of cells marked. Findings without a sheet or cell, or on a sheet that no longer
 * exists or is protected against formatting, are not marked (the pane still lists them).
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  prepared: PreparedWorkbook,
  options: MarkOptions = {},
): Promise<number> {
  const support = options.support ?? hostSupport;
  const store = options.store ?? documentStore();
  const kind = noteKind(support);
  const names = new Set(prepared.sheetNames);
  for (const record of await store.read()) if (names.has(record.sheet)) queueRestore(context, record);
  for (const note of prepared.ownNotes) note.delete();
  const targets = cellsToMark(findings, prepared.sheetNames).filter((t) => !prepared.lockedSheets.has(t.sheet));
  const probes: { fill: Excel.RangeFill; note: boolean }[] = [];
  for (const t of targets) {
    const worksheet = context.workbook.worksheets.getItem(t.sheet);
    // A separate proxy reads the cell's own fill (after the restores above, before the mark below).
    const probe = worksheet.getRange(t.cell).format.fill;
    probe.load(support('1.9') ? 'color,pattern' : 'color'); // pattern: ExcelApi 1.9
    const range = worksheet.getRange(t.cell);
    range.format.fill.color = MARK_FILL[t.severity];
    const note = kind !== 'none' && !prepared.protectedSheets.has(t.sheet) && !prepared.otherNotes.has(`${t.sheet}!${t.cell}`);
    if (note && kind === 'notes') context.workbook.notes.add(range, t.text); // ExcelApi 1.18
    else if (note) context.workbook.comments.add(range, t.text); // ExcelApi 1.10
    probes.push({ fill: probe, note });
  }
  const select = options.select;
  // Activating a hidden sheet fails the whole batch (and the marks with it): select on visible sheets only.
  const visible = prepared.book.sheets.some((g) => g.name === select?.sheet && g.visibility === 'visible');
  if (select && visible && names.has(select.sheet) && parseA1(select.cell)) {
    const worksheet = context.workbook.worksheets.getItem(select.sheet);
    worksheet.activate(); // ExcelApi 1.1
    worksheet.getRange(select.cell.replace(/\$/g, '')).select(); // ExcelApi 1.1
  }
  await syncContext(context, 'validate:mark');
  const records: MarkRecord[] = targets.map((t, i) => ({
    sheet: t.sheet,
    cell: t.cell,
    fill: ownFill(probes[i].fill, support('1.9')),
    note: probes[i].note,
  }));
  await store.write(records);
  return records.length;
}

/** The fill to restore: null for no fill (pattern None; before 1.9, white counts as no fill). */
function ownFill(fill: Excel.RangeFill, hasPattern: boolean): string | null {
  const color = typeof fill.color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(fill.color) ? fill.color.toUpperCase() : null;
  if (hasPattern) return fill.pattern === 'None' || color === null ? null : color;
  return color === null || color === '#FFFFFF' ? null : color;
}

/** What `clearMarks` did: cells restored, and marked cells left alone because they no longer show a mark colour. */
export interface ClearResult {
  restored: number;
  /**
   * Cells whose stored address no longer holds the add-in's mark (rows or columns were inserted or deleted, or the
   * user refilled the cell): not restored, so no other cell gets a stale fill. The pane asks the user to check.
   */
  skipped: number;
}

/** True when `color` ("#RRGGBB", any case) is one of the add-in's mark fills. */
function isMarkColour(color: unknown): boolean {
  return typeof color === 'string' && Object.values(MARK_FILL).some((c) => c.toUpperCase() === color.toUpperCase());
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
 * cell: such cells (no longer showing a mark colour) are skipped and counted. 2 syncs (the sheet list, the notes'
 * text and each stored cell's current fill; then the restore). Only when a marked sheet was deleted does the first
 * read fail (ItemNotFound); it is then made again for the sheets that remain (3 syncs).
 */
export async function clearMarks(context: Excel.RequestContext, options: MarkOptions = {}): Promise<ClearResult> {
  const support = options.support ?? hostSupport;
  const store = options.store ?? documentStore();
  const records = await store.read();
  const readAll = async (wanted: readonly MarkRecord[]) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const notes = noteCollection(context, noteKind(support));
    notes?.load('items/content');
    const fills = queueFillReads(context, wanted);
    await syncContext(context, 'clear:read');
    return { names: new Set(worksheets.items.map((w) => w.name)), notes, fills };
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
  let restored = 0;
  let skipped = 0;
  wanted.forEach((r, i) => {
    if (!read.names.has(r.sheet)) return;
    if (isMarkColour(read.fills[i].color)) {
      queueRestore(context, r);
      restored++;
    } else skipped++;
  });
  for (const n of read.notes?.items ?? []) if (typeof n.content === 'string' && n.content.startsWith(MARK_PREFIX)) n.delete();
  await syncContext(context, 'clear:restore');
  await store.write([]);
  return { restored, skipped };
}

/** Activate `sheet` and select the cell `cell` (A1), in one sync (ExcelApi 1.1). Rejects with ItemNotFound when the sheet is gone. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await syncContext(context, 'select');
}
