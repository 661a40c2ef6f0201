import { findingFrom, type Lang, type MessageTable } from '../i18n/catalogue';
import type { Finding } from '../i18n/finding';

/**
 * The reader's codes. File-level ones for a file that cannot be read at all (the file adapter's
 * `WorkbookReadError.code`; sheet and cell null; placeholder {file}: the file name), and the reader's remarks about a
 * table it did read (merge-hidden-value, progress-merged-across-items, formula-no-result, table-other-quarter: see
 * read/findings and read/choose).
 */
export const READ_MESSAGES: MessageTable = {
  'file-empty': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是空的（0 字节）', hint: '请重新保存或重新发送该文件' },
    'en-US': { message: 'The file {file} is empty (0 bytes)', hint: 'Save or send the file again' },
  },
  'file-not-workbook': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 不是 Excel 工作簿', hint: '请发送 .xlsx、.xls 或 .ods 格式的进展情况表' },
    'en-US': { message: 'The file {file} is not a workbook', hint: 'Send the table as .xlsx, .xls or .ods' },
  },
  'file-corrupt': {
    severity: 'error',
    'zh-CN': {
      message: '文件 {file} 已损坏或不完整，无法打开',
      hint: '请用 Excel 或 WPS 打开原文件，另存为 .xlsx 后重新发送；原文件也打不开时请重新填报',
    },
    'en-US': { message: 'The file {file} is damaged or truncated', hint: 'Open the original, save it as .xlsx and send it again' },
  },
  'file-encrypted': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 设置了打开密码，无法读取', hint: '请取消打开密码后再发送' },
    'en-US': { message: 'The file {file} is password-protected', hint: 'Remove the open password and send it again' },
  },
  'file-too-large': {
    severity: 'error',
    'zh-CN': {
      message: '文件 {file} 中的表格数据太大（图片不计，超过 20 MB），无法读取',
      hint: '进展情况表通常不到 1 MB：请删除无关的工作表和表格下方大量的空行、空列后再发送',
    },
    'en-US': {
      message: 'The file {file} holds too much sheet data (over 20 MB besides pictures) to read',
      hint: 'A progress table is usually under 1 MB: delete other sheets and the empty rows and columns below the table',
    },
  },
  'file-tampered': {
    severity: 'error',
    'zh-CN': {
      message: '文件 {file} 的文件结构异常，可能被篡改或损坏，未读取其中任何内容',
      hint: '请对方用 Excel 或 WPS 打开原文件，另存为新的 .xlsx 后重新发送；不要转发来历不明的文件',
    },
    'en-US': {
      message: 'The file {file} has an abnormal structure (tampered with or damaged); nothing in it was read',
      hint: 'Ask the sender to open the original in Excel or WPS, save it as a new .xlsx and send it again',
    },
  },
  'file-too-many-entries': {
    severity: 'error',
    'zh-CN': {
      message: '文件 {file} 内含 {count} 个压缩条目，超过上限 {limit} 个，不像进展情况表，未读取',
      hint: '进展情况表只有几十个条目：请对方用 Excel 或 WPS 另存为新的 .xlsx 后重新发送',
    },
    'en-US': {
      message: 'The file {file} holds {count} zip entries, over the limit of {limit}; it is no progress table and was not read',
      hint: 'A progress table has a few dozen entries: ask the sender to save it as a new .xlsx and send it again',
    },
  },
  'file-over-budget': {
    severity: 'error',
    'zh-CN': {
      message: '文件 {file} 未读取：本次汇总的文件解压后合计已超过上限（400 MB）',
      hint: '请先查看前面体积异常大的文件，或分几批汇总',
    },
    'en-US': {
      message: 'The file {file} was not read: the files of this merge together unpack to more than the limit (400 MB)',
      hint: 'Look at the unusually large files first, or merge in several batches',
    },
  },
  'file-is-word': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是 Word 文档，不是 Excel 表格', hint: '请把内容填在 Excel 模板（进展情况表）中，保存为 .xlsx 后再发送；只改文件扩展名没有用' },
    'en-US': { message: 'The file {file} is a Word document, not a workbook', hint: 'Fill in the Excel template and send it as .xlsx; renaming the file does not help' },
  },
  'file-is-wps-writer': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是 WPS 文字文档（.wps），不是表格', hint: '请在 WPS 表格中填写进展情况表模板，另存为 .xlsx 后重新发送' },
    'en-US': { message: 'The file {file} is a WPS Writer document (.wps), not a workbook', hint: 'Fill in the template in WPS Spreadsheets and save it as .xlsx' },
  },
  'file-is-pdf': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是 PDF，无法读取其中的表格', hint: '请发送填写好的 Excel 文件（.xlsx），不要转换为 PDF 或扫描件' },
    'en-US': { message: 'The file {file} is a PDF; its table cannot be read', hint: 'Send the filled Excel file (.xlsx), not a PDF or a scan' },
  },
  'file-is-image': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是图片（照片或截图），无法读取其中的表格', hint: '请发送填写好的 Excel 文件（.xlsx），不要拍照或截图' },
    'en-US': { message: 'The file {file} is a picture (a photo or screenshot); its table cannot be read', hint: 'Send the filled Excel file (.xlsx), not a photo' },
  },
  'file-is-archive': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是压缩包，不是 Excel 表格', hint: '请先解压，再把其中的 Excel 文件（.xlsx）一起汇总' },
    'en-US': { message: 'The file {file} is a zip archive, not a workbook', hint: 'Unzip it and merge the Excel files inside' },
  },
  'file-is-presentation': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是演示文稿（PPT），不是 Excel 表格', hint: '请发送填写好的 Excel 文件（.xlsx）' },
    'en-US': { message: 'The file {file} is a presentation, not a workbook', hint: 'Send the filled Excel file (.xlsx)' },
  },
  'file-is-text': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 是文本或网页文件，不是 Excel 工作簿', hint: '请用 Excel 或 WPS 打开后另存为 .xlsx 再发送' },
    'en-US': { message: 'The file {file} is a text or web page file, not a workbook', hint: 'Open it in Excel or WPS and save it as .xlsx' },
  },
  'file-missing': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 不存在', hint: '请检查文件名和路径' },
    'en-US': { message: 'The file {file} does not exist', hint: 'Check the file name and path' },
  },
  'merge-hidden-value': {
    severity: 'info',
    'zh-CN': {
      message: '合并单元格 {range} 中被遮住的 {cell} 另有内容“{text}”，表中看不到，已按显示的内容读取',
      hint: '如需保留这段内容，请取消合并后填在对应的单元格中',
    },
    'en-US': {
      message: 'The merged cells {range} hide a value in {cell} ("{text}") that nobody sees; the visible content was read',
      hint: 'To keep that text, unmerge the cells and write it in its own cell',
    },
  },
  'progress-merged-across-items': {
    severity: 'warning',
    'zh-CN': {
      message: '进展情况单元格 {range} 合并了第{numbers}项，同一段文字已分别计入这几项',
      hint: '请取消合并，每项实事分别填写本季度的进展情况',
    },
    'en-US': {
      message: 'The progress cell {range} is merged over items {numbers}; its text was read for each of them',
      hint: 'Unmerge the cells and write each item\'s progress separately',
    },
  },
  'formula-no-result': {
    severity: 'error',
    'zh-CN': { message: '{column}：公式没有保存计算结果，请在 Excel 中打开并保存', hint: '用 Excel 或 WPS 打开该文件，保存后再发送（只改公式所在单元格也可以）' },
    'en-US': { message: 'The {column} cell is a formula with no saved result', hint: 'Open the file in Excel and save it, so the formula result is saved' },
  },
  'table-not-chosen': {
    severity: 'info',
    'zh-CN': {
      message: '工作簿中还有一张进展情况表“{sheet}”{quarter}，作为历史表未读取；读取的是工作表“{chosen}”',
      hint: '如果要报送的是“{sheet}”，请删除其他进展情况表后再发送',
    },
    'en-US': {
      message: 'The workbook holds another progress table, "{sheet}"{quarter}, kept as history and not read; "{chosen}" was read',
      hint: 'If "{sheet}" is the one to send, delete the other progress tables and send it again',
    },
  },
  'file-unreadable': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 无法读取', hint: '请检查文件是否存在、能否用 Excel 打开' },
    'en-US': { message: 'The file {file} cannot be read', hint: 'Check that the file exists and opens in Excel' },
  },
};

/**
 * The one file-level finding for a file that cannot be read: `code` is the reader's `WorkbookReadError.code` (or
 * file-missing / file-unreadable); an unknown code becomes `file-unreadable`. `file` is the file name shown; `params`
 * the reader's numbers (`WorkbookReadError.params`: file-too-many-entries names `count` and `limit`).
 */
export function readFailureFinding(code: string, file: string, lang: Lang = 'zh-CN', params: Record<string, string | number> = {}): Finding {
  const known = code in READ_MESSAGES ? code : 'file-unreadable';
  return findingFrom(READ_MESSAGES, known, { file, sheet: null, cell: null }, { ...params, file }, lang);
}

/**
 * The sentence for a file the reader could not read (WorkbookReadError.code: file-empty, file-not-workbook,
 * file-corrupt, file-encrypted, file-too-large; also file-missing, file-unreadable), in zh-CN from READ_MESSAGES.
 * With `file` it names the file ("文件 a.xlsx 已损坏或不完整，无法打开"); without, "文件已损坏…". An unknown code
 * gives the file-unreadable sentence; `lang` en-US gives the English one ("The file is empty (0 bytes)"). The merge uses it for `MergeInput.error.message` (CLI and pane alike).
 */
export function readFailureText(code: string, file?: string, lang: Lang = 'zh-CN', params: Record<string, string | number> = {}): string {
  const message = readFailureFinding(code, file ?? '', lang, params).message;
  return file ? message : message.replace(/^文件\s+/, '文件').replace(/\s{2,}/g, ' ');
}

/**
 * The sentence and the fix for a file that cannot be read, without a file name, ended as sentences in `lang`:
 * "文件是 Word 文档，不是 Excel 表格。请把内容…没有用。" / "The file is a Word document, not a workbook. Fill in…".
 * An unknown code gives the file-unreadable words; `params` fill the code's placeholders (e.g. the entry count of
 * file-too-many-entries). The pane shows it when the one file it reads fails.
 */
export function readFailureSentence(code: string, lang: Lang = 'zh-CN', params: Record<string, string | number> = {}): string {
  const f = readFailureFinding(code, '', lang, params);
  const message = readFailureText(code, undefined, lang, params);
  return lang === 'zh-CN' ? `${message}。${f.hint}。` : `${message}. ${f.hint}.`;
}
