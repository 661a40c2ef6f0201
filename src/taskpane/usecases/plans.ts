import { templateWorkbookPlan } from '../../core/layout';
import { summaryWorkbookPlan } from '../../core/layout/summary';
import { mergeBooks } from '../../core/merge/books';
import { splitSheets } from '../../core/merge/sheets';
import type { GridBook } from '../../core/sheet/grid';
import type { WorkbookPlan } from '../../core/sheet/plan';
import type { TemplateSpec } from '../../core/spec/schema';
import { todayIso } from '../../core/text/today';
import type { ValidateOptions } from '../../core/validate/context';
import { validateBook } from '../../core/validate/index';
import { isEmbeddedSpec } from './spec-store';
import type { MergeOptions, MergeOutcome, TemplateRequest } from './types';

/**
 * What the jobs make, the same in every host: the plans written (stamped with the time of writing), the validation
 * (today's date for the deadline rule) and the merge of a workbook's table sheets. The host objects apply them.
 */

/** The template workbook for `req`, stamped now; it carries its spec when the spec is not the embedded one. */
export function templatePlanFor(spec: TemplateSpec, req: TemplateRequest): WorkbookPlan {
  return templateWorkbookPlan(spec, { ...req, createdAt: new Date().toISOString(), embedSpec: !isEmbeddedSpec(spec) });
}

/** The summary workbook of a merge, stamped now. */
export function summaryPlanFor(outcome: MergeOutcome, spec: TemplateSpec): WorkbookPlan {
  return summaryWorkbookPlan(outcome.summary, spec, { createdAt: new Date().toISOString() });
}

/** `validateBook` with today's date (core/text/today), for the deadline-passed rule. */
export function validateToday(book: GridBook, spec: TemplateSpec, opts: ValidateOptions = {}): ReturnType<typeof validateBook> {
  return validateBook(book, spec, { ...opts, today: todayIso() });
}

/**
 * Merge the tables of one workbook read whole (Excel, WPS): split into one input per table sheet (`splitSheets`: the
 * add-in's own summary and metadata sheets and sheets without a table left out, listed in `skippedSheets`), then
 * `mergeBooks`, as for files.
 */
export function mergeBookSheets(book: GridBook, spec: TemplateSpec, opts: MergeOptions): MergeOutcome {
  const { inputs, skipped } = splitSheets(book, spec);
  const outcome = mergeBooks(inputs, spec, { ...(opts.quarter ? { quarter: opts.quarter } : {}), layout: opts.layout });
  return { ...outcome, skippedSheets: skipped };
}

/** An earlier summary as the page lists it: its sheets, and its quarter when recorded. */
export function ownSummaryEntry(o: { sheets: string[]; quarter?: number }): { quarter?: number; sheets: string[] } {
  return { sheets: o.sheets, ...(o.quarter !== undefined ? { quarter: o.quarter } : {}) };
}
