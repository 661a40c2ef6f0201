import type { ColumnKey, TemplateSpec } from '../spec/schema';
import type { Grid } from '../sheet/grid';
import { matchKey } from '../text/normalize';
import { cellText, colSpan, rowSpan } from './cells';

/**
 * Header labels accepted for each column of the progress table, besides the spec's own header text. Compared by
 * `matchKey` (spaces incl. U+3000, line breaks and full/half width ignored): a cell matches a label when its key
 * equals the label's key, or, for labels of 4 characters or more, contains it with at most 12 more characters
 * ("本季度具体措施及任务进度情况（不超过500字）").
 */
export const PROGRESS_HEADER_LABELS: Record<ColumnKey, string[]> = {
  number: ['序号', '编号', '序'],
  name: ['实事名称', '实事项目', '项目名称', '实事', '名称', '项目'],
  unit: ['责任单位', '责任部门', '牵头单位', '承办单位', '单位'],
  progressText: ['具体措施及任务进度情况', '任务进度情况', '工作进展情况', '进展情况', '进度情况', '具体措施', '工作措施及进展'],
  deadline: ['完成时限', '完成时间', '完成期限', '时限'],
};

/** Scan this many rows from the top of a sheet for a header. */
export const HEADER_SCAN_ROWS = 60;

/** Does the cell key match one of `labels` (keys)? Exact, or contains a label of ≥ 4 characters with ≤ 12 more. */
export function labelMatches(key: string, labels: readonly string[]): boolean {
  if (key === '') return false;
  for (const l of labels) {
    if (key === l) return true;
    if (l.length >= 4 && key.length <= l.length + 12 && key.includes(l)) return true;
  }
  return false;
}

/** A header row found: 0-based sheet row and the 0-based column of each key found. */
export interface HeaderMatch<K extends string> {
  row: number;
  columns: Partial<Record<K, number>>;
}

/** One scanned row of a sheet: its 0-based row and the `matchKey` of each cell short enough to be a header label. */
interface CandidateRow {
  row: number;
  cellKeys: { col: number; key: string }[];
}

/** headerCandidates' answers by grid: a Grid is not changed once read, and each is searched for several headers. */
const candidatesOf = new WeakMap<Grid, CandidateRow[]>();

/**
 * The first `HEADER_SCAN_ROWS` rows of `grid` as header candidates: each cell's `matchKey` (cells over 200
 * characters, or whose key is empty or over 40 characters, left out). Computed once per grid.
 */
function headerCandidates(grid: Grid): CandidateRow[] {
  const known = candidatesOf.get(grid);
  if (known) return known;
  const { first, end } = rowSpan(grid);
  const cols = colSpan(grid);
  const out: CandidateRow[] = [];
  for (let r = first; r < Math.min(end, first + HEADER_SCAN_ROWS); r++) {
    const row = grid.rows[r - first];
    if (!Array.isArray(row)) continue;
    const cellKeys: { col: number; key: string }[] = [];
    for (let c = cols.first; c < cols.first + row.length && c < cols.end; c++) {
      const raw = cellText(row[c - cols.first]);
      if (raw.length > 200) continue;
      const key = matchKey(raw);
      if (key !== '' && key.length <= 40) cellKeys.push({ col: c, key });
    }
    out.push({ row: r, cellKeys });
  }
  candidatesOf.set(grid, out);
  return out;
}

/**
 * Find the best header row in `grid` for `labels` (key -> accepted label keys, already `matchKey`ed): the row in the
 * first `HEADER_SCAN_ROWS` rows matching the most keys (each cell gives at most one key, exact matches first; each key
 * its leftmost cell). Returns undefined when no row matches at least `minKeys` keys or lacks a `required` key.
 */
export function findHeader<K extends string>(
  grid: Grid,
  labels: Record<K, string[]>,
  minKeys: number,
  required: (found: Partial<Record<K, number>>) => boolean,
): HeaderMatch<K> | undefined {
  const keys = Object.keys(labels) as K[];
  let best: HeaderMatch<K> | undefined;
  let bestScore = 0;
  for (const { row: r, cellKeys } of headerCandidates(grid)) {
    const found: Partial<Record<K, number>> = {};
    const used = new Set<number>();
    // Exact matches first, then containment.
    for (const exact of [true, false]) {
      for (const k of keys) {
        if (found[k] !== undefined) continue;
        for (const { col, key } of cellKeys) {
          if (used.has(col)) continue;
          const ok = exact ? labels[k].includes(key) : labelMatches(key, labels[k]);
          if (ok) {
            found[k] = col;
            used.add(col);
            break;
          }
        }
      }
    }
    const score = Object.keys(found).length;
    if (score >= minKeys && score > bestScore && required(found)) {
      best = { row: r, columns: found };
      bestScore = score;
    }
  }
  return best;
}

/** progressLabels' answers by the spec's column list (specs are not changed in place). */
const labelsOf = new WeakMap<TemplateSpec['columns'], Record<ColumnKey, string[]>>();

/**
 * The progress table's header labels as keys: the spec's header text first, then `PROGRESS_HEADER_LABELS`. Computed
 * once per spec (the same object is returned: do not change it).
 */
export function progressLabels(spec: TemplateSpec): Record<ColumnKey, string[]> {
  const known = labelsOf.get(spec.columns);
  if (known) return known;
  const out = {} as Record<ColumnKey, string[]>;
  labelsOf.set(spec.columns, out);
  for (const key of Object.keys(PROGRESS_HEADER_LABELS) as ColumnKey[]) {
    const own = spec.columns.filter((c) => c.key === key).map((c) => matchKey(c.header));
    out[key] = [...new Set([...own, ...PROGRESS_HEADER_LABELS[key].map(matchKey)])];
  }
  return out;
}

/**
 * The progress table's header in one grid: at least 3 of the 5 columns, one of them 本季度具体措施及任务进度情况 or
 * 完成时限 (so the indicator sheet, which shares 序号 / 实事名称 / 责任单位, is never taken for it). Searched once per
 * grid and spec; the same answer object is returned to every caller (do not change it).
 */
export function findProgressHeader(grid: Grid, spec: TemplateSpec): HeaderMatch<ColumnKey> | undefined {
  let bySpec = progressHeaders.get(grid);
  if (!bySpec) progressHeaders.set(grid, (bySpec = new Map()));
  if (bySpec.has(spec.columns)) return bySpec.get(spec.columns);
  const found = findHeader(grid, progressLabels(spec), 3, (f) => f.progressText !== undefined || f.deadline !== undefined);
  bySpec.set(spec.columns, found);
  return found;
}

/** findProgressHeader's answers by grid and spec columns: the merge and the reader both ask for every sheet. */
const progressHeaders = new WeakMap<Grid, Map<TemplateSpec['columns'], HeaderMatch<ColumnKey> | undefined>>();
