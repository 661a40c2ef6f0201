/**
 * The members of the WPS 表格 (ET) JS API object model this adapter uses, and nothing else.
 *
 * WPS 加载项 run in WPS's embedded Chromium with a global `window.Application` (the ET application object). Its
 * object model is the spreadsheet object model of Excel VBA, exposed synchronously to JavaScript: every property read
 * or write and every method call below is one call into the host process, answered before the next line runs.
 *
 * Sources, per member: WPS 开放平台, "WPS 加载项开发 · 表格 (ET) API" (open.wps.cn, the reference pages of the objects
 * Application, Workbook, Worksheets, Worksheet, Range, Interior, Font, Borders, Comment, Validation, PageSetup,
 * HPageBreaks), which follow Microsoft's "Excel VBA reference" object for object; where WPS's page only names a
 * member, its behaviour is taken from the Microsoft page of the same member (cited as "VBA:"). The test fake
 * (test/wps/fake/) implements exactly these members and marks in comments what neither source settles ("assumed").
 *
 * Indexes are 1-based everywhere (`Item(1)` is the first sheet, `Cells(1, 1)` is A1), as in VBA.
 */

/** A value as the host stores it in a cell: Value2 gives numbers (dates as serial days), strings, booleans, or empty. */
export type CellValue2 = string | number | boolean | null | undefined;

/** XlSheetVisibility (VBA: Worksheet.Visible): -1 visible, 0 hidden, 2 very hidden (only code can show it). */
export const XL_SHEET = { visible: -1, hidden: 0, veryHidden: 2 } as const;

/** Constants of the members below (VBA enumerations XlHAlign, XlVAlign, XlLineStyle, XlBorderWeight, XlColorIndex …). */
export const XL = {
  hAlignLeft: -4131,
  hAlignCenter: -4108,
  hAlignRight: -4152,
  vAlignTop: -4160,
  vAlignCenter: -4108,
  vAlignBottom: -4107,
  continuous: 1,
  thin: 2,
  /** XlColorIndex xlColorIndexNone: Interior.ColorIndex of a cell without fill (VBA: Interior.ColorIndex). */
  colorIndexNone: -4142,
  validateDecimal: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  greaterEqual: 7,
  lessEqual: 8,
  landscape: 2,
  portrait: 1,
  paperA4: 9,
} as const;

/** Font (VBA: Font object). `Color` is a BGR long: red + green × 256 + blue × 65536 (VBA: RGB function). */
export interface WpsFont {
  Name: string;
  Size: number;
  Bold: boolean;
  Color: number;
}

/** Interior (VBA: Interior object): the fill. `Color` is BGR; `ColorIndex` is xlColorIndexNone without fill. */
export interface WpsInterior {
  Color: number;
  ColorIndex: number;
}

/** Borders (VBA: Borders collection): setting a property sets it on every border of the range, inside lines too. */
export interface WpsBorders {
  LineStyle: number;
  Weight: number;
  Color: number;
}

/** Comment (VBA: Comment object): `Text()` with no argument returns the text. */
export interface WpsComment {
  Text(): string;
  Delete(): void;
}

/** Validation (VBA: Validation object). `Add` throws when the range already has a rule (so `Delete` first). */
export interface WpsValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
}

/**
 * Range (VBA: Range object).
 * - `Value2`: one cell gives its value; a multi-cell range gives rows of values (`[row][col]`, 0-based arrays for a
 *   1-based range) and takes the same shape when set. Dates are serial day numbers (VBA: "Value2 … doesn't use the
 *   Currency and Date data types").
 * - `Value`: as Value2, except that a date cell gives a date (VBA: Range.Value); how that date crosses into JavaScript
 *   is not documented (assumed: a Date or a string, never the serial number).
 * - `NumberFormat`, `Text`: of one cell, its format code and displayed text; of a multi-cell range, VBA documents
 *   null when the cells differ (NumberFormat) and the text of the first cell or null (Text). The adapter asks per cell
 *   only where it must (see read-grid).
 * - `MergeCells`: true when the range contains merged cells, false when none; null when it holds both merged and
 *   unmerged cells (VBA: Range.MergeCells, "returns Null if the range contains both").
 * - `MergeArea`: the merged area that contains the range's first cell, or that cell itself (VBA: Range.MergeArea).
 * - `Address()`: "$A$1:$E$3"-style absolute address on the sheet (VBA: Range.Address, default arguments).
 * - `Row`, `Column`: 1-based number of the first row and column; `Rows.Count`, `Columns.Count` the size.
 * - Writing to a locked cell of a protected sheet throws (VBA: run-time error 1004); so does formatting it unless
 *   the protection allows formatting cells, and `AddComment` unless it allows editing objects.
 */
export interface WpsRange {
  Value2: unknown;
  readonly Value: unknown;
  NumberFormat: unknown;
  readonly Text: unknown;
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  Address(): string;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Font: WpsFont;
  readonly Interior: WpsInterior;
  readonly Borders: WpsBorders;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Locked: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly Comment: WpsComment | null;
  AddComment(text: string): WpsComment;
  readonly Validation: WpsValidation;
  Merge(): void;
  Select(): void;
}

/** PageSetup (VBA: PageSetup object); margins in points. */
export interface WpsPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  CenterFooter: string;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  CenterHorizontally: boolean;
}

/** Protection (VBA: Protection object): what a protected sheet still allows. */
export interface WpsProtection {
  readonly AllowFormattingCells: boolean;
}

/** Worksheet (VBA: Worksheet object). */
export interface WpsWorksheet {
  Name: string;
  /** XL_SHEET values. */
  Visible: number;
  readonly UsedRange: WpsRange;
  Range(address: string): WpsRange;
  Cells(row: number, col: number): WpsRange;
  Activate(): void;
  Delete(): void;
  /** True when the sheet is protected (VBA: Worksheet.ProtectContents). */
  readonly ProtectContents: boolean;
  /** True when protection covers shapes and comments (VBA: Worksheet.ProtectDrawingObjects). */
  readonly ProtectDrawingObjects: boolean;
  readonly Protection: WpsProtection;
  /**
   * VBA: Worksheet.Protect(Password, DrawingObjects, Contents, Scenarios, UserInterfaceOnly, AllowFormattingCells,
   * AllowFormattingColumns, AllowFormattingRows, …), positional.
   */
  Protect(password?: string, drawingObjects?: boolean, contents?: boolean, scenarios?: boolean, userInterfaceOnly?: boolean, allowFormattingCells?: boolean, allowFormattingColumns?: boolean, allowFormattingRows?: boolean): void;
  Unprotect(password?: string): void;
  readonly PageSetup: WpsPageSetup;
  readonly HPageBreaks: { Add(before: WpsRange): void };
  readonly Tab: { Color: number };
}

/**
 * Worksheets (VBA: Sheets / Worksheets collection): `Item(index | name)` 1-based or by name (throws when there is no
 * such sheet); `Add(before, after)` adds a worksheet before or after the one given and returns it (it becomes the
 * active sheet).
 */
export interface WpsWorksheets {
  readonly Count: number;
  Item(index: number | string): WpsWorksheet;
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

/** Workbook (VBA: Workbook object). */
export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsWorksheets;
}

/**
 * Application (WPS: the `Application` global of a 加载项 page; VBA: Application object). `ActiveWorkbook` is null
 * when no workbook is open. `CreateTaskPane(url)` (WPS only) makes a task pane; `PluginStorage` (WPS only) is a
 * key/value store shared by the pages of one 加载项 in this session.
 */
export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  /**
   * False while the adapter deletes sheets: with alerts on, `Worksheet.Delete` asks the user to confirm in a dialog
   * (VBA: Worksheet.Delete, Application.DisplayAlerts).
   */
  DisplayAlerts: boolean;
}

/** The WPS-only members the entry page uses (WPS 开放平台, "WPS 加载项 · 基础接口": CreateTaskPane, PluginStorage). */
export interface WpsAddinHost {
  CreateTaskPane(url: string, title?: string): { ID: number | string; Visible: boolean };
  GetTaskPane(id: number | string): { Visible: boolean } | null;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

/** The `Application` global of a WPS 加载项 page, or undefined outside WPS. Never throws. */
export function wpsApplication(): (WpsApplication & Partial<WpsAddinHost>) | undefined {
  try {
    const app = (globalThis as { Application?: unknown }).Application;
    return app && typeof app === 'object' && 'ActiveWorkbook' in (app as object) ? (app as WpsApplication & Partial<WpsAddinHost>) : undefined;
  } catch {
    return undefined;
  }
}

/** Colour "#RRGGBB" → the host's BGR long (VBA: RGB function). Anything malformed gives 0 (black). */
export function toBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** The host's BGR long → "#RRGGBB" (upper case); undefined for anything that is not a whole number 0..0xFFFFFF. */
export function fromBgr(bgr: unknown): string | undefined {
  if (typeof bgr !== 'number' || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return undefined;
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return `#${hex(bgr & 0xff)}${hex((bgr >> 8) & 0xff)}${hex((bgr >> 16) & 0xff)}`;
}
