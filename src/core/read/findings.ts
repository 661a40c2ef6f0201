import { findingFrom } from '../i18n/catalogue';
import type { ColumnKey } from '../spec/schema';
import { a1Range, type Grid } from '../sheet/grid';
import type { Finding } from '../i18n/finding';
import { cellText } from './cells';
import type { HeaderMatch } from './headers';
import { hiddenValues, mergeAt } from './merges';
import { READ_MESSAGES } from './messages';
import { hasCell, type ProgressRow, type ReadCell } from './report';

/** Longest excerpt of a hidden value quoted in a message, in characters. */
const EXCERPT = 30;

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t;
}

/**
 * What the reader itself has to say about a progress table (codes in read/messages), in row order:
 * - `merge-hidden-value` (info): a cell inside a merged area, not its anchor, holds a value nobody sees; it was not
 *   read (the anchor's content was). At the anchor; params {cell, range, text}.
 * - `progress-merged-across-items` (warning): one merged 本季度具体措施及任务进度情况 cell covers rows of two or
 *   more items; its text was read for each of them. At the anchor; params {range, numbers} ("1、2").
 * - `formula-no-result` (error): a formula cell of the table with no saved result (a file written by a program that
 *   does not calculate); what it shows cannot be read. At the cell; params {column}.
 * `rows` are the table's rows (`readProgressRows`); `file` goes into each finding when given.
 */
export function readingFindings(
  grid: Grid,
  header: HeaderMatch<ColumnKey>,
  rows: readonly ProgressRow[],
  columnLabels: Record<ColumnKey, string>,
  file?: string,
): Finding[] {
  const out: Finding[] = [];
  const place = (cell: string) => ({ ...(file !== undefined ? { file } : {}), sheet: grid.name, cell });
  const cols = Object.values(header.columns).filter((c): c is number => c !== undefined);
  const end = grid.origin.row + grid.rows.length;
  for (const h of hiddenValues(grid, { first: header.row + 1, end }, cols, cellText)) {
    out.push(findingFrom(READ_MESSAGES, 'merge-hidden-value', place(h.anchor), { cell: h.cell, range: h.range, text: excerpt(h.text) }));
  }

  const textCol = header.columns.progressText;
  if (textCol !== undefined) {
    const byAnchor = new Map<string, { range: string; numbers: number[] }>();
    for (const row of rows) {
      const m = mergeAt(grid, row.row, textCol);
      if (!m || m.r1 === m.r0 || row.itemNumber === undefined || row.progressText.text === '') continue;
      const key = row.progressText.cell;
      const entry = byAnchor.get(key) ?? { range: a1Range(m), numbers: [] };
      if (!entry.numbers.includes(row.itemNumber)) entry.numbers.push(row.itemNumber);
      byAnchor.set(key, entry);
    }
    for (const [anchor, e] of byAnchor) {
      if (e.numbers.length < 2) continue;
      out.push(findingFrom(READ_MESSAGES, 'progress-merged-across-items', place(anchor), { range: e.range, numbers: e.numbers.join('、') }));
    }
  }

  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of ['progressText', 'deadline', 'unit', 'name', 'number'] as const) {
      const c: ReadCell = row[key];
      if (!hasCell(c) || seen.has(c.cell) || !c.raw?.formula || c.text !== '') continue;
      seen.add(c.cell);
      out.push(findingFrom(READ_MESSAGES, 'formula-no-result', place(c.cell), { column: columnLabels[key] }));
    }
  }
  return out;
}
