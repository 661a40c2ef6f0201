import type { Lang } from '../core/i18n/catalogue';

/**
 * Office.js errors as sentences a person can act on. Users see text chosen from the error's `code`
 * (`OfficeExtension.Error.code`, Microsoft: "Error handling with the application-specific JavaScript APIs",
 * "Excel JavaScript API error codes"), never its raw `message`, which is English, technical, and sometimes names
 * internal objects.
 */

/** One sentence per language. */
interface Words {
  'zh-CN': string;
  'en-US': string;
}

/** Known Office.js error codes and their sentences. */
export const OFFICE_ERROR_TEXT: Record<string, Words> = {
  InvalidOperationInCellEditMode: {
    'zh-CN': 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。',
    'en-US': 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    'zh-CN': '一次写入的数据超过了 Excel 的大小限制。请减少文件数量后分批进行。',
    'en-US': 'The data sent at once is larger than Excel allows. Use fewer files at a time.',
  },
  ResponsePayloadSizeLimitExceeded: {
    'zh-CN': '工作表太大，Excel 无法一次读出。请删除多余的空行空列后再试。',
    'en-US': 'The sheet is too large for Excel to read at once. Delete unused rows and columns, then try again.',
  },
  AccessDenied: {
    'zh-CN': '没有权限修改该工作表或工作簿（可能处于保护或只读状态）。请取消保护或另存一份后再试。',
    'en-US': 'The sheet or workbook cannot be changed (it may be protected or read-only). Unprotect it or save a copy, then try again.',
  },
  ItemAlreadyExists: {
    'zh-CN': '已有同名的工作表。请重试，助手会自动换一个名称。',
    'en-US': 'A sheet of that name already exists. Try again; the add-in picks another name.',
  },
  ItemNotFound: {
    'zh-CN': '找不到要操作的工作表或单元格，可能已被删除或改名。请重新校验。',
    'en-US': 'The sheet or cell was not found; it may have been deleted or renamed. Validate again.',
  },
  InvalidArgument: {
    'zh-CN': 'Excel 拒绝了这次写入（参数无效）。请确认工作簿未处于共享或受限模式后再试。',
    'en-US': 'Excel refused this change (invalid argument). Make sure the workbook is not in a shared or restricted mode, then try again.',
  },
  InvalidOperation: {
    'zh-CN': 'Excel 当前不允许这个操作。请关闭打开的对话框或筛选后再试。',
    'en-US': 'Excel does not allow this operation right now. Close any open dialog or filter, then try again.',
  },
  InvalidReference: {
    'zh-CN': '引用的区域无效，可能工作表已被修改。请重新校验。',
    'en-US': 'A referenced range is not valid; the sheet may have changed. Validate again.',
  },
  MergedRangeConflict: {
    'zh-CN': '目标区域与已合并的单元格冲突。请在新的工作表中操作。',
    'en-US': 'The target range conflicts with merged cells. Use a new sheet.',
  },
  InsertDeleteConflict: {
    'zh-CN': '插入或删除与工作表中的内容冲突。请检查工作表后再试。',
    'en-US': 'Inserting or deleting conflicts with the sheet’s content. Check the sheet, then try again.',
  },
  ApiNotFound: {
    'zh-CN': '此版本的 Excel 不支持该功能。请使用 Excel 2016 以上版本，或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Use Excel 2016 or later, or work on files in a browser.',
  },
  NotImplemented: {
    'zh-CN': '此版本的 Excel 不支持该功能。请使用 Excel 2016 以上版本，或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Use Excel 2016 or later, or work on files in a browser.',
  },
  UnsupportedOperation: {
    'zh-CN': '此版本的 Excel 不支持该操作。',
    'en-US': 'This version of Excel does not support the operation.',
  },
  ActivityLimitReached: {
    'zh-CN': 'Excel 正忙，已达到操作次数上限。请稍候再试。',
    'en-US': 'Excel is busy and reached its activity limit. Wait a moment, then try again.',
  },
  Conflict: {
    'zh-CN': '工作簿正被他人同时编辑，发生冲突。请稍候再试。',
    'en-US': 'Someone else is editing the workbook at the same time. Wait a moment, then try again.',
  },
  RequestAborted: {
    'zh-CN': '操作被中断。请再试一次。',
    'en-US': 'The operation was interrupted. Try again.',
  },
  ServiceNotAvailable: {
    'zh-CN': 'Excel 服务暂时不可用。请稍候再试。',
    'en-US': 'The Excel service is not available right now. Try again later.',
  },
  GeneralException: {
    'zh-CN': 'Excel 处理时出错。请保存工作簿后再试一次。',
    'en-US': 'Excel met an error. Save the workbook and try again.',
  },
};

const UNKNOWN: Words = {
  'zh-CN': '操作未能完成。请保存工作簿后再试一次；如仍失败，请联系信息技术人员。',
  'en-US': 'The operation did not complete. Save the workbook and try again; if it still fails, contact IT staff.',
};

/** The `code` of an Office.js error (`OfficeExtension.Error`), or undefined for anything else. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}

/** True when `error` carries a code this module knows. */
export function isKnownOfficeError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && code in OFFICE_ERROR_TEXT;
}

/**
 * The sentence to show for an Office.js error, in `lang`. Unknown codes, and anything not an Office error (a
 * TypeError, a string), get a general sentence; the raw message is never shown.
 */
export function officeErrorMessage(error: unknown, lang: Lang = 'zh-CN'): string {
  const code = officeErrorCode(error);
  return (code !== undefined && OFFICE_ERROR_TEXT[code]?.[lang]) || UNKNOWN[lang];
}
