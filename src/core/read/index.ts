import { findingFrom } from '../i18n/catalogue';
import type { ColumnKey, Quarter, TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { filledCount, rankTables, type TableCandidate } from './choose';
import { readingFindings } from './findings';
import { READ_MESSAGES } from './messages';
import type { Grid, GridBook } from '../sheet/grid';
import { readMetadataSheet, METADATA_SHEET } from '../sheet/metadata';
import { findProgressHeader } from './headers';
import { readIdentity } from './identity';
import { findIndicatorHeader, readIndicatorRows } from './indicators';
import { hasCell, type ProgressReport } from './report';
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

/** Options of `readReport`. */
export interface ReadReportOptions {
  /** The quarter being checked or merged: a workbook with several tables is read at that quarter's (`rankTables`). */
  quarter?: Quarter;
}

/**
 * Read a workbook's progress table into a ProgressReport (see report.ts), by key, never by position.
 *
 * - The table: on any sheet (a renamed one, after a cover or a hidden sheet; the metadata sheet is skipped), the row
 *   whose cells match the column headers (`findProgressHeader`: 3 of 5, spaces, U+3000, line breaks and width
 *   ignored; extra columns such as 备注 ignored; any start column). When several sheets hold one (a sheet per quarter,
 *   per unit, drafts), `rankTables` chooses: a table of the spec's year over one of another, the quarter being read
 *   (`opts.quarter`, else the latest named), then identity, visible non-draft sheets, header columns, filled cells,
 *   tab order. Each other table gives an info `table-not-chosen` (history, never an error).
 * - Rows: mapped by 序号 and 实事名称 (`matchItem`: name wins when they disagree), in any order; per-unit layouts with
 *   merged 序号 / 实事名称 cells give one row per sub-row (`readProgressRows`); merged cells read as their anchor.
 * - Identity: `readIdentity` (填报单位 line, metadata, file name; quarter and year from the title, sheet name,
 *   metadata, file name; 填报日期).
 * - Indicators: the first other sheet whose header has 指标 and 本季度完成 / 累计完成 (`findIndicatorHeader`).
 * - Findings: the reader's own remarks (`readingFindings`: values hidden under merges, a progress cell merged over
 *   two items, formulas without a saved result; `table-not-chosen`). Every other check is a validation rule.
 *
 * Never throws on any GridBook: a book without a table gives a report with `sheet` and `header` undefined and no rows
 * (the validator reports `table-not-found`).
 */
export function readReport(book: GridBook, spec: TemplateSpec, opts: ReadReportOptions = {}): ProgressReport {
  const sheets = candidates(book);
  const found: TableCandidate[] = [];
  sheets.forEach((grid, order) => {
    const header = findProgressHeader(grid, spec);
    if (!header) return;
    found.push({ grid, header, order, identity: readIdentity(book, grid, header.row, spec), filled: filledCount(grid, header) });
  });
  const ranked = rankTables(found, book, spec, opts.quarter);
  const table = ranked[0];
  const rows = table ? readProgressRows(table.grid, table.header, spec) : [];
  const report: ProgressReport = {
    identity: table ? table.identity : readIdentity(book, undefined, undefined, spec),
    rows,
    findings: [],
  };
  if (book.file !== undefined) report.file = book.file;
  if (table) {
    report.sheet = table.grid.name;
    report.header = { row: table.header.row, columns: table.header.columns };
    const labels = Object.fromEntries(spec.columns.map((c) => [c.key, c.header.replace(/\s+/g, '')])) as Record<ColumnKey, string>;
    report.findings.push(...readingFindings(table.grid, table.header, rows, labels, book.file));
    for (const other of ranked.slice(1)) {
      const q = other.identity.quarter;
      report.findings.push(
        findingFrom(READ_MESSAGES, 'table-not-chosen', { ...(book.file !== undefined ? { file: book.file } : {}), sheet: other.grid.name, cell: null }, {
          sheet: other.grid.name,
          quarter: q === undefined ? '' : `（${quarterLabel(q)}）`,
          chosen: table.grid.name,
        }),
      );
    }
  }
  for (const grid of sheets) {
    if (grid === table?.grid) continue;
    const header = findIndicatorHeader(grid);
    if (!header) continue;
    report.indicators = { sheet: grid.name, rows: readIndicatorRows(grid, header, spec) };
    for (const row of report.indicators.rows) {
      for (const [c, column] of [
        [row.quarterValue, '本季度完成'],
        [row.cumulativeValue, '累计完成'],
      ] as const) {
        if (!hasCell(c) || !c.raw?.formula || c.text !== '') continue;
        const place = { ...(book.file !== undefined ? { file: book.file } : {}), sheet: grid.name, cell: c.cell };
        report.findings.push(findingFrom(READ_MESSAGES, 'formula-no-result', place, { column }));
      }
    }
    break;
  }
  return report;
}
