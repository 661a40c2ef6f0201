import type ExcelJS from 'exceljs';

/**
 * ExcelJS 4.4 (the module object whose `Workbook` the writer and the annotator build), loaded by dynamic `import()` on
 * the first call and kept: the CLI's start-up (`--help`, `validate` without a marked copy) never pays for it, and the
 * pane fetches it only when something is written. Rejects when the package cannot be loaded.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => (m as unknown as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS));
  return loading;
}

let loading: Promise<typeof ExcelJS> | undefined;
