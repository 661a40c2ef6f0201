import type { Item, TemplateSpec } from '../spec/schema';
import { matchKey, toHalfWidth } from '../text/normalize';
import { parseChineseInteger } from '../text/numbers';
import type { ReadCell } from './report';

/**
 * The item number (序号) written in a cell: 1, "1", "01", "1.", "1、", "(1)", "（一）", "一", "一、", "第一项".
 * Returns undefined for blank cells, non-integers, zero or negatives, and anything else.
 */
export function parseItemNumber(cell: ReadCell): number | undefined {
  const v = cell.raw?.value;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  const t = toHalfWidth(cell.text).replace(/\s+/g, '');
  let m = /^\(?第?(\d{1,3})项?\)?[、.,，．:]?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n > 0 ? n : undefined;
  }
  m = /^\(?第?([一二三四五六七八九十百零两]{1,4})项?\)?[、.,，．:]?$/.exec(t);
  if (m) {
    const n = parseChineseInteger(m[1]);
    return n !== undefined && n > 0 ? n : undefined;
  }
  return undefined;
}

/** matchKey without punctuation: 促进女性高质量充分就业 = “促进女性高质量、充分就业”. */
export function nameKey(text: string): string {
  return matchKey(text).replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * The spec item a 实事名称 names: equal keys (`nameKey`), else the item whose key contains the text's key or is
 * contained in it (text key ≥ 4 characters; the longest item key wins). Undefined when none or blank.
 */
export function itemByName(spec: TemplateSpec, text: string): Item | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  const exact = spec.items.find((i) => nameKey(i.name) === key);
  if (exact) return exact;
  if (key.length < 4) return undefined;
  let best: Item | undefined;
  for (const i of spec.items) {
    const k = nameKey(i.name);
    if (k.includes(key) || key.includes(k)) {
      if (!best || k.length > nameKey(best.name).length) best = i;
    }
  }
  return best;
}

/** How a row was mapped to its item. */
export type ItemMatch = 'number+name' | 'name' | 'number';

/**
 * Map a row to a spec item by 序号 and 实事名称. Decision (documented for users in the finding `fixed-text-changed`):
 * - both name the same item: that item;
 * - the name names an item: the NAME wins (people renumber rows when they sort or insert rows; names are what the
 *   coordinator reads), whatever the number says — the validator flags a changed 序号;
 * - only the number names an item: that item — the validator flags the changed 实事名称;
 * - neither: no item (the row is reported as `item-unknown`).
 */
export function matchItem(spec: TemplateSpec, number: ReadCell, name: ReadCell): { item: Item; by: ItemMatch } | undefined {
  const n = parseItemNumber(number);
  const byNumber = n === undefined ? undefined : spec.items.find((i) => i.number === n);
  const byName = itemByName(spec, name.text);
  if (byName) return { item: byName, by: byNumber === byName ? 'number+name' : 'name' };
  if (byNumber) return { item: byNumber, by: 'number' };
  return undefined;
}
