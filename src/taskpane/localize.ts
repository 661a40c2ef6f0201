import type { Lang } from '../core/i18n/catalogue';
import { localize, MESSAGES } from '../core/i18n/messages';
import type { Finding } from '../core/validate/finding';

/** Every finding code's words: the core's one catalogue (kept under this name for the pane's older imports). */
export const ALL_MESSAGES = MESSAGES;

/** A finding in `lang` (zh-CN findings are returned as they are; unknown codes too): the core's `localize`. */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  return lang === 'zh-CN' ? finding : localize(finding, lang);
}
