/** Layout: spec + options -> SheetPlan / WorkbookPlan (pure). */
export { progressTablePlan, progressColumn, PROGRESS_ROWS, DEFAULT_PROGRESS_WIDTHS } from './progress-table';
export {
  indicatorSheetPlan,
  indicatorColumn,
  indicatorText,
  INDICATOR_COLUMNS,
  INDICATOR_ROWS,
  NO_TARGETS_TEXT,
} from './indicator-sheet';
export { targetsFor, targetUnits } from '../spec/targets';
export type { IndicatorColumnKey } from './indicator-sheet';
export { templateWorkbookPlan } from './template-workbook';
export type { TemplateWorkbookOptions } from './template-workbook';
export { checkOptions, unitLine, TEMPLATE_SHEET_NAMES } from './options';
export { progressTitle, indicatorTitle } from '../spec/titles';
export type { TemplateOptions } from './options';
export { templateStyles, FONTS, SIZES, COLORS } from './styles';
