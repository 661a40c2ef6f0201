import { localizeWith, type Lang, type MessageTable } from '../../core/i18n/catalogue';
import { READ_MESSAGES } from '../../core/read/messages';
import { VALIDATE_MESSAGES } from '../../core/validate/messages';
import { MERGE_MESSAGES } from '../../core/merge/messages';
import type { Finding } from '../../core/validate/finding';

/** Every finding code's words: the read, validate and merge catalogues joined. */
export const ALL_MESSAGES: MessageTable = { ...READ_MESSAGES, ...VALIDATE_MESSAGES, ...MERGE_MESSAGES };

/** A finding in `lang` (zh-CN findings are returned as they are; unknown codes too). */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  return lang === 'zh-CN' ? finding : localizeWith(ALL_MESSAGES, finding, lang);
}
