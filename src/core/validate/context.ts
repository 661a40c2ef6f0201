import { findingFrom } from '../i18n/catalogue';
import { hasCell, type ProgressReport, type ProgressRow, type ReadCell } from '../read/report';

export { hasCell };
import type { GridBook } from '../sheet/grid';
import type { ColumnKey, Item, Quarter, TemplateSpec } from '../spec/schema';
import { parseDeadline, type Deadline } from '../text/deadline';
import { resolveUnit, splitUnitList } from '../text/units';
import type { Finding, Severity } from './finding';
import { VALIDATE_MESSAGES } from './messages';

/** Options of a validation. */
export interface ValidateOptions {
  /**
   * The quarter being reported (1..4; the pane's default is `reportingQuarter(today)`): a table of another quarter is
   * an error (`quarter-mismatch`, naming both quarters), the likeliest mistake being last quarter's file sent again.
   * Omitted = the quarter is taken from the file and not checked.
   */
  quarter?: Quarter;
  /** Last quarter's report of the same unit (or the summary's): cumulative figures may not fall below it. */
  previous?: ProgressReport;
  /** Today as ISO yyyy-mm-dd, for `deadline-passed`; omitted = that rule is off (keeps results reproducible). */
  today?: string;
}

/** What every rule gets. */
export interface RuleContext {
  report: ProgressReport;
  spec: TemplateSpec;
  opts: ValidateOptions;
  /** The workbook the report was read from, when validating a book (`validateBook`); rules about sheets as read use it. */
  book?: GridBook;
}

/** A validation rule: one file in rules/, pure, never throws on any report, returns its findings (any order). */
export type Rule = (ctx: RuleContext) => Finding[];

/** A finding of `code` (see VALIDATE_MESSAGES) at `cell` of `sheet`, with the report's file name when it has one. */
export function finding(
  ctx: RuleContext,
  code: string,
  sheet: string | null | undefined,
  cell: string | null | undefined,
  params: Record<string, string | number> = {},
  severity?: Severity,
): Finding {
  return findingFrom(
    VALIDATE_MESSAGES,
    code,
    { sheet: sheet ?? null, cell: sheet ? cell || null : null, ...(ctx.report.file !== undefined ? { file: ctx.report.file } : {}) },
    params,
    'zh-CN',
    severity,
  );
}

/** The spec item with number `n`. */
export function itemOf(spec: TemplateSpec, n: number | undefined): Item | undefined {
  return n === undefined ? undefined : spec.items.find((i) => i.number === n);
}

/** A column's header text on one line ("本季度具体措施及任务进度情况"). */
export function columnLabel(spec: TemplateSpec, key: ColumnKey): string {
  return (spec.columns.find((c) => c.key === key)?.header ?? key).replace(/\s+/g, '');
}

/** The unit ids a 责任单位 cell names (unresolvable parts dropped), or undefined when it names none it can resolve. */
export function unitsIn(cell: ReadCell, spec: TemplateSpec): { ids: string[]; unknown: string[] } {
  let memo = UNITS_MEMO.get(spec);
  if (!memo) UNITS_MEMO.set(spec, (memo = new Map()));
  const hit = memo.get(cell.text);
  if (hit) return { ids: [...hit.ids], unknown: [...hit.unknown] };
  const found = unitsInText(cell.text, spec);
  if (memo.size < 10000) memo.set(cell.text, found);
  return { ids: [...found.ids], unknown: [...found.unknown] };
}

/** Results of `unitsIn` by spec and text (resolving is the costly part of validation; specs are immutable). */
const UNITS_MEMO = new WeakMap<TemplateSpec, Map<string, { ids: string[]; unknown: string[] }>>();

function unitsInText(text: string, spec: TemplateSpec): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of splitUnitList(text)) {
    const m = resolveUnit(part, spec);
    if (m.kind === 'unit') {
      if (!ids.includes(m.unit.id)) ids.push(m.unit.id);
    } else unknown.push(part);
  }
  return { ids, unknown };
}

/** The one unit of a per-unit sub-row (its 责任单位 cell names exactly one known unit), else undefined. */
export function singleUnit(row: ProgressRow, spec: TemplateSpec): string | undefined {
  const { ids, unknown } = unitsIn(row.unit, spec);
  return ids.length === 1 && unknown.length === 0 ? ids[0] : undefined;
}

/**
 * The units a row speaks for: the one unit of a per-unit sub-row, else every unit of its item (official layout: one
 * row per item, each unit writes there).
 */
export function rowUnits(row: ProgressRow, spec: TemplateSpec): string[] {
  const one = singleUnit(row, spec);
  if (one) return [one];
  return itemOf(spec, row.itemNumber)?.units ?? [];
}

/**
 * The row the report's unit must fill for item `item`: its own sub-row in a per-unit layout, else the item's first
 * row; undefined when the item has no row (or, per-unit, no sub-row of this unit).
 */
export function rowFor(ctx: RuleContext, item: Item, unit: string): ProgressRow | undefined {
  const rows = ctx.report.rows.filter((r) => r.itemNumber === item.number);
  if (rows.length === 0) return undefined;
  const own = rows.find((r) => singleUnit(r, ctx.spec) === unit);
  if (own) return own;
  const perUnit = rows.length > 1 && rows.every((r) => singleUnit(r, ctx.spec) !== undefined);
  return perUnit ? undefined : rows.find((r) => singleUnit(r, ctx.spec) === undefined) ?? rows[0];
}

/**
 * The rows whose text the report's unit is answerable for: its own row of each of its items when the unit is known;
 * every row mapped to an item when it is not (a blank template filled without a unit, or an unknown unit).
 */
export function checkedRows(ctx: RuleContext): { item: Item; row: ProgressRow }[] {
  const unit = ctx.report.identity.unit;
  const out: { item: Item; row: ProgressRow }[] = [];
  if (unit === undefined) {
    for (const row of ctx.report.rows) {
      const item = itemOf(ctx.spec, row.itemNumber);
      if (item) out.push({ item, row });
    }
    return out;
  }
  for (const item of ctx.spec.items) {
    if (!item.units.includes(unit)) continue;
    const row = rowFor(ctx, item, unit);
    if (row) out.push({ item, row });
  }
  return out;
}


/**
 * Every row of the table with a filled 完成时限 cell (sheet order), with the deadline as `parseDeadline` reads it in
 * the plan year (spec.year): the date cell or serial as is, else the text. Rows whose deadline is blank, or whose
 * table lacks the column, are left out.
 */
export function filledDeadlines(ctx: RuleContext): { row: ProgressRow; deadline: Deadline }[] {
  return ctx.report.rows
    .filter((row) => hasCell(row.deadline) && row.deadline.text !== '')
    .map((row) => ({ row, deadline: parseDeadline(row.deadline.raw ?? row.deadline.text, ctx.spec.year) }));
}
