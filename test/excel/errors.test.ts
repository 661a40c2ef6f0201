/**
 * Office.js errors as sentences (src/excel/errors): every code the flows can meet has its whole Chinese and English
 * text here, spelled out, so a changed or lost sentence fails; an unknown code is named in the sentence for IT staff;
 * nothing shows the raw message.
 */
import { isKnownOfficeError, isOfficeError, OFFICE_ERROR_TEXT, officeErrorCode, officeErrorMessage } from '../../src/excel/errors';
import { errorText } from '../../src/taskpane/error-text';

/** The expected sentences, code by code (Microsoft: OfficeExtension.ErrorCodes, Excel.ErrorCodes, "Error handling"). */
const EXPECTED: Record<string, { 'zh-CN': string; 'en-US': string }> = {
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
  InvalidRequest: {
    'zh-CN': 'Excel 无法处理这次请求。请保存工作簿，关闭后重新打开再试。',
    'en-US': 'Excel could not process the request. Save the workbook, close and reopen it, then try again.',
  },
  InvalidOperation: {
    'zh-CN': 'Excel 当前不允许这个操作。请关闭打开的对话框或筛选后再试。',
    'en-US': 'Excel does not allow this operation right now. Close any open dialog or filter, then try again.',
  },
  InvalidReference: {
    'zh-CN': '引用的区域无效，可能工作表已被修改。请重新校验。',
    'en-US': 'A referenced range is not valid; the sheet may have changed. Validate again.',
  },
  InvalidSelection: {
    'zh-CN': '当前选中的区域不能用于这个操作。请单击一个单元格后再试。',
    'en-US': 'The current selection cannot be used for this operation. Click a single cell, then try again.',
  },
  MergedRangeConflict: {
    'zh-CN': '目标区域与已合并的单元格冲突。请在新的工作表中操作。',
    'en-US': 'The target range conflicts with merged cells. Use a new sheet.',
  },
  InsertDeleteConflict: {
    'zh-CN': '插入或删除与工作表中的内容冲突。请检查工作表后再试。',
    'en-US': 'Inserting or deleting conflicts with the sheet’s content. Check the sheet, then try again.',
  },
  FilteredRangeConflict: {
    'zh-CN': '工作表开启了筛选，Excel 不允许这样修改。请在“数据”选项卡上清除筛选后再试。',
    'en-US': 'The sheet is filtered and Excel does not allow this change. Clear the filter on the Data tab, then try again.',
  },
  NonBlankCellOffSheet: {
    'zh-CN': '工作表最后一行或最后一列有内容，Excel 无法插入。请删除表格以外多余的内容后再试。',
    'en-US': 'The last row or column of the sheet is not empty, so Excel cannot insert. Delete the content outside the table, then try again.',
  },
  FormulaLengthExceedsLimit: {
    'zh-CN': '要写入的公式超过了 Excel 的长度限制。请把本工作簿另存一份，用助手重新生成表格。',
    'en-US': 'A formula to write is longer than Excel allows. Save a copy of the workbook and let the add-in make the table again.',
  },
  RangeExceedsLimit: {
    'zh-CN': '要处理的区域超过了 Excel 的单元格数量上限。请删除多余的空行空列，或减少文件数量后分批进行。',
    'en-US': 'The range is larger than Excel allows. Delete unused rows and columns, or use fewer files at a time.',
  },
  OperationCellsExceedLimit: {
    'zh-CN': '一次操作涉及的单元格超过了 Excel 的上限。请删除多余的空行空列，或减少文件数量后分批进行。',
    'en-US': 'The operation touches more cells than Excel allows. Delete unused rows and columns, or use fewer files at a time.',
  },
  EmptyChartSeries: {
    'zh-CN': '没有可画图的指标数据，未生成图表。汇总表的其他内容不受影响。',
    'en-US': 'There are no indicator figures to chart, so no chart was made. The rest of the summary is not affected.',
  },
  UnsupportedSheet: {
    'zh-CN': '当前工作表（如图表工作表或宏表）不支持这个操作。请切换到普通工作表后再试。',
    'en-US': 'This kind of sheet (a chart sheet or macro sheet) does not support the operation. Switch to an ordinary worksheet, then try again.',
  },
  InactiveWorkbook: {
    'zh-CN': '要操作的工作簿不是当前活动的工作簿。请切换回该工作簿后再试。',
    'en-US': 'The workbook is not the active one. Switch back to it, then try again.',
  },
  ApiNotFound: {
    'zh-CN': '此版本的 Excel 不支持该功能。请换用较新的 Excel（Office 2021 及以上或 Microsoft 365），或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Use a newer Excel (Office 2021 or later, or Microsoft 365), or work on files in a browser.',
  },
  ApiNotAvailable: {
    'zh-CN': '此版本的 Excel 不支持该功能。请换用较新的 Excel（Office 2021 及以上或 Microsoft 365），或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Use a newer Excel (Office 2021 or later, or Microsoft 365), or work on files in a browser.',
  },
  NotImplemented: {
    'zh-CN': '此版本的 Excel 不支持该功能。请换用较新的 Excel（Office 2021 及以上或 Microsoft 365），或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Use a newer Excel (Office 2021 or later, or Microsoft 365), or work on files in a browser.',
  },
  UnsupportedFeature: {
    'zh-CN': '此版本的 Excel 不支持该功能。请更新 Excel，或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the feature. Update Excel, or work on files in a browser.',
  },
  UnsupportedOperation: {
    'zh-CN': '此版本的 Excel 不支持该操作。请更新 Excel，或在浏览器中处理文件。',
    'en-US': 'This version of Excel does not support the operation. Update Excel, or work on files in a browser.',
  },
  PropertyNotLoaded: {
    'zh-CN': '助手读取工作表时出错（未读到所需的内容）。请重试；如仍失败，请把“PropertyNotLoaded”告诉信息技术人员。',
    'en-US': 'The add-in failed while reading the sheet (a value was not loaded). Try again; if it still fails, tell IT staff "PropertyNotLoaded".',
  },
  ValueNotLoaded: {
    'zh-CN': '助手读取工作表时出错（未读到所需的内容）。请重试；如仍失败，请把“ValueNotLoaded”告诉信息技术人员。',
    'en-US': 'The add-in failed while reading the sheet (a value was not loaded). Try again; if it still fails, tell IT staff "ValueNotLoaded".',
  },
  InvalidObjectPath: {
    'zh-CN': '要操作的工作表或区域已不存在（可能刚被删除或改名）。请重新校验。',
    'en-US': 'The sheet or range no longer exists (it may just have been deleted or renamed). Validate again.',
  },
  InvalidRequestContext: {
    'zh-CN': '工作簿已关闭或已切换，操作没有完成。请回到该工作簿再试。',
    'en-US': 'The workbook was closed or switched, so the operation did not complete. Go back to the workbook and try again.',
  },
  RunMustReturnPromise: {
    'zh-CN': '助手内部出错，操作没有完成。请重试；如仍失败，请把“RunMustReturnPromise”告诉信息技术人员。',
    'en-US': 'The add-in failed internally and the operation did not complete. Try again; if it still fails, tell IT staff "RunMustReturnPromise".',
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
  ConnectionFailure: {
    'zh-CN': '与 Excel 的连接中断。请保存工作簿，关闭任务窗格后重新打开再试。',
    'en-US': 'The connection to Excel was lost. Save the workbook, close the task pane and open it again, then try again.',
  },
  ServiceNotAvailable: {
    'zh-CN': 'Excel 服务暂时不可用。请稍候再试。',
    'en-US': 'The Excel service is not available right now. Try again later.',
  },
  Unauthenticated: {
    'zh-CN': 'Excel 需要重新登录才能继续。请登录后再试。',
    'en-US': 'Excel needs you to sign in again. Sign in, then try again.',
  },
  GeneralException: {
    'zh-CN': 'Excel 处理时出错。请保存工作簿后再试一次；如仍失败，请把“GeneralException”告诉信息技术人员。',
    'en-US': 'Excel met an error. Save the workbook and try again; if it still fails, tell IT staff "GeneralException".',
  },
};

/** An error as the real Excel client throws it (OfficeExtension.Error: name, code, message, debugInfo). */
function richApiError(code: string): Error & { code: string; debugInfo: object } {
  return Object.assign(new Error('RichApi.Error: internal detail'), { name: 'RichApi.Error', code, debugInfo: { code, message: 'internal detail' } });
}

describe('officeErrorMessage', () => {
  it('has exactly the expected codes, each with its whole sentence in both languages', () => {
    expect(OFFICE_ERROR_TEXT).toEqual(EXPECTED);
  });

  it.each(Object.keys(EXPECTED))('%s: the Office error shows its whole sentence, never the raw message', (code) => {
    const error = richApiError(code);
    expect({ zh: officeErrorMessage(error), en: officeErrorMessage(error, 'en-US'), known: isKnownOfficeError(error) })
      .toEqual({ zh: EXPECTED[code]['zh-CN'], en: EXPECTED[code]['en-US'], known: true });
  });

  it('covers every code the brief of issue 9 names', () => {
    const named = ['PropertyNotLoaded', 'ApiNotFound', 'AccessDenied', 'InvalidOperationInCellEditMode', 'ItemAlreadyExists', 'ItemNotFound',
      'InvalidArgument', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'GeneralException'];
    expect(named.filter((code) => !(code in EXPECTED))).toEqual([]);
  });

  it('names an unknown code so IT staff can report it', () => {
    const error = richApiError('SomethingNew');
    expect({ zh: officeErrorMessage(error), en: officeErrorMessage(error, 'en-US'), known: isKnownOfficeError(error) }).toEqual({
      zh: '操作未能完成（Excel 错误代码：SomethingNew）。请保存工作簿后再试一次；如仍失败，请把这个错误代码告诉信息技术人员。',
      en: 'The operation did not complete (Excel error code: SomethingNew). Save the workbook and try again; if it still fails, give this error code to IT staff.',
      known: false,
    });
  });

  it('gives the general sentence, without any text of the error, to a TypeError, a string or null', () => {
    for (const e of [new TypeError('secret'), 'secret', null, { code: 42, message: 'secret' }]) {
      expect({ zh: officeErrorMessage(e), en: officeErrorMessage(e, 'en-US') }).toEqual({
        zh: '操作未能完成。请保存工作簿后再试一次；如仍失败，请联系信息技术人员。',
        en: 'The operation did not complete. Save the workbook and try again; if it still fails, contact IT staff.',
      });
    }
  });

  it('never shows a code that is not an identifier (a message put in `code`)', () => {
    expect(officeErrorCode({ code: '<b>secret message with spaces</b>' })).toBeUndefined();
    expect(officeErrorMessage({ code: 'constructor' })).toBe('操作未能完成（Excel 错误代码：constructor）。请保存工作簿后再试一次；如仍失败，请把这个错误代码告诉信息技术人员。');
    expect(isKnownOfficeError({ code: 'toString' })).toBe(false);
  });
});

describe('the pane (taskpane/error-text) shows the same sentences', () => {
  it('names an unknown Office code, and keeps the general sentence for a coded error that is not from Office', () => {
    expect(isOfficeError(richApiError('SomethingNew'))).toBe(true);
    expect(errorText(richApiError('SomethingNew'), 'zh-CN')).toBe('操作未能完成（Excel 错误代码：SomethingNew）。请保存工作簿后再试一次；如仍失败，请把这个错误代码告诉信息技术人员。');
    expect(errorText(richApiError('InvalidOperationInCellEditMode'), 'en-US')).toBe(EXPECTED.InvalidOperationInCellEditMode['en-US']);
    expect(isOfficeError({ code: 'not-an-office-code' })).toBe(false);
    expect(errorText({ code: 'not-an-office-code' }, 'zh-CN')).toBe('操作未能完成。请再试一次；如仍失败，请联系信息技术人员。');
  });
});
