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
