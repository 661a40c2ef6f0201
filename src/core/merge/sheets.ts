import type { TemplateSpec } from '../spec/schema';
import type { Grid, GridBook } from '../sheet/grid';
import { readMetadataSheet, type WorkbookMetadata } from '../sheet/metadata';
import { LEDGER_ROLES, SUMMARY_ROLES } from '../sheet/own-summary-sheets';
import { findProgressHeader } from '../read/headers';
import { readIdentity, unitMentioned } from '../read/identity';
import { findIndicatorHeader } from '../read/indicators';
import { isMetadataSheet } from '../read/index';
import { matchKey } from '../text/normalize';
import type { BookInput } from './books';

/**
 * Merging the tables that were pasted (or moved) as sheets into the open workbook (issue 4, 汇总 "sheets of the
 * current workbook"). The coordinator often copies each department's sheet into one workbook instead of keeping
 * the files: `splitSheets` turns that one GridBook into one `BookInput` per table, so `mergeBooks` does the rest and
 * the result equals merging the same tables as files. Pure.
 */

/**
 * Why a sheet is not merged:
 * - `metadata`: the add-in's hidden metadata sheet (core/sheet/metadata);
 * - `own-summary`: a summary the add-in wrote (汇总表, 报送情况, 指标完成情况汇总: recorded in metadata under a
 *   summary role), never taken for a unit's table;
 * - `own-ledger`: a sheet of the ledger the add-in keeps in the workbook (进展台账, 指标台账, 进度一览, 报送情况,
 *   the data sheet: recorded in metadata under a ledger role);
 * - `no-table`: no progress table header (序号 / 实事名称 / 责任单位 / 进展情况 / 完成时限) and no indicator header
 *   (a cover sheet, notes, a chart sheet's data);
 * - `indicator-unpaired`: an indicator sheet (指标完成情况) that clearly belongs to no table, or to several.
 */
export type SheetSkipReason = 'metadata' | 'own-summary' | 'own-ledger' | 'no-table' | 'indicator-unpaired';

/** A sheet left out of the merge, with the reason (tab order). */
export interface SkippedSheet {
  sheet: string;
  reason: SheetSkipReason;
}

/** The per-table inputs of one workbook and the sheets left out. */
export interface SheetTables {
  /** One input per progress table, in tab order; `file` (and `book.file`) is `sheetLabel(sheet)`. */
  inputs: BookInput[];
  /** The progress table's sheet and its paired indicator sheet (when any) of each input, same order as `inputs`. */
  tables: { sheet: string; indicator?: string }[];
  skipped: SkippedSheet[];
}

/** The name an input book gets in the roster and in findings: 工作表「区卫健局」. */
export function sheetLabel(sheet: string): string {
  return `工作表「${sheet}」`;
}

/** Separators allowed between a table's sheet name and 指标 in an indicator sheet's name (「区卫健局-指标」). */
const NAME_SEPARATORS = /^[-_—–·.、:：()（）\[\]【】]*/;

interface Table {
  index: number;
  grid: Grid;
  metas: Grid[];
  unit?: string;
}

interface Indicator {
  index: number;
  grid: Grid;
  unit?: string;
  used: boolean;
}

/** Does an indicator sheet's name belong to the table sheet `table` by name: 「区卫健局-指标」, 「区卫健局指标完成情况」? */
function namedAfter(indicator: string, table: string): boolean {
  const ind = matchKey(indicator);
  const own = matchKey(table);
  if (own === '' || !ind.startsWith(own)) return false;
  return ind.slice(own.length).replace(NAME_SEPARATORS, '').startsWith('指标');
}

/**
 * Split the open workbook `book` into one input per progress table (see the module comment).
 *
 * - A table: a sheet whose header `findProgressHeader` locates (hidden sheets included), unless it is the metadata
 *   sheet or a sheet the metadata records under a summary role.
 * - Its input book holds the table's sheet, its indicator sheet when one clearly belongs to it, and the metadata
 *   sheets that record this table (so `readIdentity` takes the unit and quarter from the right one, never from
 *   another table's). The book's `file` is `sheetLabel(sheet)`, so a unit or quarter in the sheet name counts as
 *   a file name does.
 * - An indicator sheet (a header `findIndicatorHeader` locates) clearly belongs to a table, tried in this order,
 *   each indicator used once: the metadata records both under one template (roles progress and indicator); its
 *   name is the table's name followed by 指标 (「区卫健局-指标」); both name the same unit (填报单位 line, else a
 *   unit in the sheet name) and no other table or indicator sheet has that unit; the workbook has exactly one
 *   table and one indicator sheet left and their units do not differ.
 *
 * Never throws on any GridBook (sheets that are not grids are ignored). Skipped sheets are listed in tab order.
 */
export function splitSheets(book: GridBook, spec: TemplateSpec): SheetTables {
  const sheets = Array.isArray(book.sheets) ? book.sheets.filter((g) => g && Array.isArray(g.rows) && typeof g.name === 'string') : [];
  const metas: { grid: Grid; meta?: WorkbookMetadata }[] = [];
  const own = new Set<string>();
  const ledger = new Set<string>();
  for (const grid of sheets) {
    if (!isMetadataSheet(grid)) continue;
    const meta = readMetadataSheet(grid);
    metas.push({ grid, meta });
    if (!meta) continue;
    for (const role of SUMMARY_ROLES) {
      const name = meta.sheets[role];
      if (name) own.add(name);
    }
    for (const role of LEDGER_ROLES) {
      const name = meta.sheets[role];
      if (name) ledger.add(name);
    }
  }

  const skipped: (SkippedSheet & { index: number })[] = [];
  const tables: Table[] = [];
  const indicators: Indicator[] = [];
  sheets.forEach((grid, index) => {
    if (isMetadataSheet(grid)) return void skipped.push({ index, sheet: grid.name, reason: 'metadata' });
    if (own.has(grid.name)) return void skipped.push({ index, sheet: grid.name, reason: 'own-summary' });
    if (ledger.has(grid.name)) return void skipped.push({ index, sheet: grid.name, reason: 'own-ledger' });
    const header = findProgressHeader(grid, spec);
    if (header) {
      const mine = metas.filter((m) => m.meta?.sheets.progress === grid.name).map((m) => m.grid);
      const label = sheetLabel(grid.name);
      const unit = readIdentity({ file: label, sheets: [grid, ...mine] }, grid, header.row, spec).unit;
      tables.push({ index, grid, metas: mine, ...(unit ? { unit } : {}) });
      return;
    }
    const ih = findIndicatorHeader(grid);
    if (ih) {
      const unit = readIdentity({ sheets: [grid] }, grid, ih.row, spec).unit ?? unitMentioned(grid.name, spec)?.id;
      indicators.push({ index, grid, used: false, ...(unit ? { unit } : {}) });
      return;
    }
    skipped.push({ index, sheet: grid.name, reason: 'no-table' });
  });

  const pairs = new Map<Table, Indicator>();
  const pair = (t: Table, i: Indicator) => {
    pairs.set(t, i);
    i.used = true;
  };
  const free = () => indicators.filter((i) => !i.used);
  const open = () => tables.filter((t) => !pairs.has(t));
  // 1. The metadata records both sheets of one template.
  for (const t of tables) {
    for (const m of metas) {
      const name = m.meta?.sheets.progress === t.grid.name ? m.meta.sheets.indicator : undefined;
      const i = name === undefined ? undefined : free().find((x) => x.grid.name === name);
      if (i && !pairs.has(t)) pair(t, i);
    }
  }
  // 2. The indicator sheet is named after the table's sheet.
  for (const t of open()) {
    const named = free().filter((i) => namedAfter(i.grid.name, t.grid.name));
    if (named.length === 1) pair(t, named[0]);
  }
  // 3. The same unit, and no one else has it.
  for (const t of open()) {
    if (!t.unit) continue;
    const sameTables = tables.filter((x) => x.unit === t.unit);
    const same = free().filter((i) => i.unit === t.unit);
    if (sameTables.length === 1 && same.length === 1) pair(t, same[0]);
  }
  // 4. One table and one indicator sheet left, their units not differing.
  const lastTables = open();
  const lastIndicators = free();
  if (lastTables.length === 1 && lastIndicators.length === 1) {
    const [t, i] = [lastTables[0], lastIndicators[0]];
    if (!t.unit || !i.unit || t.unit === i.unit) pair(t, i);
  }

  for (const i of free()) skipped.push({ index: i.index, sheet: i.grid.name, reason: 'indicator-unpaired' });

  const inputs: BookInput[] = [];
  const out: SheetTables['tables'] = [];
  for (const t of tables) {
    const file = sheetLabel(t.grid.name);
    const ind = pairs.get(t);
    inputs.push({ file, book: { file, sheets: [t.grid, ...(ind ? [ind.grid] : []), ...t.metas] } });
    out.push(ind ? { sheet: t.grid.name, indicator: ind.grid.name } : { sheet: t.grid.name });
  }
  return {
    inputs,
    tables: out,
    skipped: skipped.sort((a, b) => a.index - b.index).map(({ sheet, reason }) => ({ sheet, reason })),
  };
}
