import type { Quarter, TemplateSpec } from '../../core/spec/schema';
import type { ProgressReport } from '../../core/read/report';
import type { Finding } from '../../core/validate/finding';
import type { MergeInput, Summary, SummaryLayout } from '../../core/merge/types';
import type { SkippedSheet } from '../../core/merge/sheets';
import type { WorkbookLedgerCases } from './ledger-workbook';

/**
 * The pane's use-cases: what a page can ask for. Components call these and never Office.js or the file libraries
 * directly; `excelUseCases` (inside Excel) and `fileUseCases` (a plain browser) implement them over the two
 * adapters, and tests pass fakes.
 */

/**
 * Where the pane runs: inside Excel or inside WPS 表格 (a WPS 加载项; both work on the open workbook), or in a browser
 * (works on files).
 */
export type Host = 'excel' | 'wps' | 'browser';

/** True when the pane works on the open workbook (Excel or WPS): the pages offer 插入, 一键校验 with marks, 汇总本工作簿. */
export function inWorkbook(host: Host): boolean {
  return host === 'excel' || host === 'wps';
}

/** What a template is made for: quarter 1..4 and, optionally, a unit id (e.g. "区卫健局"). */
export interface TemplateRequest {
  quarter: Quarter;
  unit?: string;
}

/**
 * A sheet the marks left (partly) as it was (excel/mark-findings): 'protected' = protected without formatting cells
 * allowed, nothing changed there; 'protected-notes' = protected, fills changed but notes not.
 */
export interface SheetLeftAsIs {
  sheet: string;
  reason: 'protected' | 'protected-notes';
}

/** How the marks were made in Excel: the note API used ('none' = the fill alone) and the sheets left as they were. */
export interface MarksOutcome {
  notes: 'notes' | 'comments' | 'none';
  leftAsIs: SheetLeftAsIs[];
}

/** A validation's outcome: the report read and the findings (zh-CN words; the pane localises them). */
export interface ValidationOutcome {
  /** File name when a file was validated. */
  fileName?: string;
  report: ProgressReport;
  findings: Finding[];
  /** Excel only: how the cells were marked. */
  marks?: MarksOutcome;
}

/** A merge's outcome: the Summary and the per-file inputs (report + findings, or the read error). */
export interface MergeOutcome {
  summary: Summary;
  inputs: MergeInput[];
  /** Where the quarter came from: given, read from the files, or assumed (none named one). */
  quarterSource: 'option' | 'files' | 'none';
  /** When the sheets of the open workbook were merged (`mergeSheets`): the sheets left out and why, tab order. */
  skippedSheets?: SkippedSheet[];
}

/** Progress of a long job: `done` of `total` files, the current file name. */
export type Progress = (done: number, total: number, file: string) => void;

export interface UseCases {
  host: Host;
  spec: TemplateSpec;
  /** Excel: insert the template as new sheets; resolves with the sheet names and the features the host lacked. */
  insertTemplate(req: TemplateRequest): Promise<{ sheets: string[]; skipped: string[] }>;
  /** Browser: make the template .xlsx and download it. */
  downloadTemplate(req: TemplateRequest): Promise<{ fileName: string }>;
  /** Excel: validate the open workbook and mark the cells. */
  validateWorkbook(quarter?: Quarter): Promise<ValidationOutcome>;
  /**
   * Excel: remove the marks; resolves with the number of cells restored and of marked cells skipped because their
   * stored address no longer shows a mark (rows inserted or deleted since), and the sheets left as they were
   * because of their protection.
   */
  clearMarks(): Promise<{ restored: number; skipped: number; leftAsIs: SheetLeftAsIs[] }>;
  /** Excel: go to a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Browser: read and validate one file. Rejects with a WorkbookReadError for an unreadable file. */
  validateFile(file: File, quarter?: Quarter): Promise<ValidationOutcome>;
  /** Browser: download a copy of `file` with the findings' cells marked. */
  downloadAnnotated(file: File, findings: Finding[]): Promise<{ fileName: string }>;
  /**
   * Browser (清除标记 on the web): download a copy of `file` with every fill, note and sheet the add-in added removed
   * and nothing else (xlsx/annotate `cleanWorkbook`), the file to send. A file ExcelJS cannot open is given back as it is.
   */
  downloadCleaned(file: File): Promise<{ fileName: string }>;
  /** Both: read and merge many files, yielding to the event loop between files. */
  mergeFiles(files: readonly File[], opts: { quarter?: Quarter; layout: SummaryLayout }, progress?: Progress): Promise<MergeOutcome>;
  /**
   * Excel: merge the tables pasted as sheets into the open workbook (one input per table sheet, named 工作表「…」,
   * with its indicator sheet; core/merge/sheets `splitSheets`), reading the workbook in 2 syncs. The outcome lists
   * the sheets left out (`skippedSheets`).
   */
  mergeSheets(opts: { quarter?: Quarter; layout: SummaryLayout }): Promise<MergeOutcome>;
  /**
   * Excel: the add-in's own earlier summaries ([] when none), each with its quarter (1..4, when recorded) and its
   * sheets as named now, for the confirmation: `writeSummary(…, true)` deletes all of them.
   */
  findOwnSummary(): Promise<{ quarter?: number; sheets: string[] }[]>;
  /** Excel: write the summary sheets (replacing the add-in's earlier ones when `replace`). */
  writeSummary(outcome: MergeOutcome, replace: boolean): Promise<{ sheets: string[] }>;
  /** Browser: download the summary workbook. */
  downloadSummary(outcome: MergeOutcome): Promise<{ fileName: string }>;
  /** Excel: the ledger kept in the open workbook (usecases/ledger-workbook); absent where the pane works on files. */
  workbookLedger?: WorkbookLedgerCases;
}
