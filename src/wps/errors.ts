import type { Lang } from '../core/i18n/catalogue';

/**
 * Errors of the WPS adapter as the pane and the ribbon show them: a stable code and a sentence in zh-CN / en-US,
 * never the host's raw message. The WPS object model throws plain errors (VBA run-time errors, e.g. 1004 on a
 * protected sheet) with no documented code, so every host failure the adapter does not expect is 'wps-refused'.
 */

export type WpsErrorCode = 'wps-no-workbook' | 'wps-refused';

const TEXT: Record<WpsErrorCode, Record<Lang, string>> = {
  'wps-no-workbook': {
    'zh-CN': '没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿，再点一次。',
    'en-US': 'No workbook is open. Open or create a workbook in WPS Spreadsheets, then try again.',
  },
  'wps-refused': {
    'zh-CN': 'WPS 拒绝了这次操作（工作表或工作簿可能受保护、只读或正在编辑单元格）。请结束编辑、取消保护后再试。',
    'en-US': 'WPS refused the operation (the sheet or workbook may be protected, read-only, or a cell is being edited). Finish editing or unprotect it, then try again.',
  },
};

/** An error of the WPS adapter, with its code. */
export class WpsError extends Error {
  constructor(readonly code: WpsErrorCode, readonly hostError?: unknown) {
    super(code);
    this.name = 'WpsError';
  }
}

/** True for a WpsError (also across bundles: by name and code). */
export function isWpsError(error: unknown): error is WpsError {
  return error instanceof WpsError || (error instanceof Error && error.name === 'WpsError' && typeof (error as WpsError).code === 'string' && (error as WpsError).code in TEXT);
}

/** The sentence for an error of a WPS call: its code's words, any other error as 'wps-refused'. */
export function wpsErrorMessage(error: unknown, lang: Lang): string {
  return TEXT[isWpsError(error) ? error.code : 'wps-refused'][lang];
}

/** Run `fn`; a host failure becomes a WpsError('wps-refused') (a WpsError passes as it is). */
export function hostCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw isWpsError(error) ? error : new WpsError('wps-refused', error);
  }
}
