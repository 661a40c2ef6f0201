import { cellAt, type Grid } from './grid';
import type { SheetPlan, SheetRole } from './plan';

/**
 * The add-in's record sheets (the metadata sheet, core/sheet/metadata; the ledger's data sheet, core/ledger/store):
 * very hidden, protected sheets of key/value rows, column A the key and column B the value as text, row 1 the header
 * "key" / "value". A value longer than Excel's cell (32,767 characters) is kept in chunks `<prefix>.0`, `<prefix>.1` …
 */

/** Characters in one chunk of a long value: under Excel's 32,767-character cell limit, with room to spare. */
export const KEY_VALUE_CHUNK = 30000;

/** `text` as chunk pairs [`${prefix}.${k}`, part] of at most KEY_VALUE_CHUNK characters ([] for ''). */
export function chunkPairs(prefix: string, text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0, k = 0; i < text.length; i += KEY_VALUE_CHUNK, k++) pairs.push([`${prefix}.${k}`, text.slice(i, i + KEY_VALUE_CHUNK)]);
  return pairs;
}

/**
 * The chunks `<prefix>.k` of a key/value map by index k: a sparse array, so a missing chunk is a hole the caller
 * can see (`Array.from(chunks)` gives undefined there); [] when there is none.
 */
export function chunksOf(map: ReadonlyMap<string, string>, prefix: string): string[] {
  const chunks: string[] = [];
  const key = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)$`);
  for (const [k, v] of map) {
    const m = key.exec(k);
    if (m) chunks[Number(m[1])] = v;
  }
  return chunks;
}

/** The key/value rows of a grid: every row whose column A holds text, its column B as text ('' when empty). */
export function keyValueMap(grid: Grid): Map<string, string> {
  const map = new Map<string, string>();
  for (let r = grid.origin.row; r < grid.origin.row + grid.rows.length; r++) {
    const k = cellAt(grid, r, 0);
    const v = cellAt(grid, r, 1);
    if (k && typeof k.value === 'string') map.set(k.value, v && v.value !== null ? String(v.value) : '');
  }
  return map;
}

/** A record sheet's plan: the header row, then `pairs` as text; very hidden, protected; column A `keyWidth` wide. */
export function keyValueSheetPlan(name: string, role: SheetRole, pairs: readonly [string, string][], keyWidth: number): SheetPlan {
  const rows: [string, string][] = [['key', 'value'], ...pairs];
  return {
    name,
    role,
    visibility: 'veryHidden',
    styles: { text: { numberFormat: '@' } },
    cells: rows.flatMap(([k, v], r) => [
      { row: r, col: 0, value: k, style: 'text' },
      { row: r, col: 1, value: v, style: 'text' },
    ]),
    merges: [],
    columnWidths: [keyWidth, 60],
    rowHeights: {},
    protect: true,
  };
}
