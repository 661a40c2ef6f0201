import type { Finding, Severity } from './finding';
import { fillTemplate, type Lang } from './template';
import { word, WORDS, type WordKey } from './words';

export { fillTemplate, placeholders } from './template';
export type { Lang } from './template';

/**
 * The message catalogue: for every finding code, its severity and its words in zh-CN and en-US.
 * Templates use `{name}` placeholders filled from the finding's params. Each room that makes findings keeps its own
 * entries (read/messages, validate/messages, merge/messages); core/i18n/messages joins them.
 */
export interface MessageEntry {
  severity: Severity;
  'zh-CN': { message: string; hint: string };
  'en-US': { message: string; hint: string };
}

export type MessageTable = Record<string, MessageEntry>;

/** Quarter labels as params carry them (第三季度 …, the zh-CN words), by their WORDS key. */
const QUARTER_KEYS: Record<string, WordKey> = Object.fromEntries(
  ([1, 2, 3, 4] as const).map((q) => [WORDS[`quarter-${q}`]['zh-CN'], `quarter-${q}` as WordKey]),
);

/** Params in `lang`: in en-US a quarter label (第三季度) becomes Q3; every other value is kept verbatim. */
export function paramsIn(params: Record<string, string | number> | undefined, lang: Lang): Record<string, string | number> {
  if (!params || lang === 'zh-CN') return params ?? {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' && QUARTER_KEYS[v] ? word(QUARTER_KEYS[v], lang) : v;
  return out;
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
    message: fillTemplate(words.message, paramsIn(params, lang)),
    hint: fillTemplate(words.hint, paramsIn(params, lang)),
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
    message: fillTemplate(entry[lang].message, paramsIn(finding.params, lang)),
    hint: fillTemplate(entry[lang].hint, paramsIn(finding.params, lang)),
  };
}
