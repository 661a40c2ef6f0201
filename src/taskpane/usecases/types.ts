import type { Quarter, TemplateSpec } from '../../core/spec/schema';
import type { ProgressReport } from '../../core/read/report';
import type { Finding } from '../../core/validate/finding';
import type { MergeInput, Summary, SummaryLayout } from '../../core/merge/types';
import type { SkippedSheet } from '../../core/merge/sheets';
import type { WorkbookLedgerCases } from './ledger-workbook';
import type { PlanFeature } from '../../excel/apply-plan';

/**
 * The pane's host objects: what a page can ask for where the pane runs. Components call these and never Office.js or
 * the file libraries directly. Each host carries only the jobs it can do: `excelHost` and `wpsHost` (usecases/excel,
 * usecases/wps) the jobs on the open workbook (`workbook`), `filesHost` (usecases/files, a plain browser) the jobs
 * on files (`files`); a page asks `host.workbook` / `host.files` (or `host.host`) which it has. Tests pass fakes.
 * The jobs' code (usecases/excel-jobs, wps-jobs, file-jobs, merge-files) loads on first use (usecases/deferred).
 */

/**
 * Where the pane runs: inside Excel or inside WPS 表格 (a WPS 加载项; both work on the open workbook), or in a browser
 * (works on files).
 */
export type Host = 'excel' | 'wps' | 'browser';

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

/** The merge options a page gives: the quarter (none: read from the files) and the summary layout. */
export interface MergeOptions {
  quarter?: Quarter;
  layout: SummaryLayout;
}

/** The jobs on the open workbook (Excel, WPS). */
export interface WorkbookJobs {
  /** Insert the template as new sheets; resolves with the visible sheets' names and the features the host lacked. */
  insertTemplate(req: TemplateRequest): Promise<{ sheets: string[]; skipped: PlanFeature[] }>;
  /** Validate the open workbook and mark the cells. */
  validateWorkbook(quarter?: Quarter): Promise<ValidationOutcome>;
  /**
   * Remove the marks; resolves with the number of cells restored and of marked cells skipped because their stored
   * address no longer shows a mark (rows inserted or deleted since), and the sheets left as they were because of
   * their protection.
   */
  clearMarks(): Promise<{ restored: number; skipped: number; leftAsIs: SheetLeftAsIs[] }>;
  /** Go to a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Merge the tables pasted as sheets into the open workbook (one input per table sheet, named 工作表「…」, with its
   * indicator sheet; core/merge/sheets `splitSheets`), reading the workbook in 2 syncs. The outcome lists the sheets
   * left out (`skippedSheets`).
   */
  mergeSheets(opts: MergeOptions): Promise<MergeOutcome>;
  /**
   * The add-in's own earlier summaries ([] when none), each with its quarter (1..4, when recorded) and its sheets as
   * named now, for the confirmation: `writeSummary(…, true)` deletes all of them.
   */
  findOwnSummary(): Promise<{ quarter?: number; sheets: string[] }[]>;
  /** Write the summary sheets (replacing the add-in's earlier ones when `replace`); resolves with the visible ones' names. */
  writeSummary(outcome: MergeOutcome, replace: boolean): Promise<{ sheets: string[] }>;
  /** The ledger kept in the open workbook (usecases/ledger-workbook): Excel only for now (absent in WPS). */
  workbookLedger?: WorkbookLedgerCases;
}

/** The jobs on the open workbook's tables: every job but the ledger's (what usecases/excel-jobs and wps-jobs make). */
export type WorkbookTableJobs = Omit<WorkbookJobs, 'workbookLedger'>;

/** Every job of `WorkbookTableJobs` (checked complete by the compiler): what usecases/deferred forwards. */
export const WORKBOOK_TABLE_JOBS: { [K in keyof WorkbookTableJobs]-?: true } = {
  insertTemplate: true,
  validateWorkbook: true,
  clearMarks: true,
  selectCell: true,
  mergeSheets: true,
  findOwnSummary: true,
  writeSummary: true,
};

/** The jobs on files in a browser: each result is a download (nothing leaves the machine). */
export interface FileJobs {
  /** Make the template .xlsx and download it. */
  downloadTemplate(req: TemplateRequest): Promise<{ fileName: string }>;
  /** Read and validate one file. Rejects with a WorkbookReadError for an unreadable file. */
  validateFile(file: File, quarter?: Quarter): Promise<ValidationOutcome>;
  /** Download a copy of `file` with the findings' cells marked. */
  downloadAnnotated(file: File, findings: Finding[]): Promise<{ fileName: string }>;
  /**
   * 清除标记 on the web: download a copy of `file` with every fill, note and sheet the add-in added removed and
   * nothing else (xlsx/annotate `cleanWorkbook`), the file to send. A file ExcelJS cannot open is given back as it is.
   */
  downloadCleaned(file: File): Promise<{ fileName: string }>;
  /** Download the summary workbook. */
  downloadSummary(outcome: MergeOutcome): Promise<{ fileName: string }>;
}

/** What every host does: its spec, and merging chosen files (read in the browser's read worker, in every host). */
export interface HostCommon {
  spec: TemplateSpec;
  /** Read and merge many files, yielding to the event loop between files. */
  mergeFiles(files: readonly File[], opts: MergeOptions, progress?: Progress): Promise<MergeOutcome>;
}

/** The pane inside Excel or WPS: the jobs on the open workbook. */
export interface WorkbookHost extends HostCommon {
  host: 'excel' | 'wps';
  workbook: WorkbookJobs;
  files?: undefined;
}

/** The pane in a plain browser: the jobs on files. */
export interface FilesHost extends HostCommon {
  host: 'browser';
  files: FileJobs;
  workbook?: undefined;
}

/** The host object of the pane: what it can do where it runs (a page tells them apart by `host`, `workbook` or `files`). */
export type PaneHost = WorkbookHost | FilesHost;
