import type { Ledger } from '../../core/ledger/types';

/**
 * The pane's use-cases of the ledger kept in the open workbook (issue 14, Excel only; excel/ledger-sheets): find it,
 * write or replace its sheets (usecases/excel-jobs `excelLedgerJobs`, loaded on first use), and whether a download
 * from the task pane reaches the user on this platform.
 */

/** The ledger the open workbook keeps, as the panel shows it. */
export interface KeptLedger {
  /** The ledger of the spec's list and year, when the workbook keeps one. */
  ledger?: Ledger;
  /** Why the workbook's ledger cannot be used (the core's message and hint, naming the workbook as `file`). */
  error?: string;
  /** The add-in's own visible ledger sheets now (as named), which a replace deletes (with the hidden ones); [] when none. */
  sheets: string[];
}

/** What the panel asks of the workbook's ledger in Excel. */
export interface WorkbookLedgerCases {
  /** The ledger kept in the open workbook (2 syncs); `file` is how the messages name the workbook ("本工作簿"). */
  find(file: string): Promise<KeptLedger>;
  /**
   * Write `ledger`'s sheets; `replace` only after the user confirmed replacing the sheets `find` listed. Resolves with
   * the visible sheets written; rejects as excel/ledger-sheets `writeLedgerSheets` (the page maps the error).
   */
  write(ledger: Ledger, replace: boolean): Promise<{ sheets: string[] }>;
  /** True when a file download from the task pane reaches the user here (see `paneCanDownload`). */
  canDownload: boolean;
}

/**
 * Whether a Blob download (usecases/download `saveBytes`: an `<a download>` on a blob: URL) reaches the user from the
 * task pane on this platform (`Office.context.diagnostics.platform`, Microsoft: "Office.ContextInformation",
 * "Office.PlatformType"):
 * - Excel on the web ('OfficeOnline'): the pane is a frame of the browser, which downloads as usual.
 * - Excel on Windows ('PC', WebView2): downloads work; the download bar shows inside the task pane (OfficeDev/office-js
 *   issue #1793, "Desktop Excel JS Add-in displays browser download status in task pane"; #2700: "works fine … in
 *   Office for Windows").
 * - Excel on Mac ('Mac', WKWebView) and iPad: nothing happens, no error (office-js #2700, closed "by design"; #3385,
 *   Word on Mac, open; #3: blocked by WebKit bug 174076). There the panel offers no download button and says how to get
 *   the files: the ledger lives in the workbook anyway; the draft 调度通报 from the add-in's web page, choosing this
 *   workbook (saved) as the ledger.
 * Unknown platforms count as not downloading. Never throws.
 */
export function paneCanDownload(): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const platform = String(office?.context?.diagnostics?.platform ?? office?.context?.platform ?? '');
    return platform === 'PC' || platform === 'OfficeOnline';
  } catch {
    return false;
  }
}
