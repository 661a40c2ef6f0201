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

/** What `mergeBooks` and `BookMerger.finish` yield: the Summary, the per-file inputs, where the quarter came from. */
export interface MergedBooks {
  summary: Summary;
  inputs: MergeInput[];
  quarterSource: 'option' | 'files' | 'none';
}

/** One workbook validated into its MergeInput, at `quarter` when given (`mergeBooks` explains the rules). */
function inputOf(b: BookInput, spec: TemplateSpec, quarter: Quarter | undefined): MergeInput {
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
}

/** A workbook of several tables read at its latest quarter (no quarter given): it may be read again at the merged one. */
function mayReadAgain(input: MergeInput): boolean {
  return Boolean(input.report?.findings.some((f) => f.code === 'table-not-chosen'));
}

/**
 * `mergeBooks` one workbook at a time, so a caller reading hundreds of files need not hold every GridBook at once:
 * `add` validates a book at once and keeps its MergeInput (report and findings), not the GridBook, except for a
 * workbook of several tables when no quarter was given (it is read again at the quarter the files decide: a few
 * such files at most); `finish` merges what was added, in the order added. The same result as `mergeBooks` over the
 * same books. Pure; never throws on bad workbooks.
 */
export class BookMerger {
  private readonly inputs: MergeInput[] = [];
  /** Index in `inputs` -> the book, for the workbooks that may be read again. */
  private readonly kept = new Map<number, BookInput>();

  constructor(
    private readonly spec: TemplateSpec,
    private readonly opts: MergeBooksOptions = {},
  ) {}

  /** Validate one workbook (or take its read error) and keep its input. */
  add(b: BookInput): void {
    const input = inputOf(b, this.spec, this.opts.quarter);
    if (!this.opts.quarter && mayReadAgain(input)) this.kept.set(this.inputs.length, b);
    this.inputs.push(input);
  }

  /** Decide the quarter, read again the workbooks of several tables at it, and merge. */
  finish(): MergedBooks {
    const { spec, opts } = this;
    const fromFiles = resolveQuarter(this.inputs);
    const quarter = opts.quarter ?? fromFiles ?? 1;
    const quarterSource = opts.quarter ? 'option' : fromFiles ? 'files' : 'none';
    const inputs = this.inputs.map((input, i) => {
      const book = this.kept.get(i);
      return book && input.report?.identity.quarter !== quarter ? inputOf(book, spec, quarter) : input;
    });
    const summary = mergeReports(inputs, spec, { ...opts, quarter });
    return { summary, inputs, quarterSource };
  }
}

/**
 * Validate each workbook (`validateBook`) and merge the reports: the one entry point of both the task pane and
 * the CLI, so they cannot disagree (the CLI feeds the same steps one file at a time: `BookMerger`). Returns the
 * Summary, the per-file inputs (report + findings, for the per-file lists), and where the quarter came from:
 * 'option' (given), 'files' (the most common among the files) or 'none' (no file names one: quarter 1 is assumed;
 * callers should ask the user). A summary this add-in wrote (`isOwnSummary`) is not read as a unit's table: its
 * input has `skip: 'own-summary'`, no report, no findings, and the roster lists it as 'own-summary'
 * ("这是汇总结果文件，已跳过"). A workbook holding several progress tables is read at the quarter merged
 * (`readReport`'s `rankTables`); its other tables are history. Never throws on bad workbooks.
 */
export function mergeBooks(books: readonly BookInput[], spec: TemplateSpec, opts: MergeBooksOptions = {}): MergedBooks {
  const merger = new BookMerger(spec, opts);
  for (const b of books) merger.add(b);
  return merger.finish();
}
