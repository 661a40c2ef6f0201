import { LEDGER_MESSAGES } from '../ledger/messages';
import { MERGE_MESSAGES } from '../merge/messages';
import { READ_MESSAGES } from '../read/messages';
import { VALIDATE_MESSAGES } from '../validate/messages';
import type { Finding } from './finding';
import { findingFrom, localizeWith, type FindingPlace, type Lang, type MessageTable } from './catalogue';

/**
 * Every finding code's words, joined from the rooms that make findings: read (file-level codes: file-empty,
 * file-corrupt …), validate (table-not-found … text-outer-spaces), merge (merge-…), ledger (ledger-…). Codes are unique across rooms
 * (a test checks it).
 */
export const MESSAGES: MessageTable = { ...READ_MESSAGES, ...VALIDATE_MESSAGES, ...MERGE_MESSAGES, ...LEDGER_MESSAGES };

/** A finding of any code (see MESSAGES). Throws Error for an unknown code (a programming error). */
export function makeFinding(code: string, place: FindingPlace, params: Record<string, string | number> = {}, lang: Lang = 'zh-CN'): Finding {
  return findingFrom(MESSAGES, code, place, params, lang);
}

/** The finding's words in `lang` (zh-CN or en-US); a finding of an unknown code is returned as it is. */
export function localize(finding: Finding, lang: Lang): Finding {
  return localizeWith(MESSAGES, finding, lang);
}
