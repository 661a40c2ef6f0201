import type { Quarter, TemplateSpec } from '../spec/schema';
import type { FileClues } from '../read/clues';
import type { GridBook } from '../sheet/grid';
import { validateBook } from '../validate/index';
import { mergeReports, resolveQuarter } from './merge';
import { readFailureFinding } from '../read/messages';
import { isOwnSummary } from './own-summary';
import type { MergeInput, MergeOptions, Summary } from './types';

/** One file for `mergeBooks`: its name or path, the workbook read from it, or why it could not be read. */
export interface BookInput {
  file: string;
  book?: GridBook;
  /** Why it could not be read, and what could still be read from it (see MergeInput.error). */
  error?: { code: string; message: string; clues?: FileClues; params?: Record<string, number> };
  /** Modification time, ISO 8601, when known. */
  modifiedAt?: string;
}

/** Options of `mergeBooks`: as `MergeOptions`, but the quarter may be left to the files (`resolveQuarter`). */
export interface MergeBooksOptions extends Omit<MergeOptions, 'quarter'> {
  quarter?: Quarter;
}

/**
 * Validate each workbook (`validateBook`) and merge the reports: the one entry point of both the task pane and
 * the CLI, so they cannot disagree. Returns the Summary, the per-file inputs (report + findings, for the per-file
 * lists), and where the quarter came from: 'option' (given), 'files' (the most common among the files) or 'none'
 * (no file names one: quarter 1 is assumed; callers should ask the user). A summary this add-in wrote
 * (`isOwnSummary`) is not read as a unit's table: its input has `skip: 'own-summary'`, no report, no findings, and the
 * roster lists it as 'own-summary' ("这是汇总结果文件，已跳过"). A workbook holding several progress tables is read at
 * the quarter merged (`readReport`'s `rankTables`); its other tables are history. Never throws on bad workbooks.
 */
export function mergeBooks(
  books: readonly BookInput[],
  spec: TemplateSpec,
  opts: MergeBooksOptions = {},
): { summary: Summary; inputs: MergeInput[]; quarterSource: 'option' | 'files' | 'none' } {
  const read = (b: BookInput, quarter: Quarter | undefined): MergeInput => {
    const base: MergeInput = { file: b.file, findings: [] };
    if (b.modifiedAt !== undefined) base.modifiedAt = b.modifiedAt;
    if (!b.book) {
      base.error = b.error ?? { code: 'file-unreadable', message: readFailureFinding('file-unreadable', b.file).message };
      return base;
    }
    try {
      const { report, findings } = validateBook(b.book, spec, quarter ? { quarter } : {});
      if (isOwnSummary(b.book, report)) return { ...base, findings: [], skip: 'own-summary' as const };
      return { ...base, report, findings };
    } catch {
      // validateBook never throws on a GridBook; should a bug make it, the file is listed as unreadable, the rest merges.
      base.error = { code: 'file-unreadable', message: readFailureFinding('file-unreadable', b.file).message };
      return base;
    }
  };
  let inputs: MergeInput[] = books.map((b) => read(b, opts.quarter));
  const fromFiles = resolveQuarter(inputs);
  const quarter = opts.quarter ?? fromFiles ?? 1;
  const quarterSource = opts.quarter ? 'option' : fromFiles ? 'files' : 'none';
  // A workbook holding several tables was read at its latest quarter: read it again at the quarter merged.
  if (!opts.quarter) {
    inputs = inputs.map((input, i) =>
      input.report?.findings.some((f) => f.code === 'table-not-chosen') && input.report.identity.quarter !== quarter ? read(books[i], quarter) : input,
    );
  }
  const summary = mergeReports(inputs, spec, { ...opts, quarter });
  return { summary, inputs, quarterSource };
}
