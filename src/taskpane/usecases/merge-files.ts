import type { Quarter, TemplateSpec } from '../../core/spec/schema';
import type { SummaryLayout } from '../../core/merge/types';
import { mergeBooks, type BookInput } from '../../core/merge/books';
import type { FileClues } from '../../core/read/clues';
import { readFailureText } from '../../core/read/messages';
import { mergeBudget } from '../../xlsx/budget';
import { officeErrorCode } from '../../excel/errors';
import { fileBytes, yieldToEventLoop } from '../../browser/download';
import { readBookInWorker } from '../../browser/read-worker';
import type { MergeOutcome, Progress } from './types';

/**
 * Read many chosen files in the read worker (read-worker.ts: SheetJS off the page's thread, stopped after 20 s) and
 * merge them with the core's `mergeBooks` (the same entry point as the CLI). Yields to the event loop after each
 * file and reports progress, so Excel never finds the pane unresponsive. A file that cannot be read is listed with its reason, never thrown.
 */
export async function mergeFileList(
  files: readonly File[],
  spec: TemplateSpec,
  opts: { quarter?: Quarter; layout: SummaryLayout; today?: string },
  progress?: Progress,
): Promise<MergeOutcome> {
  const books: BookInput[] = [];
  // One budget for the whole merge: the files together may inflate no more than MERGE_UNPACK_BUDGET.
  const budget = mergeBudget();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    progress?.(i, files.length, file.name);
    const input: BookInput = { file: file.name };
    if (Number.isFinite(file.lastModified) && file.lastModified > 0) input.modifiedAt = new Date(file.lastModified).toISOString();
    try {
      input.book = await readBookInWorker(await fileBytes(file), file.name, { budget });
    } catch (err) {
      const code = officeErrorCode(err) ?? 'file-unreadable';
      const params = (err as { params?: Record<string, number> } | undefined)?.params ?? {};
      input.error = { code, message: readFailureText(code, undefined, 'zh-CN', params) };
      if (Object.keys(params).length) input.error.params = params;
      // What could still be read (sheet names, title, archive entries) tells whose file it is: see core/read/clues.
      const clues = (err as { clues?: FileClues } | undefined)?.clues;
      if (clues && typeof clues === 'object' && Object.keys(clues).length) input.error.clues = clues;
    }
    books.push(input);
    await yieldToEventLoop();
  }
  progress?.(files.length, files.length, '');
  return mergeBooks(books, spec, { ...(opts.quarter ? { quarter: opts.quarter } : {}), layout: opts.layout });
}

/**
 * The chosen files with each file taken once: a file chosen twice (same name, size and lastModified, e.g. dropped
 * twice) is the same file, not a unit reporting twice. `repeated` names the files dropped, in order of choice.
 */
export function uniqueFiles(files: readonly File[]): { files: File[]; repeated: string[] } {
  const seen = new Set<string>();
  const out: File[] = [];
  const repeated: string[] = [];
  for (const f of files) {
    const key = JSON.stringify([f.name, f.size, f.lastModified]);
    if (seen.has(key)) {
      if (!repeated.includes(f.name)) repeated.push(f.name);
    } else {
      seen.add(key);
      out.push(f);
    }
  }
  return { files: out, repeated };
}
