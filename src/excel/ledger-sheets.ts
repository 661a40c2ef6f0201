import { findLedgerSheet, readLedger } from '../core/ledger/store';
import type { Ledger } from '../core/ledger/types';
import { ledgerWorkbookPlan } from '../core/layout/ledger-workbook';
import { LEDGER_ROLES } from '../core/sheet/own-summary-sheets';
import type { TemplateSpec } from '../core/spec/schema';
import type { Finding } from '../core/validate/finding';
import { hostSupport, type ApiSupport } from './requirements';
import { ownSheetsIn, readHiddenSheets, writeOwnSheets, type OwnSheets, type WriteSummaryResult } from './write-summary';

/**
 * The year's ledger (工作台账, issue 14) kept in the coordinator's open workbook: the add-in's own sheets 进展台账 /
 * 指标台账 / 进度一览 / 报送情况 (core/layout/ledger-workbook) and the very hidden `_ptledger` data sheet the ledger
 * is read back from (core/ledger/store), recorded by a metadata sheet under the ledger roles (LEDGER_ROLES), so a
 * reload recognises them and neither the summary's replace nor this one deletes the other's sheets.
 *
 * Round trips: finding 2 (the sheet list; the very hidden sheets' used ranges: excel/write-summary
 * `readHiddenSheets`), writing as `writeOwnSheets` (4 + one per values chunk), whatever the number of sheets, units,
 * files or quarters. A visible sheet is never read beyond its name and visibility.
 * Requirement sets (Microsoft, "Excel JavaScript API requirement sets"; "Work with worksheets using the Excel
 * JavaScript API"): the ledger is kept in the workbook from ExcelApi 1.2 (`Worksheet.visibility` = VeryHidden hides
 * its data sheet, and the metadata sheet exists only from 1.2); on 1.1 (Office 2016 volume) nothing is found and the
 * write rejects with the code UnsupportedFeature (excel/errors: "此版本的 Excel 不支持该功能…"), writing nothing.
 */

/** What the open workbook holds of the ledger. */
export interface WorkbookLedger {
  /** The ledger of the spec's list and year, when the workbook keeps one. */
  ledger?: Ledger;
  /**
   * Why the ledger kept in the workbook cannot be used (core/ledger/store `readLedger`: another list's
   * `ledger-other-list`, another year's `ledger-other-year`, damaged data `ledger-damaged`), zh-CN. Absent when
   * the ledger is used or when there is none.
   */
  finding?: Finding;
  /** The add-in's own complete ledger sheets now ([] when none): what `writeLedgerSheets(…, {replace: true})` deletes. */
  own: OwnSheets[];
}

/** Options of `findWorkbookLedger`. */
export interface FindLedgerOptions {
  /** The name the messages give the workbook (`{file}` of the core's ledger messages, e.g. "本工作簿"). */
  file: string;
  support?: ApiSupport;
}

/**
 * Find the ledger kept in the open workbook (2 syncs): the very hidden sheets are read, the add-in's data sheet is
 * recognised by its key/values (generator = the add-in's marker, kind = ledger: `findLedgerSheet`, not by its name),
 * the one recorded by the add-in's complete ledger metadata first, a leftover of an interrupted write never; then
 * `readLedger` checks it against `spec`. Never throws for what the workbook holds (a ledger of another list or year,
 * damaged data: `finding`); rejects with the OfficeExtension.Error of a failed sync.
 */
export async function findWorkbookLedger(context: Excel.RequestContext, spec: TemplateSpec, options: FindLedgerOptions): Promise<WorkbookLedger> {
  const support = options.support ?? hostSupport;
  if (!support('1.2')) return { own: [] };
  const read = await readHiddenSheets(context, support, 'ledger-find');
  const found = ownSheetsIn(read, LEDGER_ROLES);
  const own = found.filter((o) => !o.writing);
  const leftover = new Set(found.filter((o) => o.writing).flatMap((o) => o.sheets));
  const recorded = new Set(own.flatMap((o) => o.sheets));
  const grids = read.hidden.filter((g) => !leftover.has(g.name));
  const book = { sheets: [...grids.filter((g) => recorded.has(g.name)), ...grids.filter((g) => !recorded.has(g.name))] };
  if (!findLedgerSheet(book)) return { own };
  const r = readLedger(book, spec, options.file);
  return r.ledger ? { ledger: r.ledger, own } : { finding: r.finding, own };
}

/** Options of `writeLedgerSheets`. */
export interface WriteLedgerOptions {
  /**
   * The user confirmed replacing the add-in's own ledger sheets (those `findWorkbookLedger` listed in `own`). Without
   * it, the write rejects with `OwnSheetsExist` (excel/write-summary) when they exist, writing nothing: a workbook keeps
   * one ledger.
   */
  replace?: boolean;
  support?: ApiSupport;
  /** Request budget in bytes of one values chunk (default CHUNK_BYTES of excel/write-summary). */
  chunkBytes?: number;
}

/**
 * Write `ledger`'s sheets (`ledgerWorkbookPlan`) into the open workbook: new sheets when it keeps none; with
 * `replace`, in place of exactly the add-in's own ledger sheets (recognised by their metadata; a sheet a person made,
 * even one named 进展台账, is never touched: a clash gets "进展台账 (2)"). Atomic and chunked as the summary's write
 * (`writeOwnSheets`: 4 syncs + one per values chunk). Text is written under the text number format '@' first
 * (excel/apply-plan `writeValues`), so a progress text starting with = + - @ stays text. Rejects with
 * `OwnSheetsExist`, with an error coded UnsupportedFeature on ExcelApi 1.1, or with the OfficeExtension.Error of a
 * failed sync (map it with `excel/errors`).
 */
export async function writeLedgerSheets(
  context: Excel.RequestContext,
  ledger: Ledger,
  spec: TemplateSpec,
  options: WriteLedgerOptions = {},
): Promise<WriteSummaryResult> {
  const support = options.support ?? hostSupport;
  if (!support('1.2')) throw Object.assign(new Error('the ledger needs ExcelApi 1.2 (very hidden sheets)'), { code: 'UnsupportedFeature' });
  return writeOwnSheets(context, ledgerWorkbookPlan(ledger, spec), { ...options, support, roles: LEDGER_ROLES, label: 'ledger', refuseBeside: true });
}
