import type { Lang } from '../core/i18n/catalogue';
import { officeErrorCode, isKnownOfficeError, isOfficeError, officeErrorMessage } from '../excel/errors';
import { READ_MESSAGES, readFailureSentence } from '../core/read/messages';
import { STRINGS, type Strings } from './strings';
import { isWpsError, wpsErrorMessage } from '../wps/errors';

/**
 * The sentence the pane shows for a failed use-case, never the raw message: a file reader's code
 * (WorkbookReadError: file-empty, file-corrupt …), an Office.js error code (excel/errors; an unknown one is named
 * in the sentence), a RangeError from the
 * layout (an unknown quarter or unit), a part of the add-in that could not be fetched (webpack's `ChunkLoadError`,
 * usecases/deferred), or a general sentence.
 */
export function errorText(error: unknown, lang: Lang): string {
  const s: Strings = STRINGS[lang];
  if (isWpsError(error)) return wpsErrorMessage(error, lang);
  const code = officeErrorCode(error);
  if (code && code in s.readError) return s.readError[code as keyof Strings['readError']];
  if (code && code in READ_MESSAGES) return readFailureSentence(code, lang, (error as { params?: Record<string, number> } | undefined)?.params);
  if (isKnownOfficeError(error) || isOfficeError(error)) return officeErrorMessage(error, lang);
  if (error instanceof RangeError) return s.errorBadOptions;
  if (error instanceof Error && error.name === 'ChunkLoadError') return s.errorLoadFailed;
  return s.errorGeneric;
}
