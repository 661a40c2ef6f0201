/**
 * Fixture builders for the read / validate / annotate / CLI tests: GridBooks made from the template plan
 * (`templateWorkbookPlan`, so the tests follow the layout), filled as a unit would fill them, then mutated into one
 * defect or one harmless drift; and real .xlsx bytes made from them with `writeWorkbook` (read back with `readWorkbook`).
 *
 * Coordinates are 0-based sheet coordinates unless an A1 address is given.
 */
import { indicatorColumn, INDICATOR_ROWS, PROGRESS_ROWS, progressColumn, targetsFor, templateWorkbookPlan } from '../../src/core/layout';
import { a1, parseA1, type CellRange, type Grid, type GridBook, type GridCell } from '../../src/core/sheet/grid';
import { finalizeNames } from '../../src/core/sheet/metadata';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { DEFAULT_PACE, type Quarter, type Target, type TemplateSpec } from '../../src/core/spec/schema';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';

export { LINZI_2026 };

/** A GridCell for a value as a reader gives it (text = the value as shown). */
export function gridCell(value: string | number | boolean | null, extra: Partial<GridCell> = {}): GridCell {
  return { value, text: value === null ? '' : typeof value === 'boolean' ? String(value).toUpperCase() : String(value), ...extra };
}

/** A GridBook as the readers would give for a plan (values only; metadata sheet appended by `finalizeNames`). */
export function bookFromPlan(plan: WorkbookPlan, file?: string): GridBook {
  const final = finalizeNames(plan, []);
  return { ...(file !== undefined ? { file } : {}), sheets: final.sheets.map(gridFromPlan) };
}

function gridFromPlan(plan: SheetPlan): Grid {
  const rows: (GridCell | null)[][] = [];
  let maxCol = 0;
  for (const c of plan.cells) maxCol = Math.max(maxCol, c.col + 1);
  for (const c of plan.cells) {
    while (rows.length <= c.row) rows.push([]);
    const row = rows[c.row];
    while (row.length < maxCol) row.push(null);
    if (c.value !== null) row[c.col] = gridCell(c.value);
  }
  return { name: plan.name, visibility: plan.visibility ?? 'visible', origin: { row: 0, col: 0 }, rows, merges: plan.merges.map((m) => ({ ...m })) };
}

/** Good progress text for an item (no measure words, so no figure to disagree with the indicator sheet). */
export function goodText(unit: string, itemNumber: number): string {
  return `${unit}围绕第${itemNumber}项实事制定工作方案，明确责任分工，本季度按计划推进各项措施，进展顺利。`;
}

/** The figures a unit reports for a target by the end of quarter q: on pace (spec pace × value, rounded up). */
export function goodFigures(spec: TemplateSpec, target: Target, quarter: Quarter): { quarterValue: number; cumulative: number } {
  if (target.kind !== 'cumulative') return { quarterValue: target.value, cumulative: target.value };
  const pace = (spec.pace ?? DEFAULT_PACE)[quarter - 1];
  const cumulative = Math.ceil(pace * target.value);
  const before = quarter === 1 ? 0 : Math.floor((spec.pace ?? DEFAULT_PACE)[quarter - 2] * target.value);
  return { quarterValue: Math.max(0, Math.min(cumulative, cumulative - before)), cumulative };
}

/** Options of `filledBook`. */
export interface FilledOptions {
  quarter?: Quarter;
  file?: string;
  /** Deadline written in each own row (default 2026年12月底). */
  deadline?: string | number;
}

/**
 * The template for `unit` and `quarter` (default 3), filled correctly: every own row's progress text and deadline,
 * every own target's 本季度完成 / 累计完成 on pace. Validating it gives no error.
 */
export function filledBook(spec: TemplateSpec, unit: string, opts: FilledOptions = {}): GridBook {
  const quarter = opts.quarter ?? 3;
  const plan = templateWorkbookPlan(spec, { quarter, unit });
  const [progress, indicator] = plan.sheets;
  spec.items.forEach((item, k) => {
    if (!item.units.includes(unit)) return;
    const row = PROGRESS_ROWS.firstItem + k;
    setPlanCell(progress, row, progressColumn(spec, 'progressText'), goodText(unit, item.number));
    setPlanCell(progress, row, progressColumn(spec, 'deadline'), opts.deadline ?? '2026年12月底');
  });
  targetsFor(spec, unit).forEach(({ target }, k) => {
    const row = INDICATOR_ROWS.firstTarget + k;
    const f = goodFigures(spec, target, quarter);
    setPlanCell(indicator, row, indicatorColumn('quarterValue'), f.quarterValue);
    setPlanCell(indicator, row, indicatorColumn('cumulativeValue'), f.cumulative);
  });
  return bookFromPlan(plan, opts.file);
}

function setPlanCell(plan: SheetPlan, row: number, col: number, value: string | number | null): void {
  const c = plan.cells.find((x) => x.row === row && x.col === col);
  if (c) c.value = value;
  else plan.cells.push({ row, col, value });
}

/** Deep copy of a book (tests mutate copies). */
export function cloneBook(book: GridBook): GridBook {
  return structuredClone(book);
}

/** The sheet named `name` (throws in tests when absent). */
export function sheetOf(book: GridBook, name: string): Grid {
  const g = book.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

/** Set a cell by A1 (value null clears it); grows the grid as needed. */
export function setCell(grid: Grid, address: string, value: string | number | boolean | null, extra: Partial<GridCell> = {}): void {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  const r = p.row - grid.origin.row;
  const c = p.col - grid.origin.col;
  while (grid.rows.length <= r) grid.rows.push([]);
  const row = grid.rows[r];
  while (row.length <= c) row.push(null);
  row[c] = value === null ? null : gridCell(value, extra);
}

/** The cell's value at A1. */
export function valueAt(grid: Grid, address: string): GridCell['value'] | undefined {
  const p = parseA1(address);
  if (!p) return undefined;
  return grid.rows[p.row - grid.origin.row]?.[p.col - grid.origin.col]?.value;
}

/** Find the A1 address of the first cell whose value equals `value` (string compare). */
export function findCell(grid: Grid, value: string | number): string {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      if (row[c] && String(row[c]?.value) === String(value)) return a1(r + grid.origin.row, c + grid.origin.col);
    }
  }
  throw new Error(`no cell with ${value} in ${grid.name}`);
}

function shiftRange(m: CellRange, at: number, count: number, axis: 'row' | 'col'): CellRange | undefined {
  const [lo, hi] = axis === 'row' ? (['r0', 'r1'] as const) : (['c0', 'c1'] as const);
  const out = { ...m };
  if (count > 0) {
    if (m[lo] >= at) {
      out[lo] += count;
      out[hi] += count;
    } else if (m[hi] >= at) out[hi] += count;
    return out;
  }
  const n = -count;
  const end = at + n - 1;
  if (m[hi] < at) return out;
  if (m[lo] > end) {
    out[lo] -= n;
    out[hi] -= n;
    return out;
  }
  const newLo = Math.min(m[lo], at);
  const newHi = m[hi] - Math.max(0, Math.min(end, m[hi]) - Math.max(at, m[lo]) + 1);
  if (newHi < newLo) return undefined;
  out[lo] = newLo;
  out[hi] = newHi;
  return out;
}

/** Insert `count` empty rows before sheet row `at` (0-based), as Excel does (merges below move, spanning ones grow). */
export function insertRows(grid: Grid, at: number, count = 1): void {
  const r = at - grid.origin.row;
  grid.rows.splice(Math.max(0, r), 0, ...Array.from({ length: count }, () => []));
  grid.merges = grid.merges.map((m) => shiftRange(m, at, count, 'row')).filter((m): m is CellRange => m !== undefined);
}

/** Delete `count` rows from sheet row `at` (0-based). */
export function deleteRows(grid: Grid, at: number, count = 1): void {
  grid.rows.splice(at - grid.origin.row, count);
  grid.merges = grid.merges.map((m) => shiftRange(m, at, -count, 'row')).filter((m): m is CellRange => m !== undefined);
}

/** Insert `count` empty columns before sheet column `at` (0-based). */
export function insertCols(grid: Grid, at: number, count = 1): void {
  const c = at - grid.origin.col;
  for (const row of grid.rows) if (row.length > c) row.splice(Math.max(0, c), 0, ...Array.from({ length: count }, () => null));
  grid.merges = grid.merges.map((m) => shiftRange(m, at, count, 'col')).filter((m): m is CellRange => m !== undefined);
}

/** Delete `count` columns from sheet column `at` (0-based). */
export function deleteCols(grid: Grid, at: number, count = 1): void {
  const c = at - grid.origin.col;
  for (const row of grid.rows) row.splice(c, count);
  grid.merges = grid.merges.map((m) => shiftRange(m, at, -count, 'col')).filter((m): m is CellRange => m !== undefined);
}

/**
 * A WorkbookPlan that writes the book's cells back (values, number formats of date cells, merges, sheet states),
 * for making real .xlsx fixtures with `writeWorkbook`. The metadata sheet is kept as a plain very hidden sheet.
 */
export function planFromBook(book: GridBook): WorkbookPlan {
  return {
    sheets: book.sheets.map((g) => {
      const styles: SheetPlan['styles'] = { text: { numberFormat: '@' } };
      const cells: SheetPlan['cells'] = [];
      g.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.value === null || typeof cell.value === 'boolean') return;
          const pc: SheetPlan['cells'][number] = { row: r + g.origin.row, col: c + g.origin.col, value: cell.value };
          if (cell.numberFormat && cell.numberFormat !== 'General') {
            styles[cell.numberFormat] = { numberFormat: cell.numberFormat };
            pc.style = cell.numberFormat;
          }
          cells.push(pc);
        }),
      );
      return {
        name: g.name,
        role: 'progress' as const,
        visibility: g.visibility,
        styles,
        cells,
        merges: g.merges,
        columnWidths: [],
        rowHeights: {},
      };
    }),
  };
}

/** The 15 unit ids of the 2026 spec. */
export const LINZI_UNITS: string[] = LINZI_2026.units.map((u) => u.id);
