import { applyLedger, type LedgerMergeResult } from '../../core/ledger/merge';
import { readLedger } from '../../core/ledger/store';
import type { Ledger } from '../../core/ledger/types';
import { ledgerWorkbookPlan } from '../../core/layout/ledger-workbook';
import { dispatchReportPlan, dispatchTitle } from '../../core/report/dispatch';
import type { TemplateSpec } from '../../core/spec/schema';
import { readFailureText } from '../../core/read/messages';
import { officeErrorCode } from '../../excel/errors';
import { fileBytes, safeFileName, saveBytes } from '../../browser/download';
import { readBookInWorker } from '../../browser/read-worker';
import type { MergeOutcome } from './types';

/** MIME type of a .docx download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A ledger chosen in the pane: read, or why not (the sentence to show, naming the file). */
export type ChosenLedger = { ledger: Ledger; file: string; error?: undefined } | { ledger?: undefined; file: string; error: string };

/**
 * Read a ledger the coordinator chose (in the read worker, like the units' files) and check it is a ledger of `spec`'s
 * list and year (`readLedger`). Never throws: a file that cannot be read, is no ledger, or is another list's or
 * year's, comes back with the message (zh-CN) and its hint.
 */
export async function readLedgerFile(file: File, spec: TemplateSpec): Promise<ChosenLedger> {
  try {
    const book = await readBookInWorker(await fileBytes(file), file.name);
    const read = readLedger(book, spec, file.name);
    return read.ledger ? { ledger: read.ledger, file: file.name } : { file: file.name, error: `${read.finding.message}。${read.finding.hint}` };
  } catch (err) {
    return { file: file.name, error: readFailureText(officeErrorCode(err) ?? 'file-unreadable', file.name) };
  }
}

/**
 * The merged quarter with the ledger applied (`applyLedger`, the CLI's own step): the ledger's checks, the quarter
 * upserted. `ledger` undefined = a new ledger.
 */
export function withLedger(outcome: MergeOutcome, spec: TemplateSpec, ledger: Ledger | undefined, mergedAt: string): LedgerMergeResult {
  return applyLedger(outcome, spec, ledger, { mergedAt });
}

/** Download the updated ledger workbook ("2026年…工作台账.xlsx"); ExcelJS is loaded only now. */
export async function downloadLedger(result: LedgerMergeResult, spec: TemplateSpec): Promise<{ fileName: string }> {
  const { writeWorkbook } = await import('../../xlsx/write');
  const fileName = safeFileName(`${spec.year}年工作台账`);
  saveBytes(await writeWorkbook(ledgerWorkbookPlan(result.ledger, spec)), fileName);
  return { fileName };
}

/** Download the draft 调度通报 (.docx) of the merged quarter, dated `date` (ISO); the docx library is loaded only now. */
export async function downloadReport(result: LedgerMergeResult, spec: TemplateSpec, date: string): Promise<{ fileName: string }> {
  const { writeDocx } = await import('../../docx/write');
  const fileName = safeFileName(dispatchTitle(spec, result.summary.quarter), '.docx');
  const plan = dispatchReportPlan(result.summary, spec, { ...(result.previous ? { previous: result.previous } : {}), date });
  saveBytes(await writeDocx(plan), fileName, DOCX_MIME);
  return { fileName };
}
