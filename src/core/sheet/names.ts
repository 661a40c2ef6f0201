/**
 * Excel worksheet names: at most 31 characters, none of : \ / ? * [ ], not empty, not starting or ending with an
 * apostrophe, unique without regard to case (Microsoft: "Rename a worksheet", Excel specifications and limits).
 */

const FORBIDDEN = /[:\\/?*[\]]/g;

/** Make a legal sheet name from any text: forbidden characters become "_", cut to 31 characters; '' becomes "Sheet". */
export function legalSheetName(wanted: string): string {
  let name = wanted.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim();
  if (!name) name = 'Sheet';
  return Array.from(name).slice(0, 31).join('');
}

/**
 * A sheet name that clashes with none of `taken` (case-insensitive): the wanted name when free, else
 * "name (2)", "name (3)" … cut so that the whole stays within 31 characters. Never returns a taken name.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const base = legalSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const head = Array.from(base).slice(0, 31 - suffix.length).join('');
    const candidate = head + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Names of the summary sheets the layout writes and the merge recognises in a workbook it is given (Excel names,
 * ≤ 31 characters).
 */
export const SUMMARY_SHEET_NAMES = { summary: '汇总表', roster: '报送情况', targets: '指标完成情况汇总' } as const;
