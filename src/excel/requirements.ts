/**
 * Requirement-set detection (Microsoft: "Office versions and requirement sets", "Excel JavaScript API requirement
 * sets"). Excel 2016 volume editions have ExcelApi 1.1 only, Excel 2019 stops at 1.8, Excel 2021 at 1.14.
 * The adapter's base works on 1.1; every newer call is gated here and says in a comment which set it needs.
 */

/** The ExcelApi versions the adapter asks about. */
export type ExcelApiVersion =
  | '1.1' | '1.2' | '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.8' | '1.9' | '1.10' | '1.12' | '1.13' | '1.18';

/** A yes/no answer per requirement set; tests pass their own. */
export type ApiSupport = (version: ExcelApiVersion) => boolean;

/**
 * The host's answer: `Office.context.requirements.isSetSupported('ExcelApi', version)`. Outside Office (no
 * `Office` global, or no requirements object) every set is unsupported except none: returns false.
 */
export const hostSupport: ApiSupport = (version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported('ExcelApi', version));
  } catch {
    return false;
  }
};

/** A support function that says yes up to and including `max` (e.g. "1.7" for Excel 2019): for tests and docs. */
export function supportUpTo(max: ExcelApiVersion): ApiSupport {
  const [maj, min] = max.split('.').map(Number);
  return (v) => {
    const [a, b] = v.split('.').map(Number);
    return a < maj || (a === maj && b <= min);
  };
}

/**
 * True when `owner` (an Office.js proxy, e.g. `context.workbook`) offers `member` in the office.js actually loaded.
 * The office.js the add-in serves from npm lags the hosts: a host may answer `isSetSupported('ExcelApi', '1.18')`
 * while the library has no `workbook.notes` (NOTES.md), and using it throws TypeError. Never throws.
 */
export function hasMember(owner: unknown, member: string): boolean {
  if (owner === null || (typeof owner !== 'object' && typeof owner !== 'function')) return false;
  try {
    return member in owner && (owner as Record<string, unknown>)[member] !== undefined;
  } catch {
    return false;
  }
}

/** True when the host supports ExcelApi `version` AND the loaded library offers `owner[member]` (see `hasMember`). */
export function canUse(support: ApiSupport, version: ExcelApiVersion, owner: unknown, member: string): boolean {
  return support(version) && hasMember(owner, member);
}

/**
 * How cells get a note in this host with this library: 'notes' (ExcelApi 1.18, `workbook.notes`), else 'comments'
 * (ExcelApi 1.10, `workbook.comments`), else 'none' (the fill alone).
 */
export type NoteApi = 'notes' | 'comments' | 'none';

/** The note API to use (see NoteApi): each checked against the host's requirement sets and the loaded library. */
export function noteApi(workbook: unknown, support: ApiSupport): NoteApi {
  if (canUse(support, '1.18', workbook, 'notes')) return 'notes';
  if (canUse(support, '1.10', workbook, 'comments')) return 'comments';
  return 'none';
}
