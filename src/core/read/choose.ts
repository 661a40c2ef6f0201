import type { ColumnKey, Quarter, TemplateSpec } from '../spec/schema';
import type { Grid, GridBook } from '../sheet/grid';
import { cellText } from './cells';
import type { HeaderMatch } from './headers';
import { readIdentity } from './identity';
import type { ReportIdentity } from './report';

/** One progress table found in a workbook: its sheet, header, identity and how full it is. */
export interface TableCandidate {
  grid: Grid;
  header: HeaderMatch<ColumnKey>;
  identity: ReportIdentity;
  /** Tab position (0-based) among the searched sheets. */
  order: number;
  /** Non-blank 本季度具体措施及任务进度情况 cells below the header. */
  filled: number;
}

/** Sheet names that say "not the one to send": 草稿, 底稿, 旧, 备份, 副本, 模板, 样表, copy, old, draft, backup. */
const DRAFT_NAME = /草稿|底稿|旧|备份|副本|模板|样表|样例|示例|copy|old|draft|backup|bak/i;

/** Non-blank cells in the progress column below the header. */
export function filledCount(grid: Grid, header: HeaderMatch<ColumnKey>): number {
  const c = header.columns.progressText;
  if (c === undefined) return 0;
  let n = 0;
  for (let r = header.row + 1 - grid.origin.row; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (Array.isArray(row) && cellText(row[c - grid.origin.col]).trim() !== '') n++;
  }
  return n;
}

/**
 * Which table of a workbook holding several (one sheet per quarter, per unit, or drafts) is the one sent, best first:
 * 1. the year: a table of another year than the spec's (`spec.year`) ranks last (a workbook kept across years: last
 *    year's sheets are history); one naming no year competes as one of the spec's year;
 * 2. the quarter: the one being checked or merged (`quarter`) when given, else the latest quarter named (among the
 *    tables not of another year, when there are any); a table naming no quarter ranks after those naming the wanted
 *    one and before those naming another;
 * 3. identity: a table whose unit is recognised, then one whose unit agrees with the file name's unit;
 * 4. a sheet that is visible and not named as a draft or copy (草稿, 副本, 旧, 备份 …);
 * 5. more header columns, then more filled progress cells, then tab order.
 * Only tables matching at least 4 header columns compete when any does (fewer: the most found). Returns the competing
 * candidates sorted (the first is the table read); an empty list stays empty. Pure.
 */
export function rankTables(candidates: readonly TableCandidate[], book: GridBook, spec: TemplateSpec, quarter?: Quarter): TableCandidate[] {
  const yearRank = (c: TableCandidate) => (c.identity.year !== undefined && c.identity.year !== spec.year ? 1 : 0);
  const current = candidates.filter((c) => yearRank(c) === 0);
  const named = (current.length ? current : candidates).map((c) => c.identity.quarter).filter((q): q is Quarter => q !== undefined);
  const wanted = quarter ?? (named.length ? (Math.max(...named) as Quarter) : undefined);
  const fileUnit = book.file ? readIdentity({ file: book.file, sheets: [] }, undefined, undefined, spec).unit : undefined;
  const quarterRank = (c: TableCandidate) => (wanted === undefined ? 0 : c.identity.quarter === wanted ? 0 : c.identity.quarter === undefined ? 1 : 2);
  const unitRank = (c: TableCandidate) => (c.identity.unit === undefined ? 2 : fileUnit !== undefined && c.identity.unit !== fileUnit ? 1 : 0);
  const sheetRank = (c: TableCandidate) => (c.grid.visibility === 'visible' ? 0 : 2) + (DRAFT_NAME.test(c.grid.name) ? 1 : 0);
  const columns = (c: TableCandidate) => Object.keys(c.header.columns).length;
  const most = Math.max(0, ...candidates.map(columns));
  // A sheet matching fewer columns (a 说明 sheet quoting some headers) competes only when nothing matches 4 or more.
  const real = candidates.filter((c) => columns(c) >= Math.min(4, most));
  return real.sort(
    (a, b) =>
      yearRank(a) - yearRank(b) ||
      quarterRank(a) - quarterRank(b) ||
      unitRank(a) - unitRank(b) ||
      sheetRank(a) - sheetRank(b) ||
      columns(b) - columns(a) ||
      b.filled - a.filled ||
      a.order - b.order,
  );
}
