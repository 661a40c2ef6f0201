import type { Quarter, TemplateSpec } from '../core/spec/schema';
import type { GridBook } from '../core/sheet/grid';
import type { ProgressReport } from '../core/read/report';
import type { Finding } from '../core/validate/finding';
import { markFindings, readForMarking, type MarkOptions, type SheetLeft } from './mark-findings';
import { hostSupport, type NoteApi } from './requirements';

/**
 * 一键校验 in Excel: read the open workbook, validate it with the core, mark the findings' cells as their MarkPlan
 * says (core/marks; and select its first cell, when asked). Two syncs in all (every used range read from the sheet list kept since the last read, excel/sheet-cache;
 * marks), whatever the number of rows, sheets or findings; three when the sheets changed since the last read (or on
 * the first read of a workbook, or below ExcelApi 1.4): see mark-findings `readForMarking`. The validator is passed
 * in (the core's `validateBook`), so the adapter holds no rule of the table.
 */

/** The core's validator: GridBook + spec → report and findings (core/validate `validateBook`). */
export type BookValidator = (
  book: GridBook,
  spec: TemplateSpec,
  opts?: { quarter?: Quarter },
) => { report: ProgressReport; findings: Finding[] };

export interface ValidateInExcelOptions extends MarkOptions {
  validate: BookValidator;
  /** The quarter expected; omitted = the one the table names. */
  quarter?: Quarter;
  /** Mark the cells (default true). */
  mark?: boolean;
  /**
   * The spec to use, chosen from the workbook as read (e.g. `specOfBook`: the spec kept in its metadata), so no extra
   * sync is needed; omitted = the `spec` argument.
   */
  specOf?: (book: GridBook) => TemplateSpec;
  /** Select the first finding to show (the MarkPlan's `select`: the most severe on a visible sheet) in the marking sync. */
  selectFirst?: boolean;
}

export interface ValidateInExcelResult {
  report: ProgressReport;
  findings: Finding[];
  /** Cells marked. */
  marked: number;
  /** How the marked cells got their text: notes (ExcelApi 1.18), comments (1.10) or none (the fill alone). */
  notes: NoteApi;
  /** Sheets (partly) left as they were because of their protection, with the reason (excel/mark-findings). */
  leftAsIs: SheetLeft[];
  /** The spec the workbook was validated against. */
  spec: TemplateSpec;
}

/** Validate the open workbook and mark its findings. Rejects with the OfficeExtension.Error of a failed sync. */
export async function validateInExcel(
  context: Excel.RequestContext,
  spec: TemplateSpec,
  options: ValidateInExcelOptions,
): Promise<ValidateInExcelResult> {
  const support = options.support ?? hostSupport;
  const prepared = await readForMarking(context, support, undefined, options.sheetCache, options.store);
  const used = options.specOf ? options.specOf(prepared.book) : spec;
  const { report, findings } = options.validate(prepared.book, used, options.quarter ? { quarter: options.quarter } : {});
  if (options.mark === false) return { report, findings, marked: 0, notes: prepared.notes, leftAsIs: [], spec: used };
  const marks = await markFindings(context, findings, prepared, { ...options, support, select: options.selectFirst === true });
  return { report, findings, ...marks, spec: used };
}
