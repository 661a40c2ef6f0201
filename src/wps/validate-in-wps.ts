import type { Quarter, TemplateSpec } from '../core/spec/schema';
import type { GridBook } from '../core/sheet/grid';
import { markPlan } from '../core/marks/plan';
import type { BookValidator, ValidateInExcelOptions } from '../excel/validate-in-excel';
import type { ProgressReport } from '../core/read/report';
import type { Finding } from '../core/validate/finding';
import type { WpsApplication, WpsWorkbook } from './api';
import { WpsError } from './errors';
import { applyMarkPlan, type WpsSheetLeft } from './mark-findings';
import { readStore, type FoundStore } from './mark-store';
import { readSheet, readSheetList, type WpsSheetInfo } from './read-grid';

/**
 * 一键校验 in WPS: read the open workbook (wps/read-grid), validate it with the core, mark the findings as their
 * MarkPlan says (wps/mark-findings) and select its first cell when asked. The validator is passed in (the core's
 * `validateBook`), so the adapter holds no rule of the table, as excel/validate-in-excel.
 */

/** The open workbook; throws WpsError('wps-no-workbook') when none is open. */
export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new WpsError('wps-no-workbook');
  return workbook;
}

/** The workbook as read: the book (without the marks sheet), the sheet list with protection, the marks store. */
export interface WpsWorkbookRead {
  book: GridBook;
  sheets: WpsSheetInfo[];
  store: FoundStore | undefined;
}

/** Read every sheet but the marks sheet, with the sheet list (protection when asked) and the marks store. */
export function readWorkbook(workbook: WpsWorkbook, options: { protection?: boolean } = {}): WpsWorkbookRead {
  const { sheets, worksheets } = readSheetList(workbook, options);
  const store = readStore(workbook, sheets);
  const grids = sheets.flatMap((s, i) => (s.name === store?.name ? [] : [readSheet(worksheets[i], s)]));
  return { book: { sheets: grids }, sheets, store };
}

/** Options of `validateInWps`: those of validateInExcel that mean something here. */
export type ValidateInWpsOptions = Pick<ValidateInExcelOptions, 'validate' | 'quarter' | 'mark' | 'specOf' | 'selectFirst'>;

export interface ValidateInWpsResult {
  report: ProgressReport;
  findings: Finding[];
  marked: number;
  notes: 'comments' | 'none';
  leftAsIs: WpsSheetLeft[];
  spec: TemplateSpec;
}

export type { BookValidator, Quarter };

/** Validate the open workbook and mark its findings. Throws WpsError (no workbook; a host call refused). */
export function validateInWps(app: WpsApplication, spec: TemplateSpec, options: ValidateInWpsOptions): ValidateInWpsResult {
  const workbook = activeWorkbook(app);
  const { book, sheets, store } = readWorkbook(workbook, { protection: true });
  const used = options.specOf ? options.specOf(book) : spec;
  const { report, findings } = options.validate(book, used, options.quarter ? { quarter: options.quarter } : {});
  if (options.mark === false) return { report, findings, marked: 0, notes: 'none', leftAsIs: [], spec: used };
  const marks = applyMarkPlan(workbook, markPlan(findings, sheets), sheets, store, { select: options.selectFirst === true });
  return { report, findings, ...marks, spec: used };
}
