import type { TemplateSpec, Unit } from '../spec/schema';
import { matchKey, toHalfWidth } from './normalize';

/**
 * Department names (责任单位 / 填报单位) as people write them, matched to the spec's units: the short name of the
 * notice (区卫健局), the full name (临淄区卫生健康局) and the variants in `Unit.aliases` (卫健局, 区卫生健康局),
 * full-width or half-width, with spaces or line breaks anywhere, with or without a leading 淄博市 / 临淄区 / 临淄 /
 * 区 / 县 / 中共, a trailing 办公室, or a trailing （盖章）.
 */

/** Result of `resolveUnit`: the unit, or the text that matched none with up to 3 closest units (closest first). */
export type UnitMatch = { kind: 'unit'; unit: Unit } | { kind: 'unknown'; text: string; suggestions: Unit[] };

/** Prefixes that a department name may carry or drop: 淄博市临淄区卫生健康局 = 临淄区卫生健康局 = 区卫生健康局 = 卫生健康局. */
const PREFIX_RE = /^(?:中共)?(?:[\p{Script=Han}]{2,3}市)?(?:[\p{Script=Han}]{2}[区县]|临淄)?(?:中共)?[区县]?/u;

/** matchKey without punctuation (·, brackets, quotes) and without a trailing （盖章）/（章）. */
function bareKey(text: string): string {
  return matchKey(text)
    .replace(/[(（]\s*(?:盖章|章|公章)\s*[)）]$/u, '')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * Candidate keys of a name: its bare key, and the key with the district prefix removed. The prefix is removed only
 * when at least two characters remain, so 团区委 / 区委宣传部 keep their meaning.
 */
function keysOf(name: string): string[] {
  const key = bareKey(name);
  const keys = [key];
  const stripped = key.replace(PREFIX_RE, '');
  if (stripped !== key && stripped.length >= 2) keys.push(stripped);
  return keys;
}

/** Every key by which a unit is known (id, full name, aliases; each with and without prefix). */
function unitKeys(unit: Unit): string[] {
  return [...new Set([unit.id, unit.fullName, ...unit.aliases].flatMap(keysOf))];
}

/**
 * keyIndex's answers by unit list, each with the units it was built from: reused while the list holds the same unit
 * objects (the notice parser grows its list as it reads, so the list's identity alone is not enough).
 */
const indexes = new WeakMap<readonly Unit[], { units: Unit[]; index: Map<string, Unit> }>();

/**
 * Index of unit keys; a key shared by two units is ambiguous and left out. Built once per unit list, not per name
 * matched: a file asks for every row's 责任单位.
 */
function keyIndex(units: readonly Unit[]): Map<string, Unit> {
  const known = indexes.get(units);
  if (known && known.units.length === units.length && known.units.every((u, i) => u === units[i])) return known.index;
  const index = new Map<string, Unit>();
  indexes.set(units, { units: [...units], index });
  const clash = new Set<string>();
  for (const unit of units) {
    for (const key of unitKeys(unit)) {
      const had = index.get(key);
      if (had && had !== unit) clash.add(key);
      else index.set(key, unit);
    }
  }
  for (const key of clash) index.delete(key);
  return index;
}

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The spec unit a text names. Tries, in order, the exact key, the key with the district prefix removed, and the key
 * without a trailing 办公室 (区妇联办公室 -> 区妇联). When none matches, `kind: 'unknown'` carries the text as given
 * and up to 3 suggestions: units with a key within edit distance of half the longer key's length of the text's key
 * (or containing it, or contained in it), closest first, ties in the spec's order. Blank text gives unknown with no suggestions. Never throws.
 */
export function resolveUnit(text: string, spec: Pick<TemplateSpec, 'units'>): UnitMatch {
  const index = keyIndex(spec.units);
  const candidates = keysOf(text);
  for (const key of [...candidates]) {
    if (key.endsWith('办公室') && key.length > 5) candidates.push(...keysOf(key.slice(0, -3)));
  }
  for (const key of candidates) {
    const unit = index.get(key);
    if (unit) return { kind: 'unit', unit };
  }
  const key = candidates[candidates.length > 1 ? 1 : 0] ?? '';
  if (key === '') return { kind: 'unknown', text, suggestions: [] };
  const scored = spec.units
    .map((unit, order) => {
      const distance = Math.min(
        ...unitKeys(unit).map((k) => {
          if (key.length >= 2 && (k.includes(key) || key.includes(k))) return 0.25;
          return editDistance(k, key) / Math.max([...k].length, [...key].length);
        }),
      );
      return { unit, order, distance };
    })
    .filter((s) => s.distance <= 0.5)
    .sort((a, b) => a.distance - b.distance || a.order - b.order);
  return { kind: 'unknown', text, suggestions: scored.slice(0, 3).map((s) => s.unit) };
}

/**
 * The names in a 责任单位 cell or list, in order: split at line breaks, 、 ， , ； ; / and spaces (full- or
 * half-width), trimmed, blanks dropped. "区卫健局\n区妇联" and "区卫健局、区妇联" both give ["区卫健局", "区妇联"].
 */
export function splitUnitList(text: string): string[] {
  return toHalfWidth(String(text ?? ''))
    .split(/[\n、,，;；/\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
