import type { TemplateSpec } from '../spec/schema';
import type { Grid, GridBook } from '../sheet/grid';
import { readMetadataSheet, METADATA_SHEET } from '../sheet/metadata';
import { findProgressHeader } from './headers';
import { readIdentity } from './identity';
import { findIndicatorHeader, readIndicatorRows } from './indicators';
import type { ProgressReport } from './report';
import { readProgressRows } from './rows';

export type { ProgressReport, ProgressRow, IndicatorRow, ReadCell, ReportIdentity } from './report';

/** True for the add-in's hidden metadata sheet (by its marker, or its name), never a table. */
export function isMetadataSheet(grid: Grid): boolean {
  return grid.name.startsWith(METADATA_SHEET) || readMetadataSheet(grid) !== undefined;
}

const VISIBILITY_RANK = { visible: 0, hidden: 1, veryHidden: 2 } as const;

/** Sheets to search, visible first, then hidden, each in tab order; the metadata sheet left out. */
function candidates(book: GridBook): Grid[] {
  const sheets = Array.isArray(book.sheets) ? book.sheets.filter((g) => g && Array.isArray(g.rows) && !isMetadataSheet(g)) : [];
  return sheets
    .map((g, i) => ({ g, i }))
    .sort((a, b) => (VISIBILITY_RANK[a.g.visibility] ?? 1) - (VISIBILITY_RANK[b.g.visibility] ?? 1) || a.i - b.i)
    .map((x) => x.g);
}

/**
 * Read a workbook's progress table into a ProgressReport (see report.ts), by key, never by position.
 *
 * - The table: on any sheet (a renamed one, after a cover or a hidden sheet; the metadata sheet is skipped), the row
 *   whose cells match the most column headers (`findProgressHeader`: 3 of 5, spaces, U+3000, line breaks and width
 *   ignored; extra columns such as 备注 ignored; any start column). Visible sheets win ties, then tab order.
 * - Rows: mapped by 序号 and 实事名称 (`matchItem`: name wins when they disagree), in any order; per-unit layouts with
 *   merged 序号 / 实事名称 cells give one row per sub-row (`readProgressRows`).
 * - Identity: `readIdentity` (填报单位 line, metadata, file name; title; 填报日期).
 * - Indicators: the first other sheet whose header has 指标 and 本季度完成 / 累计完成 (`findIndicatorHeader`).
 *
 * Never throws on any GridBook: a book without a table gives a report with `sheet` and `header` undefined and no rows
 * (the validator reports `table-not-found`). `findings` is left empty: every check is a validation rule.
 */
export function readReport(book: GridBook, spec: TemplateSpec): ProgressReport {
  const sheets = candidates(book);
  let table: { grid: Grid; header: NonNullable<ReturnType<typeof findProgressHeader>>; score: number } | undefined;
  for (const grid of sheets) {
    const header = findProgressHeader(grid, spec);
    if (!header) continue;
    const score = Object.keys(header.columns).length;
    if (!table || score > table.score) table = { grid, header, score };
  }
  const report: ProgressReport = {
    identity: readIdentity(book, table?.grid, table?.header.row, spec),
    rows: table ? readProgressRows(table.grid, table.header, spec) : [],
    findings: [],
  };
  if (book.file !== undefined) report.file = book.file;
  if (table) {
    report.sheet = table.grid.name;
    report.header = { row: table.header.row, columns: table.header.columns };
  }
  for (const grid of sheets) {
    if (grid === table?.grid) continue;
    const header = findIndicatorHeader(grid);
    if (!header) continue;
    report.indicators = { sheet: grid.name, rows: readIndicatorRows(grid, header, spec) };
    break;
  }
  return report;
}
