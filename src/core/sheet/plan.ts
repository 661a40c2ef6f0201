import type { CellRange } from './grid';
import type { WorkbookMetadata } from './metadata';

/**
 * A SheetPlan says what to write to one worksheet: cells, styles, merges, sizes, validation, print setup,
 * protection. The layout code (pure) makes plans; the two adapters apply them: `excel/applyPlan` into the open
 * workbook, `xlsx/writePlan` into .xlsx bytes. Both must give the same sheet.
 *
 * All coordinates are 0-based sheet coordinates (row 0 = Excel row 1, col 0 = column A); ranges are inclusive.
 */

/** A cell style. Every property is optional; absent means Excel's default. */
export interface CellStyle {
  font?: {
    /** Font family, e.g. "宋体", "仿宋_GB2312", "黑体", "方正小标宋简体". */
    name?: string;
    /** Size in points. */
    size?: number;
    bold?: boolean;
    /** Colour as "#RRGGBB". */
    color?: string;
  };
  /** Solid fill colour "#RRGGBB". */
  fill?: string;
  /** Thin black border on all four sides when 'thin'. */
  border?: 'thin' | 'none';
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Locked when the sheet is protected (Excel's default is locked). */
  locked?: boolean;
  /** Number format code, e.g. "@" (text), "0", "0.0%", "yyyy年m月d日". */
  numberFormat?: string;
}

/** One cell to write. */
export interface PlanCell {
  row: number;
  col: number;
  /**
   * The value: a string is always written as text, never as a formula, even when it starts with = + - @
   * (adapters set the text format "@" first or escape it). A number is a number; null clears the cell.
   */
  value: string | number | null;
  /** Key into `SheetPlan.styles`. */
  style?: string;
  /** A note (comment) on the cell, where the host allows. */
  note?: string;
}

/** Data validation over a range. */
export type PlanValidation =
  | {
      range: CellRange;
      type: 'decimal';
      /** Inclusive bounds; omitted = unbounded. */
      min?: number;
      max?: number;
      /** Input prompt title and text shown when the cell is selected. */
      promptTitle?: string;
      prompt?: string;
      errorTitle?: string;
      error?: string;
    }
  | {
      range: CellRange;
      type: 'list';
      /** The allowed values. */
      values: string[];
      promptTitle?: string;
      prompt?: string;
      errorTitle?: string;
      error?: string;
    };

/** Print setup. */
export interface PlanPrint {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  /** Fit to this many pages wide (1); height free. */
  fitToWidth?: number;
  /** Rows repeated at the top of every page, 0-based inclusive. */
  titleRows?: { r0: number; r1: number };
  /** Footer centre text with Excel codes, e.g. "第 &P 页，共 &N 页". */
  footerCenter?: string;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Centre the table horizontally on the page. */
  centerHorizontally?: boolean;
}

/** A data bar over a range of numbers (conditional formatting). */
export interface PlanDataBar {
  range: CellRange;
  /** Bar colour "#RRGGBB". */
  color: string;
  /** Fixed bounds of the bar (e.g. 0..1 for a completion ratio). */
  min: number;
  max: number;
}

/**
 * A chart over cells of the same sheet (issue 4: 指标完成情况汇总). Only the Office.js adapter draws it (Excel's
 * `worksheet.charts.add`, ExcelApi 1.1); the .xlsx writer has no chart support (ExcelJS writes none) and ignores
 * `charts`, so a downloaded summary shows the figures and their data bars only.
 *
 * - `type`: 'bar' = horizontal clustered bars (Excel's BarClustered), one bar per category.
 * - `categories`: the category labels, one column (0-based inclusive range); `values`: the numbers, one column of
 *   the same rows, immediately right of `categories` (so the two form one rectangle: ExcelApi 1.1 builds a chart from
 *   one range). Blank values give no bar.
 * - `seriesName`: the legend / series name (e.g. 完成率).
 * - `anchor`: the cells the chart covers (top-left to bottom-right, 0-based inclusive).
 * - `axis`: the value axis bounds (e.g. 0..1 for a ratio) and its number format (e.g. "0%"; the format needs
 *   ExcelApi 1.8, older hosts keep Excel's).
 */
export interface PlanChart {
  type: 'bar';
  title: string;
  categories: CellRange;
  values: CellRange;
  seriesName: string;
  anchor: CellRange;
  axis?: { min?: number; max?: number; numberFormat?: string };
}

/** Everything to write to one worksheet. */
export interface SheetPlan {
  /** The sheet name wanted. An adapter never overwrites a sheet the user made: on a clash it picks a new name. */
  name: string;
  /** What this sheet is, kept in the workbook's metadata so the add-in can recognise (and replace) its own sheets. */
  role: SheetRole;
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Named styles used by `cells[].style`. */
  styles: Record<string, CellStyle>;
  cells: PlanCell[];
  merges: CellRange[];
  /** Column widths in Excel character units, by 0-based column index. */
  columnWidths: number[];
  /** Row heights in points, by 0-based row index; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  /**
   * 0-based rows whose `rowHeights` entry is only a starting height: rows people type into (the progress table's
   * fill rows), which Excel should let grow with their text. The xlsx writer stores their height without
   * `customHeight` (so Excel autofits them when a cell is edited); the Office.js adapter autofits them instead of
   * fixing the height (ExcelApi 1.2). Rows listed here should have no merged cells (Excel does not autofit those).
   */
  autoHeightRows?: number[];
  validations?: PlanValidation[];
  dataBars?: PlanDataBar[];
  /** Charts over this sheet's cells (see PlanChart; drawn by the Office.js adapter only). */
  charts?: PlanChart[];
  print?: PlanPrint;
  /**
   * Manual page breaks: 0-based rows that start a new printed page (ascending; never 0). Layouts compute them so
   * that a page never starts inside a block of merged rows (core/layout/page-breaks). The xlsx writer stores them
   * as `<rowBreaks>`; the Office.js adapter adds them with `worksheet.horizontalPageBreaks` (ExcelApi 1.9).
   */
  rowBreaks?: number[];
  /** Freeze panes: rows above `rows` and columns left of `cols` stay in view. */
  freeze?: { rows: number; cols: number };
  /** Protect the sheet (no password): locked cells cannot be edited, formatting and row sizing stay allowed. */
  protect?: boolean;
  /** Tab colour "#RRGGBB". */
  tabColor?: string;
}

/** Roles of the sheets the add-in writes ('findings': the 校验结果 sheet of an annotated copy, core/marks; ledger-*: the ledger). */
export type SheetRole =
  | 'progress'
  | 'indicator'
  | 'summary'
  | 'roster'
  | 'indicator-summary'
  | 'metadata'
  | 'findings'
  | LedgerSheetRole;

/**
 * Roles of the ledger's sheets (工作台账, core/layout/ledger-*): 进展台账, 指标台账, 进度一览, one 报送情况 sheet per
 * quarter merged (ledger-roster-1 … -4), and the very hidden data sheet the ledger is read back from (ledger-data).
 */
export type LedgerSheetRole =
  | 'ledger-progress'
  | 'ledger-targets'
  | 'ledger-pace'
  | 'ledger-roster-1'
  | 'ledger-roster-2'
  | 'ledger-roster-3'
  | 'ledger-roster-4'
  | 'ledger-data';

/**
 * A whole workbook's worth of sheets, in tab order, and the identity to keep in the hidden metadata sheet.
 * Layout makes it without the metadata sheet; `finalizeNames` (core/sheet/metadata) picks clash-free names and
 * appends the metadata sheet; both adapters call it before writing.
 */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  metadata?: WorkbookMetadata;
}

/** True when the sheet is shown in the tab bar (`visibility` absent or 'visible'; not 'hidden' nor 'veryHidden'). */
export function isVisibleSheet(sheet: Pick<SheetPlan, 'visibility'>): boolean {
  return (sheet.visibility ?? 'visible') === 'visible';
}

/** The names of the shown sheets of `sheets`, in their order: what to name to a person after a write. */
export function visibleSheetNames(sheets: readonly Pick<SheetPlan, 'name' | 'visibility'>[]): string[] {
  return sheets.filter(isVisibleSheet).map((s) => s.name);
}
