/**
 * Fixture builders for the read / validate / annotate / CLI tests: GridBooks made from the template plan
 * (`templateWorkbookPlan`, so the tests follow the layout), filled as a unit would fill them, then mutated into one
 * defect or one harmless drift; and real .xlsx bytes made from them with `writeWorkbook` (read back with `readWorkbook`).
 *
 * Coordinates are 0-based sheet coordinates unless an A1 address is given.
 */
import { filledTemplatePlan, unitContent, type DeadlineInput } from '../../src/core/layout/template-fill';
import { a1, parseA1, type CellRange, type Grid, type GridBook, type GridCell } from '../../src/core/sheet/grid';
import { finalizeNames, METADATA_SHEET } from '../../src/core/sheet/metadata';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { DEFAULT_PACE } from '../../src/core/spec/pace';
import type { Quarter, Target, TemplateSpec } from '../../src/core/spec/schema';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { planFromGridBook } from '../../src/xlsx/annotate';

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
  deadline?: DeadlineInput;
}

/**
 * The template for `unit` and `quarter` (default 3), filled correctly: every own row's progress text and deadline,
 * every own target's 本季度完成 / 累计完成 on pace. Validating it gives no error.
 */
export function filledBook(spec: TemplateSpec, unit: string, opts: FilledOptions = {}): GridBook {
  return bookFromPlan(filledPlan(spec, unit, opts), opts.file);
}

/** The WorkbookPlan behind `filledBook` (styles, validation and protection as the template has them), for real files. */
export function filledPlan(spec: TemplateSpec, unit: string, opts: FilledOptions = {}): WorkbookPlan {
  const quarter = opts.quarter ?? 3;
  const content = unitContent(spec, unit, {
    text: (n) => goodText(unit, n),
    deadline: opts.deadline ?? '2026年12月底',
    quarterValue: (t) => goodFigures(spec, t, quarter).quarterValue,
    cumulative: (t) => goodFigures(spec, t, quarter).cumulative,
  });
  return filledTemplatePlan(spec, unit, quarter, content);
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

/** A WorkbookPlan that writes the book's cells back (values, number formats, merges, sheet states): see planFromGridBook. */
export const planFromBook = planFromGridBook;

/** The 15 unit ids of the 2026 spec. */
export const LINZI_UNITS: string[] = LINZI_2026.units.map((u) => u.id);

/** One defect of issue 3: how to break 区卫健局's good third-quarter table, and the finding it must give. */
export interface Defect {
  name: string;
  break: (book: GridBook) => void;
  code: string;
  sheet: string | null;
  cell: string | null;
  /** Options of the validation (e.g. the expected quarter, today). */
  opts?: { quarter?: Quarter; today?: string };
}

const P = '进展情况表';
const I = '指标完成情况';
const dropMeta = (b: GridBook) => {
  b.sheets = b.sheets.filter((s) => !s.name.startsWith(METADATA_SHEET));
};

/** Every defect listed in issue 3 (and last year's table, year-mismatch), one at a time, for 区卫健局 (items 2 and 5 on rows 5 and 8; targets 2.1… on rows 4..8). */
export const DEFECTS: Defect[] = [
  { name: 'header retyped', break: (b) => { for (const a of ['D3', 'E3']) setCell(sheetOf(b, P), a, '其他'); b.sheets = b.sheets.filter((s) => s.name !== I); }, code: 'table-not-found', sheet: null, cell: null },
  { name: 'column 完成时限 deleted', break: (b) => deleteCols(sheetOf(b, P), 4), code: 'column-missing', sheet: P, cell: 'D3' },
  { name: 'own row deleted', break: (b) => deleteRows(sheetOf(b, P), 4), code: 'item-missing', sheet: P, cell: null },
  { name: 'unknown row with text', break: (b) => { setCell(sheetOf(b, P), 'A14', 11); setCell(sheetOf(b, P), 'B14', '其他工作'); setCell(sheetOf(b, P), 'D14', '本季度还开展了其他多项工作。'); }, code: 'item-unknown', sheet: P, cell: 'A14' },
  { name: 'row duplicated', break: (b) => { setCell(sheetOf(b, P), 'A14', 2); setCell(sheetOf(b, P), 'B14', '保护和增进妇女健康'); setCell(sheetOf(b, P), 'C14', '区卫健局\n区妇联'); }, code: 'item-duplicated', sheet: P, cell: 'A14' },
  { name: '实事名称 changed', break: (b) => setCell(sheetOf(b, P), 'B5', '妇女健康工作'), code: 'fixed-text-changed', sheet: P, cell: 'B5' },
  { name: '序号 changed', break: (b) => setCell(sheetOf(b, P), 'A8', 9), code: 'fixed-text-changed', sheet: P, cell: 'A8' },
  { name: '责任单位 changed', break: (b) => setCell(sheetOf(b, P), 'C5', '区卫健局'), code: 'fixed-text-changed', sheet: P, cell: 'C5' },
  { name: 'unit missing', break: (b) => { dropMeta(b); setCell(sheetOf(b, P), 'A2', '填报单位：'); }, code: 'unit-missing', sheet: P, cell: 'A2' },
  { name: 'unit unknown', break: (b) => setCell(sheetOf(b, P), 'A2', '填报单位：区卫建局'), code: 'unit-unknown', sheet: P, cell: 'A2' },
  { name: 'quarter missing', break: (b) => { dropMeta(b); setCell(sheetOf(b, P), 'A1', '2026年为全区妇女儿童办实事工作进展情况表'); }, code: 'quarter-missing', sheet: P, cell: 'A1' },
  { name: 'quarter mismatch', break: () => undefined, code: 'quarter-mismatch', sheet: P, cell: 'A1', opts: { quarter: 4 } },
  { name: 'last year\'s table (year mismatch)', break: (b) => { setCell(sheetOf(b, P), 'A1', '2025年为全区妇女儿童办实事工作进展情况表（第三季度）'); const m = b.sheets.find((s) => s.name.startsWith(METADATA_SHEET)); if (m) setCell(m, 'B5', '2025'); }, code: 'year-mismatch', sheet: P, cell: 'A1' },
  { name: 'template version differs', break: (b) => { const m = b.sheets.find((s) => s.name.startsWith(METADATA_SHEET)); if (m) setCell(m, 'B4', '0.9'); }, code: 'template-version-differs', sheet: null, cell: null },
  { name: 'progress empty', break: (b) => setCell(sheetOf(b, P), 'D5', null), code: 'progress-empty', sheet: P, cell: 'D5' },
  { name: 'placeholder', break: (b) => setCell(sheetOf(b, P), 'D8', '同上'), code: 'progress-placeholder', sheet: P, cell: 'D8' },
  { name: 'too short', break: (b) => setCell(sheetOf(b, P), 'D8', '已完成'), code: 'progress-too-short', sheet: P, cell: 'D8' },
  { name: 'another unit row filled', break: (b) => setCell(sheetOf(b, P), 'D6', '配合开展托育学位建设相关工作。'), code: 'other-unit-row-filled', sheet: P, cell: 'D6' },
  { name: 'deadline empty', break: (b) => setCell(sheetOf(b, P), 'E8', null), code: 'deadline-empty', sheet: P, cell: 'E8' },
  { name: 'deadline unreadable', break: (b) => setCell(sheetOf(b, P), 'E5', '尽快'), code: 'deadline-unreadable', sheet: P, cell: 'E5' },
  { name: 'deadline outside year', break: (b) => setCell(sheetOf(b, P), 'E5', '2027年6月底'), code: 'deadline-outside-year', sheet: P, cell: 'E5' },
  { name: 'deadline passed', break: (b) => setCell(sheetOf(b, P), 'E5', '6月底'), code: 'deadline-passed', sheet: P, cell: 'E5', opts: { today: '2026-10-08' } },
  { name: 'indicator sheet missing', break: (b) => { b.sheets = b.sheets.filter((s) => s.name !== I); }, code: 'indicator-sheet-missing', sheet: null, cell: null },
  { name: 'indicator not a number', break: (b) => setCell(sheetOf(b, I), 'I4', '约一万人左右'), code: 'indicator-not-number', sheet: I, cell: 'I4' },
  { name: 'indicator negative', break: (b) => setCell(sheetOf(b, I), 'H5', -1), code: 'indicator-negative', sheet: I, cell: 'H5' },
  { name: 'rate over 100', break: (b) => setCell(sheetOf(b, I), 'I7', 120), code: 'indicator-rate-over-100', sheet: I, cell: 'I7' },
  { name: 'cumulative below quarter', break: (b) => { setCell(sheetOf(b, I), 'H4', 15000); }, code: 'indicator-cumulative-below-quarter', sheet: I, cell: 'I4' },
  { name: 'behind pace', break: (b) => { setCell(sheetOf(b, I), 'I4', 10000); setCell(sheetOf(b, I), 'H4', 500); }, code: 'indicator-behind-pace', sheet: I, cell: 'I4' },
  { name: 'far above target', break: (b) => setCell(sheetOf(b, I), 'I4', 190000), code: 'indicator-far-above-target', sheet: I, cell: 'I4' },
  { name: 'text names another figure', break: (b) => setCell(sheetOf(b, P), 'D5', '截至9月底，累计为1.2万名适龄妇女开展“两癌”免费检查。'), code: 'indicator-text-mismatch', sheet: P, cell: 'D5' },
  { name: 'formula-like text', break: (b) => setCell(sheetOf(b, P), 'D8', '-开展产前筛查宣传活动，覆盖全区各镇街道。'), code: 'text-formula-like', sheet: P, cell: 'D8' },
  { name: 'outer spaces', break: (b) => setCell(sheetOf(b, P), 'E5', ' 2026年12月底 '), code: 'text-outer-spaces', sheet: P, cell: 'E5' },
];

/** Each drift of issue 3 item 1, applied to 区卫健局's correctly filled third-quarter table. */
export const MESSY: [string, (b: GridBook) => void][] = [
  ['header with spaces, U+3000 and line breaks', (b) => {
    setCell(sheetOf(b, P), 'A3', '序　号');
    setCell(sheetOf(b, P), 'C3', '责任 单位');
    setCell(sheetOf(b, P), 'D3', '本季度具体措施\r\n及任务进度情况');
    setCell(sheetOf(b, P), 'E3', '完成\n时限');
  }],
  ['header 任务进度情况 alone', (b) => setCell(sheetOf(b, P), 'D3', '任务进度情况')],
  ['full-width forms', (b) => {
    setCell(sheetOf(b, P), 'A5', '２');
    setCell(sheetOf(b, P), 'A2', '填报单位（盖章）：临淄区卫生健康局');
  }],
  ['title over two rows', (b) => {
    insertRows(sheetOf(b, P), 1);
    setCell(sheetOf(b, P), 'A1', '2026年为全区妇女儿童办实事');
    setCell(sheetOf(b, P), 'A2', '工作进展情况表（第三季度）');
  }],
  ['extra blank rows', (b) => {
    insertRows(sheetOf(b, P), 3);
    insertRows(sheetOf(b, P), 7, 2);
  }],
  ['an inserted 备注 column', (b) => {
    insertCols(sheetOf(b, P), 3);
    setCell(sheetOf(b, P), 'D3', '备注');
    setCell(sheetOf(b, P), 'D5', '无');
  }],
  ['table not starting in column A', (b) => {
    insertCols(sheetOf(b, P), 0, 2);
    insertRows(sheetOf(b, P), 0, 3);
  }],
  ['a renamed sheet', (b) => {
    sheetOf(b, P).name = 'Sheet1';
  }],
  ['a cover sheet and a hidden sheet before it', (b) => {
    b.sheets.unshift(
      { name: '封面', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [[{ value: '区卫健局2026年第三季度报送材料', text: '区卫健局2026年第三季度报送材料' }]], merges: [] },
      { name: 'hidden', visibility: 'hidden', origin: { row: 0, col: 0 }, rows: [[{ value: '序号', text: '序号' }, { value: 'x', text: 'x' }]], merges: [] },
    );
  }],
  ['rows in another order', (b) => {
    const g = sheetOf(b, P);
    const items = g.rows.splice(3, 10);
    g.rows.splice(3, 0, ...items.reverse());
  }],
  ['序号 as 01, 一、 and 1.', (b) => {
    setCell(sheetOf(b, P), 'A4', '01');
    setCell(sheetOf(b, P), 'A5', '二、');
    setCell(sheetOf(b, P), 'A8', '5.');
  }],
  ['unit line 报送单位 with the unit in the next cell', (b) => {
    setCell(sheetOf(b, P), 'A2', '报送单位：');
    setCell(sheetOf(b, P), 'B2', '卫健局');
  }],
  ['a hand-made copy: no metadata, unit from the line, quarter from the title', (b) => {
    dropMeta(b);
  }],
  ['no metadata, blank unit line, unit from the file name', (b) => {
    dropMeta(b);
    setCell(sheetOf(b, P), 'A2', '填报单位：');
    b.file = '临淄区卫生健康局第三季度进展情况.xlsx';
  }],
  ['CRLF and _x000D_ in the text', (b) => {
    setCell(sheetOf(b, P), 'D5', '一是开展两癌检查宣传；\r\n二是组织基层医生培训，进展顺利。');
    setCell(sheetOf(b, P), 'D8', '一是开展产前筛查；_x000D_\n二是开展新生儿筛查，均按计划推进。');
  }],
  ['deadlines as a date cell, a General 2026.12 number, 12月31日前 and 长期坚持', (b) => {
    setCell(sheetOf(b, P), 'E5', 46387, { isDate: true, numberFormat: 'yyyy/m/d', text: '2026/12/31' });
    setCell(sheetOf(b, P), 'E8', 2026.12);
  }],
  ['ongoing deadline', (b) => setCell(sheetOf(b, P), 'E8', '长期坚持')],
  ['per-unit layout with merged 序号 / 实事名称', (b) => {
    const g = sheetOf(b, P);
    insertRows(g, 5);
    g.merges.push({ r0: 4, c0: 0, r1: 5, c1: 0 }, { r0: 4, c0: 1, r1: 5, c1: 1 });
    setCell(g, 'C5', '区卫健局');
    setCell(g, 'C6', '区妇联');
  }],
  ['a signature line and a note under the table', (b) => {
    setCell(sheetOf(b, P), 'A15', '填表人：张三');
    setCell(sheetOf(b, P), 'A16', '注：本表按季度报送。');
  }],
];

