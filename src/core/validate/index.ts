import { readReport } from '../read';
import type { ProgressReport } from '../read/report';
import type { TemplateSpec } from '../spec/schema';
import type { GridBook } from '../sheet/grid';
import { parseA1 } from '../sheet/grid';
import type { RuleContext, ValidateOptions } from './context';
import { SEVERITY_RANK, type Finding } from './finding';
import { RULES } from './rules';
import { capFindings } from './cap';
import { sheetTruncated } from './rules/sheet-truncated';
import { tableNotFound } from './rules/table-not-found';
import { withPlaces } from './place';

export type { ValidateOptions } from './context';
export type { Finding, Severity } from './finding';
export { hasErrors } from './finding';
export { VALIDATE_MESSAGES } from './messages';

/**
 * Sort findings deterministically: by sheet (file-level first, then `sheetOrder` — the book's tab order — then by
 * name), row, column (sheet-level before cells), severity (error, warning, info), code, message.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const sheetRank = (s: string | null) => (s === null ? -1 : sheetOrder.includes(s) ? sheetOrder.indexOf(s) : sheetOrder.length);
  const pos = (f: Finding) => (f.cell ? parseA1(f.cell) : undefined) ?? { row: -1, col: -1 };
  return [...findings].sort((a, b) => {
    const pa = pos(a);
    const pb = pos(b);
    return (
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      pa.row - pb.row ||
      pa.col - pb.col ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
  });
}

/** The report's own findings and every rule's; only `table-not-found` (and `sheet-truncated`) when there is no table. */
function runRules(ctx: RuleContext): Finding[] {
  if (ctx.report.sheet === undefined) return [...ctx.report.findings, ...tableNotFound(ctx), ...sheetTruncated(ctx)];
  return withPlaces([...ctx.report.findings, ...RULES.flatMap((rule) => rule(ctx))], ctx.report, ctx.spec);
}

/**
 * Validate a ProgressReport against the spec: every rule of rules/ (see validate/messages for the codes), plus the
 * report's own reading findings; when no table was found, only `table-not-found`. Pure and deterministic; never
 * throws on any report. Sorted by `sortFindings` (progress sheet before the indicator sheet); at most 50 findings of
 * one code per sheet, then one `findings-truncated` (`capFindings`).
 */
export function validateReport(report: ProgressReport, spec: TemplateSpec, opts: ValidateOptions = {}): Finding[] {
  const found = runRules({ report, spec, opts });
  const order = [report.sheet, report.indicators?.sheet].filter((s): s is string => s !== undefined);
  return capFindings(sortFindings(found, order));
}

/**
 * Read and validate a workbook: `readReport` then `validateReport`, findings sorted by the book's tab order.
 * Returns the report (for merging and the pane) and the findings (capped as in `validateReport`; a sheet the reader
 * cut short gives `sheet-truncated`). Never throws on any GridBook.
 */
export function validateBook(book: GridBook, spec: TemplateSpec, opts: ValidateOptions = {}): { report: ProgressReport; findings: Finding[] } {
  const report = readReport(book, spec, opts.quarter !== undefined ? { quarter: opts.quarter } : {});
  const found = runRules({ report, spec, opts, book });
  const order = (Array.isArray(book.sheets) ? book.sheets : []).map((s) => s?.name).filter((s): s is string => typeof s === 'string');
  return { report, findings: capFindings(sortFindings(found, order)) };
}
