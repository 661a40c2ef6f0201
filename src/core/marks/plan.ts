import { a1, parseA1, type Grid } from '../sheet/grid';
import type { SheetPlan } from '../sheet/plan';
import { SEVERITY_RANK, type Finding, type Severity } from '../validate/finding';
import { noteText } from './note';
import { MARK_FILLS } from './palette';
import { resultsSheetPlan } from './results-sheet';

/**
 * Findings -> MarkPlan (DESIGN.md, core/marks): what marking a checked workbook means, decided once for every
 * adapter. The Excel adapter (excel/mark-findings) applies `cells` and `select` to the open workbook; the file
 * adapter (xlsx/annotate) applies `cells` and adds `results` to the annotated copy. Neither decides a colour, a
 * text or which cell to mark.
 */

/** One cell to mark. */
export interface MarkCell {
  /** Worksheet name, one of the sheets given to `markPlan`. */
  sheet: string;
  /** A1 address, upper case, no "$" (e.g. "D7"). */
  cell: string;
  /** 0-based row and column of `cell`. */
  row: number;
  col: number;
  /** The most severe finding at the cell (SEVERITY_RANK). */
  severity: Severity;
  /** Fill colour "#RRGGBB": MARK_FILLS[severity]. */
  fill: string;
  /** Note text (core/marks/note `noteText`) listing every finding of the cell. */
  note: string;
}

/** What to mark in one workbook. */
export interface MarkPlan {
  /** One entry per sheet and cell, in the order the cells first appear in the findings. */
  cells: MarkCell[];
  /** The cell to show first (select) when the adapter can: see `markPlan`. Absent when no marked cell is on a visible sheet. */
  select?: { sheet: string; cell: string };
  /** The 校验结果 sheet listing every finding (core/marks/results-sheet). */
  results: SheetPlan;
}

/** A sheet of the workbook being marked: its name and visibility, as in a GridBook. */
export interface MarkSheet {
  name: string;
  visibility: Grid['visibility'];
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (A1:XFD1048576). */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** The finding's cell as 0-based row and column, or undefined when it has none or it lies outside Excel's grid. */
function cellOf(f: Finding): { row: number; col: number } | undefined {
  const pos = f.cell ? parseA1(f.cell) : undefined;
  return pos && pos.row < MAX_ROWS && pos.col < MAX_COLS ? pos : undefined;
}

/**
 * The first finding to show: the first error, else the first warning, else the first info, among findings with a
 * sheet and a cell; undefined when none has both.
 */
export function firstToShow(findings: readonly Finding[]): Finding | undefined {
  return [...findings].filter((f) => f.sheet && f.cell).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
}

/**
 * The MarkPlan of `findings` on a workbook with these `sheets` (names in tab order, with visibility).
 *
 * - `cells`: each finding with a sheet that is in `sheets` (exact name) and a cell inside Excel's grid ("$" and case
 *   ignored) gives its cell; several findings at one cell give one MarkCell, filled by the most severe, whose note
 *   lists them all. Findings without a cell, on a sheet not in `sheets`, or with an unreadable cell are only listed
 *   in `results`.
 * - `select`: the most severe marked cell that is on a visible sheet (the first such finding in the given order).
 * - `results`: every finding, in the given order, on a sheet named clash-free against `sheets`.
 */
export function markPlan(findings: readonly Finding[], sheets: readonly MarkSheet[]): MarkPlan {
  const known = new Map(sheets.map((s) => [s.name, s]));
  const byCell = new Map<string, { mark: Omit<MarkCell, 'note'>; findings: Finding[] }>();
  for (const f of findings) {
    const pos = cellOf(f);
    if (!f.sheet || !known.has(f.sheet) || !pos) continue;
    const cell = a1(pos.row, pos.col);
    const key = `${f.sheet}!${cell}`;
    const entry = byCell.get(key) ?? { mark: { sheet: f.sheet, cell, ...pos, severity: f.severity, fill: MARK_FILLS[f.severity] }, findings: [] };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[entry.mark.severity]) {
      entry.mark.severity = f.severity;
      entry.mark.fill = MARK_FILLS[f.severity];
    }
    entry.findings.push(f);
    byCell.set(key, entry);
  }
  const cells = [...byCell.values()].map((e) => ({ ...e.mark, note: noteText(e.findings) }));
  const shown = firstToShow(
    findings.filter((f) => known.get(f.sheet ?? '')?.visibility === 'visible' && cellOf(f)),
  );
  const at = shown ? cellOf(shown) : undefined;
  const plan: MarkPlan = { cells, results: resultsSheetPlan(findings, known.keys()) };
  if (shown && at) plan.select = { sheet: shown.sheet!, cell: a1(at.row, at.col) };
  return plan;
}
