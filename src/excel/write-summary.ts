import type { Grid } from '../core/sheet/grid';
import { finalizeNames, METADATA_SHEET, metadataPlan, readMetadataSheet } from '../core/sheet/metadata';
import { uniqueSheetName } from '../core/sheet/names';
import { isVisibleSheet, visibleSheetNames, type SheetPlan, type SheetRole, type WorkbookPlan } from '../core/sheet/plan';
import { ownSheetsOf, SUMMARY_ROLES, type OwnSheets, type OwnSummary } from '../core/sheet/own-summary-sheets';
import { cellBounds } from './plan-ranges';
import { writeFinish, writeFormatting, writeValues, type PlanFeature } from './apply-plan';
import { gridFrom, queueSheetList, queueSheetRead } from './read-grid';
import { hostSupport, type ApiSupport } from './requirements';
import { syncContext } from './sync';

/**
 * Writing the add-in's own sheets of one kind into the open workbook: the summary (issue 4, 汇总) and the ledger
 * (issue 14, 工作台账, excel/ledger-sheets) both go through `writeOwnSheets`: new sheets, or in place of the add-in's
 * own earlier sheets of that kind after the user confirmed. The add-in's sheets are recognised by its very hidden
 * metadata sheet (core/sheet/metadata, core/sheet/own-summary-sheets): only sheets named there under a role of the
 * kind, and that metadata sheet itself, are ever deleted; a progress table, an indicator sheet, the other kind's
 * sheets or any sheet a person made (even one named like ours) is never touched.
 *
 * Round trips: sheet list (1), metadata sheets (1), add the sheets and their formatting (1), the values in chunks
 * that keep each request well under Excel on the web's 5 MB limit (1 per chunk), then delete the replaced sheets,
 * rename, hide and protect (1): at most 4 + chunks, whatever the number of files. Requirement sets: as
 * `excel/apply-plan`; deleting and renaming sheets need ExcelApi 1.1, sheet visibility 1.2 (Microsoft, "Excel
 * JavaScript API requirement sets"; "Work with worksheets using the Excel JavaScript API": `Worksheet.visibility`,
 * `WorksheetCollection.add`, `Worksheet.delete`).
 */

/** Default budget of one values request in bytes (estimated as UTF-16 JSON; Excel on the web refuses 5 MB). */
export const CHUNK_BYTES = 1_000_000;

export type { OwnSheets, OwnSummary };

/** The workbook's sheet names and the very hidden (or `_ptmeta…`) sheets read as grids: the add-in's own data. */
export interface HiddenSheets {
  names: string[];
  hidden: Grid[];
}

/**
 * Read the sheet list (sync 1) and the used ranges of the very hidden sheets and of those named like the metadata
 * sheet (sync 2): the add-in's metadata sheets and the ledger's data sheet are among them. A visible sheet is never
 * read beyond its name and visibility. 2 syncs whatever the number of sheets. `label` prefixes the sync labels.
 */
export async function readHiddenSheets(context: Excel.RequestContext, support: ApiSupport, label: string): Promise<HiddenSheets> {
  const worksheets = queueSheetList(context);
  await syncContext(context, `${label}:sheets`);
  const pending = worksheets.items
    .filter((w) => String(w.visibility) === 'VeryHidden' || w.name.startsWith(METADATA_SHEET))
    .map((w) => queueSheetRead(w, support));
  await syncContext(context, `${label}:metadata`);
  return { names: worksheets.items.map((w) => w.name), hidden: pending.map(gridFrom) };
}

/** From hidden sheets read, the add-in's own sheets of the kind of `roles` whose sheets still exist (leftovers too). */
export function ownSheetsIn(read: HiddenSheets, roles: readonly SheetRole[]): OwnSheets[] {
  return ownSheetsOf(read.hidden.map((g) => ({ name: g.name, meta: readMetadataSheet(g) })), new Set(read.names), roles);
}

/**
 * Find the add-in's own earlier summary sheets, for the confirmation question (2 syncs). Returns [] when there are
 * none. Leftovers of an interrupted write are not listed: every write removes them without asking.
 */
export async function findOwnSummarySheets(context: Excel.RequestContext, support: ApiSupport = hostSupport): Promise<OwnSummary[]> {
  return ownSheetsIn(await readHiddenSheets(context, support, 'summary'), SUMMARY_ROLES).filter((o) => !o.writing);
}

/** One band of rows of one sheet to write in a chunk (0-based inclusive rows). */
export interface ValueBand {
  sheet: number;
  r0: number;
  r1: number;
}

/**
 * Cut the plans' values into chunks of row bands whose estimated request size stays under `budget` bytes. A
 * string is counted at 6 bytes a character (the worst case of JSON's \uXXXX escapes), a number at 24, plus the
 * number format. A single row is never split (a row of five cells of at most 32,767 characters stays under 1 MB).
 */
export function valueChunks(plans: readonly Pick<SheetPlan, 'cells'>[], budget = CHUNK_BYTES): ValueBand[][] {
  const chunks: ValueBand[][] = [];
  let current: ValueBand[] = [];
  let size = 0;
  plans.forEach((plan, sheet) => {
    const bounds = cellBounds(plan.cells);
    if (!bounds) return;
    const rowBytes = new Map<number, number>();
    for (const c of plan.cells) {
      const v = typeof c.value === 'string' ? c.value.length * 6 + 8 : 24;
      rowBytes.set(c.row, (rowBytes.get(c.row) ?? 0) + v + 12);
    }
    let band: ValueBand | undefined;
    for (let r = bounds.r0; r <= bounds.r1; r++) {
      const bytes = (rowBytes.get(r) ?? 0) + (bounds.c1 - bounds.c0 + 1) * 10;
      if (size + bytes > budget && size > 0) {
        if (band) current.push(band);
        chunks.push(current);
        current = [];
        size = 0;
        band = undefined;
      }
      if (!band) band = { sheet, r0: r, r1: r };
      else band.r1 = r;
      size += bytes;
    }
    if (band) current.push(band);
  });
  if (current.length) chunks.push(current);
  return chunks;
}

/** Options of `writeSummaryPlan`. */
export interface WriteSummaryOptions {
  /** Replace the add-in's own earlier summary sheets (the user confirmed). Default false: add new sheets beside them. */
  replace?: boolean;
  support?: ApiSupport;
  /** Request budget in bytes of one values chunk (default CHUNK_BYTES). */
  chunkBytes?: number;
}

/** Options of `writeOwnSheets`: those of the summary, and the kind of sheets written. */
export interface WriteOwnOptions extends WriteSummaryOptions {
  /** The kind's roles: the earlier sheets replaced (and leftovers removed) are those recorded under these only. */
  roles: readonly SheetRole[];
  /** Prefix of the sync labels ("summary", "ledger"): `:sheets`, `:metadata`, `:format`, `:values`, `:finish`, `:undo`. */
  label: string;
  /**
   * When the add-in's own earlier sheets of the kind exist and `replace` is not set: reject with `OwnSheetsExist`
   * after the two reading syncs, writing nothing (the ledger: one per workbook), instead of adding new sheets beside.
   */
  refuseBeside?: boolean;
}

/** What `writeSummaryPlan` did. */
export interface WriteSummaryResult {
  /** Final names of the sheets written, in plan order (the metadata sheet included when written). */
  sheets: string[];
  /** The visible ones among them, in plan order: the names to tell a person (the metadata sheet is very hidden). */
  visible: string[];
  /** Sheets deleted (the earlier summary and its metadata sheet). */
  replaced: string[];
  /** Number of values chunks (one sync each). */
  chunks: number;
  skipped: PlanFeature[];
}

/** `writeOwnSheets` with `refuseBeside` met the add-in's own earlier sheets and wrote nothing (`own`: them). */
export class OwnSheetsExist extends Error {
  constructor(readonly own: OwnSheets[]) {
    super(`the add-in's own sheets exist: ${own.flatMap((o) => o.sheets).join(', ')}`);
    this.name = 'OwnSheetsExist';
  }
}

/**
 * Write a summary WorkbookPlan (core/layout `summaryWorkbookPlan`): `writeOwnSheets` of the summary roles. With
 * `replace`, the add-in's own earlier summary sheets are deleted and the new ones take their names; otherwise, and
 * for everything else, clashes get new names.
 */
export function writeSummaryPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: WriteSummaryOptions = {}): Promise<WriteSummaryResult> {
  return writeOwnSheets(context, plan, { ...options, roles: SUMMARY_ROLES, label: 'summary' });
}

/**
 * Write a WorkbookPlan of the add-in's own sheets of one kind (`options.roles`). With `replace`, the add-in's own
 * earlier sheets of that kind are deleted and the new ones take their names; otherwise, and for everything else,
 * clashes get new names (`uniqueSheetName`: "进展台账 (2)").
 *
 * Atomic as the user sees it (issue 9): the metadata sheet is added first, already very hidden and marked
 * `state: 'writing'` with the names this attempt uses, in the same request as the other new sheets (a sheet the plan
 * wants very hidden, as the ledger's data sheet, is hidden in that request too, before any value reaches it); the
 * last request renames, hides, protects and clears the mark. When a request in between fails (Excel in cell-edit
 * mode, the web's size limit, a closed connection), one more request removes every sheet this attempt added; when
 * that fails too, the next write of the kind finds the marked leftovers and removes them, with or without `replace`.
 * Rejects with the OfficeExtension.Error of the failed sync (map it with `excel/errors`), or `OwnSheetsExist`.
 */
export async function writeOwnSheets(context: Excel.RequestContext, plan: WorkbookPlan, options: WriteOwnOptions): Promise<WriteSummaryResult> {
  const support = options.support ?? hostSupport;
  const label = options.label;
  const read = await readHiddenSheets(context, support, label);
  const existing = read.names;
  const found = ownSheetsIn(read, options.roles);
  const leftovers = found.filter((o) => o.writing);
  const complete = found.filter((o) => !o.writing);
  if (options.refuseBeside && !options.replace && complete.length) throw new OwnSheetsExist(complete);
  const own = options.replace ? complete : [];
  const replaced = [...own, ...leftovers].flatMap((o) => [...o.sheets, o.metadataSheet]);
  const gone = new Set(replaced.map((n) => n.toLowerCase()));
  // Names as they will be once the replaced sheets are gone; sheets are added under temporary names while the
  // old ones still exist, then renamed.
  const final = finalizeNames(plan, existing.filter((n) => !gone.has(n.toLowerCase())));
  const sheets = final.sheets.filter((s) => s.role !== 'metadata' || support('1.2'));
  const taken = new Set([...existing, ...sheets.map((s) => s.name)]);
  const temps = sheets.map((s) => {
    if (!gone.has(s.name.toLowerCase())) return s.name;
    const temp = uniqueSheetName(s.name, taken);
    taken.add(temp);
    return temp;
  });
  const skipped = new Set<PlanFeature>();
  // The metadata sheet first, complete and very hidden (ExcelApi 1.2) from the request that adds it.
  const order = hiddenFirst(sheets);
  let writing: SheetPlan | undefined;
  const worksheets = context.workbook.worksheets;
  for (const i of order) {
    const s = sheets[i];
    const worksheet = worksheets.add(temps[i]); // ExcelApi 1.1
    if (s.role === 'metadata' && final.metadata) {
      writing = metadataPlan({ ...final.metadata, sheets: namesByRole(sheets, temps), state: 'writing' });
      writeValues(worksheet, writing);
    }
    // Very hidden from the request that adds it (ExcelApi 1.2; the metadata sheet exists only from 1.2).
    if (s.visibility === 'veryHidden' && support('1.2')) worksheet.visibility = 'VeryHidden';
    for (const f of writeFormatting(worksheet, s, support)) skipped.add(f);
  }
  await syncContext(context, `${label}:format`);
  // Later requests reach the new sheets by name (ExcelApi 1.1), not through the proxies `add()` returned: those stay
  // valid past their request only when Excel answers with the sheet's id, which Microsoft does not promise.
  const sheetAt = (i: number) => context.workbook.worksheets.getItem(temps[i]);
  const chunks = valueChunks(sheets, options.chunkBytes ?? CHUNK_BYTES);
  try {
    for (const chunk of chunks) {
      for (const band of chunk) if (sheets[band.sheet].role !== 'metadata') writeValues(sheetAt(band.sheet), sheets[band.sheet], band);
      await syncContext(context, `${label}:values`);
    }
    for (const name of replaced) {
      const old = worksheets.getItem(name);
      // A very hidden sheet is made merely hidden first (ExcelApi 1.2): Excel may refuse to delete a very hidden one.
      if (support('1.2')) old.visibility = 'Hidden';
      old.delete(); // ExcelApi 1.1
    }
    const finals = sheets.map((_, i) => sheetAt(i));
    sheets.forEach((s, i) => {
      if (temps[i] !== s.name) finals[i].name = s.name; // ExcelApi 1.1
      if (s.role === 'metadata') writeValues(finals[i], overwriting(s, writing)); // the final names, and no 'writing' mark
      for (const f of writeFinish(finals[i], s, support)) skipped.add(f);
    });
    const first = sheets.findIndex(isVisibleSheet);
    if (first >= 0) finals[first].activate();
    await syncContext(context, `${label}:finish`);
  } catch (error) {
    await removeAdded(context, temps, sheets, support, label).catch(() => undefined);
    throw error;
  }
  return { sheets: sheets.map((s) => s.name), visible: visibleSheetNames(sheets), replaced, chunks: chunks.length, skipped: [...skipped].sort() };
}

/** `plan`'s cells, plus an empty text cell wherever `before` wrote a cell `plan` has not: writing it blanks the rest. */
function overwriting(plan: SheetPlan, before: SheetPlan | undefined): SheetPlan {
  const have = new Set(plan.cells.map((c) => `${c.row},${c.col}`));
  const blanks = (before?.cells ?? []).filter((c) => !have.has(`${c.row},${c.col}`)).map((c) => ({ ...c, value: '' }));
  return { ...plan, cells: [...plan.cells, ...blanks] };
}

/** The indexes of `sheets`: the metadata sheet's first, then the other hidden ones, then the rest, each in plan order. */
function hiddenFirst(sheets: readonly SheetPlan[]): number[] {
  const rank = (s: SheetPlan) => (s.role === 'metadata' ? 0 : isVisibleSheet(s) ? 2 : 1);
  return sheets.map((_, i) => i).sort((a, b) => rank(sheets[a]) - rank(sheets[b]) || a - b);
}

/** Sheet names by role (the metadata sheet's own left out), as `temps` names them now. */
function namesByRole(sheets: readonly SheetPlan[], temps: readonly string[]): Partial<Record<SheetRole, string>> {
  const out: Partial<Record<SheetRole, string>> = {};
  sheets.forEach((s, i) => {
    if (s.role !== 'metadata') out[s.role] = temps[i];
  });
  return out;
}

/**
 * After a failed write: delete the sheets this attempt added (one sync; the very hidden ones made merely hidden
 * first, ExcelApi 1.2). Rejects when Excel refuses (still in cell-edit mode): the 'writing' mark then tells the next write.
 */
async function removeAdded(context: Excel.RequestContext, names: readonly string[], sheets: readonly SheetPlan[], support: ApiSupport, label: string): Promise<void> {
  // A workbook keeps one visible sheet: delete the hidden ones first, the visible ones last.
  const order = hiddenFirst(sheets);
  for (const i of order) {
    // getItemOrNullObject would be kinder, but is ExcelApi 1.4; a sheet that never got added fails this clean-up,
    // and the 'writing' mark then tells the next write.
    const worksheet = context.workbook.worksheets.getItem(names[i]); // ExcelApi 1.1
    if (!isVisibleSheet(sheets[i]) && support('1.2')) worksheet.visibility = 'Hidden';
    worksheet.delete(); // ExcelApi 1.1
  }
  await syncContext(context, `${label}:undo`);
}
