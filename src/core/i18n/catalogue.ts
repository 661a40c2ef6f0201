import type { Finding, Severity } from './finding';

/**
 * The message catalogue: for every finding code, its severity and its words in zh-CN and en-US.
 * Templates use `{name}` placeholders filled from the finding's params. Each room that makes findings keeps its own
 * entries (read/messages, validate/messages, merge/messages); `catalogue` below joins them.
 */
export type Lang = 'zh-CN' | 'en-US';

export interface MessageEntry {
  severity: Severity;
  'zh-CN': { message: string; hint: string };
  'en-US': { message: string; hint: string };
}

export type MessageTable = Record<string, MessageEntry>;

/** Fill `{name}` placeholders; a missing param is left as `{name}` so a gap shows in tests. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Where a finding points: file name (optional), sheet (null = file level) and A1 cell (null = sheet level). */
export interface FindingPlace {
  file?: string;
  sheet: string | null;
  cell: string | null;
}

/**
 * Make a finding from a table of entries. Throws Error when `code` is not in `table` (a programming error, caught
 * by the tests, never by users). `severity` may be overridden (e.g. a rule that downgrades to a warning).
 */
export function findingFrom(
  table: MessageTable,
  code: string,
  place: FindingPlace,
  params: Record<string, string | number> = {},
  lang: Lang = 'zh-CN',
  severity?: Severity,
): Finding {
  const entry = table[code];
  if (!entry) throw new Error(`no message for finding code "${code}"`);
  const words = entry[lang];
  const f: Finding = {
    code,
    severity: severity ?? entry.severity,
    sheet: place.sheet,
    cell: place.cell,
    message: fillTemplate(words.message, params),
    hint: fillTemplate(words.hint, params),
  };
  if (place.file !== undefined) f.file = place.file;
  if (Object.keys(params).length) f.params = params;
  return f;
}

/** The same finding in another language (its words re-made from the table and its params). Unknown codes are returned as they are. */
export function localizeWith(table: MessageTable, finding: Finding, lang: Lang): Finding {
  const entry = table[finding.code];
  if (!entry) return finding;
  return {
    ...finding,
    message: fillTemplate(entry[lang].message, finding.params),
    hint: fillTemplate(entry[lang].hint, finding.params),
  };
}
