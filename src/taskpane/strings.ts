import type { Lang } from '../core/i18n/catalogue';
import type { PlanFeature } from '../excel/apply-plan';
import { word, WORDS, type WordKey } from '../core/i18n/words';
import { readFailureSentence } from '../core/read/messages';

/** The read failures the pane names (Strings.readError). */
const READ_ERROR_CODES = ['file-empty', 'file-not-workbook', 'file-corrupt', 'file-encrypted', 'file-too-large', 'file-unreadable'] as const;

/** Strings.readError from the core's catalogue (the one home of these sentences): what the file is, and the fix. */
function readErrors(lang: Lang): Strings['readError'] {
  return Object.fromEntries(READ_ERROR_CODES.map((c) => [c, readFailureSentence(c, lang)])) as Strings['readError'];
}

/** A count word of the catalogue as the pane's template with an {n} placeholder ("{n} 处错误", "{n} {n|error|errors}"). */
function countWord(key: WordKey, lang: Lang): string {
  return WORDS[key][lang].replace(/\{count([|}])/g, '{n$1');
}

/**
 * Every word the task pane shows, in zh-CN (the default: the users are Chinese district offices) and en-US.
 * Finding messages, severity words, roster statuses and read failures come from the core's catalogue
 * (core/i18n: MESSAGES, WORDS); the fields below that carry them are filled from it, so each word has one home. `{name}` placeholders are filled by `fill`.
 */
export interface Strings {
  appTitle: string;
  tabTemplate: string;
  tabValidate: string;
  tabSummary: string;
  hostExcel: string;
  hostBrowser: string;
  /** Header line inside WPS 表格 (the WPS 加载项). */
  hostWps: string;
  loading: string;
  quarter: string;
  quarterOption: string;
  quarterFromFile: string;
  unit: string;
  unitAny: string;
  templateHelp: string;
  insertTemplate: string;
  downloadTemplate: string;
  inserted: string;
  insertedSkipped: string;
  /** Each formatting feature a host may lack, as named in insertedSkipped's {features} (joined by listSeparator). */
  planFeature: Record<PlanFeature, string>;
  downloaded: string;
  working: string;
  validateHelpExcel: string;
  validateHelpBrowser: string;
  validateNow: string;
  clearMarks: string;
  marksCleared: string;
  marksSkipped: string;
  /** A sheet protected without formatting allowed: nothing changed there; {sheet}. */
  marksLeftProtected: string;
  /** 一键校验: a protected sheet where cells were filled but no note could be added; {sheet}. */
  marksLeftNotes: string;
  /** 清除标记: a protected sheet whose notes from the add-in could not be deleted; {sheet}. */
  clearLeftNotes: string;
  /** No note API in this Excel: the cells got the fill alone. */
  marksFillOnly: string;
  chooseFile: string;
  chooseFiles: string;
  dropHere: string;
  noFile: string;
  filesChosen: string;
  readyToSubmit: string;
  notReady: string;
  counts: string;
  noFindings: string;
  row: string;
  sheetLevel: string;
  fileLevel: string;
  selectCellHint: string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  downloadAnnotated: string;
  summaryHelpExcel: string;
  summaryHelpBrowser: string;
  layout: string;
  layoutOfficial: string;
  layoutPerUnit: string;
  merge: string;
  reading: string;
  roster: string;
  totals: string;
  statusSubmitted: string;
  statusWithErrors: string;
  /** Error count beside a roster status, {n}. */
  errorCount: string;
  statusMissing: string;
  statusWrongQuarter: string;
  statusUnreadable: string;
  statusDuplicate: string;
  unreadableFiles: string;
  unknownUnitFiles: string;
  reminder: string;
  returnText: string;
  usedFile: string;
  supersededFiles: string;
  ownSummaryFiles: string;
  fileFindings: string;
  showFindings: string;
  hideFindings: string;
  repeatedFiles: string;
  remergedFor: string;
  targets: string;
  writeSummary: string;
  downloadSummary: string;
  summaryWritten: string;
  confirmReplaceTitle: string;
  confirmReplace: string;
  confirmReplaceQuarter: string;
  confirmReplaceEarlier: string;
  replace: string;
  keepBoth: string;
  cancel: string;
  quarterAssumed: string;
  errorGeneric: string;
  /** A part of the add-in could not be fetched from its server (webpack's ChunkLoadError). */
  errorLoadFailed: string;
  errorBadOptions: string;
  /** 汇总 page, Excel: merge the tables pasted as sheets into the open workbook. */
  mergeSheets: string;
  mergeSheetsHelp: string;
  /** Sheets left out of a sheets merge: {list} = "sheet（reason）、…". */
  skippedSheets: string;
  /** One skipped sheet in that list: {sheet}, {reason}; and the separator between them. */
  skippedSheetItem: string;
  listSeparator: string;
  noSheetTables: string;
  sheetSkip: Record<'no-table' | 'own-summary' | 'own-ledger' | 'indicator-unpaired' | 'metadata', string>;
  readError: Record<'file-empty' | 'file-not-workbook' | 'file-corrupt' | 'file-encrypted' | 'file-too-large' | 'file-unreadable', string>;
  /** The 清单 page and the active spec (issue 6). */
  spec: SpecStrings;
  /** The workbench of issue 12. */
  desk: DeskStrings;
}

/** Words of the issue-12 workbench: the file set, the roster's filter, the 催报 fields, copy, language, downloads. */
export interface DeskStrings {
  /** The language switch's label and its two choices (each in its own language). */
  language: string;
  langZh: string;
  langEn: string;
  /** 汇总: the chosen files' list; add more, remove one. */
  addFiles: string;
  chosenFiles: string;
  removeFile: string;
  fileRemoved: string;
  filesAdded: string;
  /** The roster's filter and the folded clean units / files. */
  show: string;
  showProblems: string;
  showAll: string;
  cleanUnits: string;
  cleanFiles: string;
  noProblems: string;
  /** The request fields whose values go into the 催报 / 退回 texts (kept in this browser). */
  request: string;
  dueDate: string;
  contactName: string;
  contactPhone: string;
  requestKept: string;
  /** Copy a text; fallback when the clipboard is refused. */
  copy: string;
  copyNamed: string;
  copied: string;
  copySelected: string;
  returnFor: string;
  /** One unit's annotated copy from its row. */
  downloadUnitAnnotated: string;
  /** 校验: the two downloads and the quarter line. */
  downloadClean: string;
  checkingQuarter: string;
  fileQuarterDiffers: string;
  printHint: string;
}

/** Words of the 清单 page (SpecPage) and of the active-spec line in the header. */
export interface SpecStrings {
  tab: string;
  active: string;
  builtin: string;
  help: string;
  noticeText: string;
  noticePlaceholder: string;
  chooseNotice: string;
  parse: string;
  parsed: string;
  parsedTitle: string;
  unrecognized: string;
  noItems: string;
  sameAsBuiltin: string;
  findingsTitle: string;
  findingLine: string;
  items: string;
  itemHeading: string;
  itemName: string;
  itemUnits: string;
  itemUnitsHint: string;
  unitsAdded: string;
  noTargets: string;
  target: string;
  value: string;
  measure: string;
  kind: string;
  comparator: string;
  kinds: Record<'cumulative' | 'rate' | 'per-person' | 'frequency', string>;
  comparators: Record<'>=' | '>' | '<=' | '<' | '=' | '~', string>;
  removeTarget: string;
  addTarget: string;
  metric: string;
  addedTarget: string;
  use: string;
  used: string;
  usedInWorkbook: string;
  usedInBrowser: string;
  usedNotKept: string;
  invalid: string;
  restore: string;
  restored: string;
  exportSpec: string;
  exported: string;
  importSpec: string;
  imported: string;
  importInvalid: string;
  noticeEmpty: string;
  noticeNotDocx: string;
  /** A .pdf that cannot be opened. */
  noticeNotPdf: string;
  /** A .pdf with no text layer (a scan). */
  noticeScanned: string;
  /** Title of the review list (unknown year, items without units, doubtful targets), shown first. */
  reviewTitle: string;
  /** The plan year field. */
  year: string;
  /** The coordinator (汇总单位) field. */
  coordinator: string;
  /** Under an item's 责任单位 field when the notice names none. */
  itemNoUnits: string;
  /** Under the year field when the notice names no year. */
  yearMissing: string;
  storedInvalid: string;
}

const ZH: Strings = {
  appTitle: '进展情况表助手',
  tabTemplate: '模板',
  tabValidate: '校验',
  tabSummary: '汇总',
  hostExcel: '在 Excel 中',
  hostBrowser: '在浏览器中处理文件',
  hostWps: '在 WPS 表格中',
  loading: '正在加载…',
  quarter: '季度',
  quarterOption: '第{n}季度',
  quarterFromFile: '按文件中的季度',
  unit: '填报单位',
  unitAny: '（不指定单位）',
  templateHelp: '选择季度和填报单位，生成 2026 年工作进展情况表及指标完成情况表。',
  insertTemplate: '插入进展情况表',
  downloadTemplate: '下载模板',
  inserted: '已插入工作表：{sheets}。',
  insertedSkipped: '此版本的 Excel 不支持部分格式（{features}），表格内容已完整插入。',
  planFeature: {
    merges: '合并单元格',
    sizes: '行高列宽',
    locking: '单元格锁定',
    visibility: '隐藏工作表',
    protection: '工作表保护',
    dataBars: '数据条',
    freeze: '冻结窗格',
    tabColor: '工作表标签颜色',
    validation: '数据验证',
    print: '打印设置',
    notes: '批注',
    pageBreaks: '分页符',
    charts: '图表',
  },
  downloaded: '已下载 {file}。',
  working: '正在处理…',
  validateHelpExcel: '检查当前工作簿中的进展情况表，问题单元格将被标出。',
  validateHelpBrowser: '选择一个已填写的进展情况表文件进行校验。',
  validateNow: '一键校验',
  clearMarks: '清除标记',
  marksCleared: '已清除 {n} 个单元格的标记。',
  marksSkipped: '{n} 个单元格的位置已变化，未恢复，请手动检查。',
  marksLeftProtected: '工作表“{sheet}”受保护（不允许设置单元格格式），未作改动；撤销保护后再操作一次。',
  marksLeftNotes: '工作表“{sheet}”受保护，问题单元格只标了颜色、没有加批注，说明见下方列表。',
  clearLeftNotes: '工作表“{sheet}”受保护，其上的批注未删除。',
  marksFillOnly: '此版本的 Excel 不能加批注，问题单元格只标了颜色，说明见下方列表。',
  chooseFile: '选择文件…',
  chooseFiles: '选择多个文件…',
  dropHere: '或将文件拖放到此处',
  noFile: '尚未选择文件',
  filesChosen: '已选择 {n} 个文件',
  readyToSubmit: '可以报送：没有错误。',
  notReady: '还有 {errors} 个错误需要修改后才能报送。',
  counts: '错误 {errors} 个，警告 {warnings} 个',
  noFindings: '没有发现问题。',
  row: '第 {n} 行',
  sheetLevel: word('place-sheet', 'zh-CN'),
  fileLevel: word('place-file', 'zh-CN'),
  selectCellHint: '点击问题可定位到单元格。',
  severityError: word('severity-error', 'zh-CN'),
  severityWarning: word('severity-warning', 'zh-CN'),
  severityInfo: word('severity-info', 'zh-CN'),
  downloadAnnotated: '标注副本（供修改）',
  summaryHelpExcel: '选择各单位报送的文件（可多选或拖放），汇总结果写入新的工作表。',
  summaryHelpBrowser: '选择各单位报送的文件（可多选或拖放），汇总后下载汇总表。',
  layout: '汇总表样式',
  layoutOfficial: '一项一行（按单位分段）',
  layoutPerUnit: '每个单位一行（合并序号）',
  merge: '开始汇总',
  reading: '正在读取 {done}/{total}：{file}',
  roster: '报送情况',
  totals: '应报 {units} 个单位：已报 {submitted}，有错误 {withErrors}，未报 {missing}。',
  statusSubmitted: word('status-submitted', 'zh-CN'),
  statusWithErrors: word('status-with-errors', 'zh-CN'),
  errorCount: countWord('count-errors', 'zh-CN'),
  statusMissing: word('status-missing', 'zh-CN'),
  statusWrongQuarter: word('status-wrong-quarter', 'zh-CN'),
  statusUnreadable: word('status-unreadable', 'zh-CN'),
  statusDuplicate: word('status-duplicate', 'zh-CN'),
  unreadableFiles: '无法读取的文件',
  unknownUnitFiles: '无法识别单位的文件',
  reminder: '催报提醒',
  returnText: '退回修改',
  usedFile: '采用 {file}',
  supersededFiles: '已被替代的文件',
  ownSummaryFiles: '汇总表文件（不是单位报送的表，未纳入）',
  fileFindings: '各文件的问题',
  showFindings: '查看 {file} 的问题',
  hideFindings: '收起 {file} 的问题',
  repeatedFiles: '同一文件选择了多次，只计一次：{files}。',
  remergedFor: '已按新的选项重新汇总。',
  targets: '指标完成情况',
  writeSummary: '写入汇总表',
  downloadSummary: '下载汇总表',
  summaryWritten: '已写入工作表：{sheets}。',
  mergeSheets: '汇总本工作簿中的表',
  mergeSheetsHelp: '各单位的表已复制到本工作簿（每个单位一个工作表）时，可直接汇总这些工作表；本助手生成的汇总表不计入。',
  skippedSheets: '未汇总的工作表：{list}。',
  skippedSheetItem: '{sheet}（{reason}）',
  listSeparator: '、',
  noSheetTables: '本工作簿中没有找到进展情况表。',
  sheetSkip: {
    'no-table': '未找到进展情况表',
    'own-summary': '本助手生成的汇总表',
    'own-ledger': '本助手的工作台账',
    'indicator-unpaired': '无法确定属于哪个单位的指标表',
    metadata: '本助手的隐藏信息表',
  },
  confirmReplaceTitle: '替换之前的汇总？',
  confirmReplace: '将替换{list}。这些工作表会被删除，其他工作表不会被改动。',
  confirmReplaceQuarter: '{quarter}汇总：{sheets}',
  confirmReplaceEarlier: '之前的汇总：{sheets}',
  replace: '替换',
  keepBoth: '另建新表',
  cancel: '取消',
  quarterAssumed: '文件中都没有写明季度，已按第一季度汇总。请在上方选择正确的季度。',
  errorGeneric: '操作未能完成。请再试一次；如仍失败，请联系信息技术人员。',
  errorLoadFailed: '未能从加载项所在的服务器取得这项功能所需的文件。请检查与单位内网的连接后再试一次，或关闭并重新打开任务窗格；如仍失败，请联系信息技术人员。',
  errorBadOptions: '季度或填报单位无效，请重新选择。',
  readError: readErrors('zh-CN'),
  spec: {
    tab: '清单',
    active: '当前清单：{title}',
    builtin: '（内置）',
    help: '粘贴通知全文，或选择通知的 .txt / .docx / .pdf 文件，解析出实事清单，核对修改后作为模板使用。',
    noticeText: '通知文本',
    noticePlaceholder: '将通知全文（含清单和附件表）粘贴到这里',
    chooseNotice: '选择通知文件（.txt / .docx / .pdf）…',
    parse: '解析',
    parsed: '已解析出 {items} 项实事、{targets} 个指标。请逐项核对。',
    parsedTitle: '{title}（{year} 年）',
    unrecognized: '未识别的清单',
    noItems: '没有识别出实事项目，不能使用此清单。请检查通知文本是否完整。',
    sameAsBuiltin: '此清单与内置清单（{title}）内容相同，继续使用内置清单。',
    findingsTitle: '需要核对的地方',
    findingLine: '第 {line} 行：{message}',
    items: '实事清单',
    itemHeading: '{n}. {name}',
    itemName: '实事名称',
    itemUnits: '责任单位',
    itemUnitsHint: '多个单位用“、”分隔，离开输入框后生效。',
    unitsAdded: '新增单位：{names}，请核对全称。',
    noTargets: '没有量化指标。',
    target: '指标 {id}：{text}（{metric}）',
    value: '数值',
    measure: '计量单位',
    kind: '类型',
    comparator: '要求',
    kinds: { cumulative: '累计数量', rate: '比率（%）', 'per-person': '人均标准', frequency: '频次标准' },
    comparators: { '>=': '不少于', '>': '超过', '<=': '不超过', '<': '少于', '=': '等于', '~': '约' },
    removeTarget: '删除此指标',
    addTarget: '添加指标',
    metric: '指标名称（所计事项）',
    addedTarget: '（手工添加）',
    use: '使用此清单',
    used: '已启用清单：{title}。',
    usedInWorkbook: '已启用清单：{title}，并保存在本工作簿中。',
    usedInBrowser: '已启用清单：{title}，并保存在本机浏览器中。',
    usedNotKept: '已启用清单：{title}（仅本次有效，未能保存）。',
    invalid: '清单还不完整，不能使用：',
    restore: '恢复内置清单',
    restored: '已恢复内置清单：{title}。',
    exportSpec: '导出清单',
    exported: '已下载 {file}。',
    importSpec: '导入清单…',
    imported: '已导入清单，请核对后点击“使用此清单”。',
    importInvalid: '所选文件不是有效的清单文件：',
    noticeEmpty: '文件中没有读到文字。',
    noticeNotDocx: '无法读取该 Word 文件，请另存为 .docx 或 .txt 后再试。',
    noticeNotPdf: '无法读取该 PDF 文件（可能已损坏或有密码），请换用 Word 文件或粘贴通知文本。',
    noticeScanned: '该 PDF 没有文字层（可能是扫描件），读不出文字。请换用文字版 PDF、Word 文件，或粘贴通知文本。',
    reviewTitle: '请先核对（年度、责任单位、存疑的指标）',
    year: '年度',
    itemNoUnits: '通知未列明责任单位，请填写。',
    coordinator: '汇总单位',
    yearMissing: '通知中没有找到计划年度，请填写。',
    storedInvalid: '保存的清单无法读取，已改用内置清单。',
  },
  desk: {
    language: '语言 · Language',
    langZh: '中文',
    langEn: 'English',
    addFiles: '添加文件…',
    chosenFiles: '已选择的文件（{n} 个）',
    removeFile: '移除 {file}',
    fileRemoved: '已移除 {file}。',
    filesAdded: '已添加 {n} 个文件，共 {total} 个。',
    show: '显示',
    showProblems: '有问题的单位（先列）',
    showAll: '全部单位',
    cleanUnits: '已报送、无误的 {n} 个单位：{units}。',
    cleanFiles: '另有 {n} 个文件没有发现问题。',
    noProblems: '所有单位都已报送，没有错误。',
    request: '催报信息',
    dueDate: '报送期限',
    contactName: '联系人',
    contactPhone: '电话',
    requestKept: '报送期限和联系人保存在本机，写入催报和退回修改的文字。',
    copy: '复制',
    copyNamed: '复制{label}',
    copied: '已复制到剪贴板。',
    copySelected: '无法使用剪贴板，文字已选中，请按 Ctrl+C 复制。',
    returnFor: '退回修改 · {unit}',
    downloadUnitAnnotated: '下载 {unit} 的标注副本',
    downloadClean: '清除标记后的文件（可报送）',
    checkingQuarter: '按{quarter}校验（正在报送的季度）。',
    fileQuarterDiffers: '文件是{fileQuarter}的表，本次报送的是{quarter}。',
    printHint: '打印本页只打印报送情况和提醒文字。',
  },
};

const EN: Strings = {
  appTitle: 'Progress table assistant',
  tabTemplate: 'Template',
  tabValidate: 'Validate',
  tabSummary: 'Summary',
  hostExcel: 'In Excel',
  hostBrowser: 'Working on files in the browser',
  hostWps: 'In WPS Spreadsheets',
  loading: 'Loading…',
  quarter: 'Quarter',
  quarterOption: 'Quarter {n}',
  quarterFromFile: 'As the file says',
  unit: 'Department',
  unitAny: '(any department)',
  templateHelp: 'Choose the quarter and the department to make the 2026 progress table and the indicator sheet.',
  insertTemplate: 'Insert progress table',
  downloadTemplate: 'Download template',
  inserted: 'Sheets inserted: {sheets}.',
  insertedSkipped: 'This Excel version lacks some formatting ({features}); the table itself was inserted in full.',
  planFeature: {
    merges: 'merged cells',
    sizes: 'row heights and column widths',
    locking: 'cell locking',
    visibility: 'hidden sheets',
    protection: 'sheet protection',
    dataBars: 'data bars',
    freeze: 'frozen panes',
    tabColor: 'tab colour',
    validation: 'data validation',
    print: 'print settings',
    notes: 'notes',
    pageBreaks: 'page breaks',
    charts: 'charts',
  },
  downloaded: 'Downloaded {file}.',
  working: 'Working…',
  validateHelpExcel: 'Check the progress table in this workbook; cells with problems are marked.',
  validateHelpBrowser: 'Choose a filled-in progress table file to check.',
  validateNow: 'Validate',
  clearMarks: 'Clear marks',
  marksCleared: 'Marks cleared from {n} cells.',
  marksSkipped: '{n} marked cells have moved and were not restored; please check them by hand.',
  marksLeftProtected: 'Sheet “{sheet}” is protected (formatting cells not allowed) and was left as it was; unprotect it and try again.',
  marksLeftNotes: 'Sheet “{sheet}” is protected: its cells are filled but have no notes; see the list below.',
  clearLeftNotes: 'Sheet “{sheet}” is protected: its notes were not deleted.',
  marksFillOnly: 'This Excel cannot add notes: the cells are only filled; see the list below.',
  chooseFile: 'Choose file…',
  chooseFiles: 'Choose files…',
  dropHere: 'or drop files here',
  noFile: 'No file chosen',
  filesChosen: '{n} files chosen',
  readyToSubmit: 'Ready to submit: no errors.',
  notReady: '{errors} errors must be fixed before submitting.',
  counts: '{errors} errors, {warnings} warnings',
  noFindings: 'No problems found.',
  row: 'Row {n}',
  sheetLevel: word('place-sheet', 'en-US'),
  fileLevel: word('place-file', 'en-US'),
  selectCellHint: 'Choose a problem to go to its cell.',
  severityError: word('severity-error', 'en-US'),
  severityWarning: word('severity-warning', 'en-US'),
  severityInfo: word('severity-info', 'en-US'),
  downloadAnnotated: 'Annotated copy (to fix)',
  summaryHelpExcel: 'Choose the departments’ files (several at once, or drop them); the summary goes to new sheets.',
  summaryHelpBrowser: 'Choose the departments’ files (several at once, or drop them), then download the summary.',
  layout: 'Summary layout',
  layoutOfficial: 'One row per item (units in sections)',
  layoutPerUnit: 'One row per unit (merged numbers)',
  merge: 'Merge',
  reading: 'Reading {done}/{total}: {file}',
  roster: 'Submissions',
  totals: '{units} departments: {submitted} submitted, {withErrors} with errors, {missing} missing.',
  statusSubmitted: word('status-submitted', 'en-US'),
  statusWithErrors: word('status-with-errors', 'en-US'),
  errorCount: countWord('count-errors', 'en-US'),
  statusMissing: word('status-missing', 'en-US'),
  statusWrongQuarter: word('status-wrong-quarter', 'en-US'),
  statusUnreadable: word('status-unreadable', 'en-US'),
  statusDuplicate: word('status-duplicate', 'en-US'),
  unreadableFiles: 'Unreadable files',
  unknownUnitFiles: 'Files of an unknown department',
  reminder: 'Reminder',
  returnText: 'Return for correction',
  usedFile: 'uses {file}',
  supersededFiles: 'Files superseded',
  ownSummaryFiles: 'Summary files (not a unit’s table; left out)',
  fileFindings: 'Findings by file',
  showFindings: 'Show findings of {file}',
  hideFindings: 'Hide findings of {file}',
  repeatedFiles: 'The same file was chosen more than once and is counted once: {files}.',
  remergedFor: 'Merged again with the new options.',
  targets: 'Targets',
  writeSummary: 'Write summary sheets',
  downloadSummary: 'Download summary',
  summaryWritten: 'Sheets written: {sheets}.',
  mergeSheets: 'Merge the tables in this workbook',
  mergeSheetsHelp: 'When the departments’ tables were copied into this workbook (one sheet each), merge those sheets directly; summaries made by this add-in are left out.',
  skippedSheets: 'Sheets left out: {list}.',
  skippedSheetItem: '{sheet} ({reason})',
  listSeparator: ', ',
  noSheetTables: 'No progress table was found in this workbook. ',
  sheetSkip: {
    'no-table': 'no progress table',
    'own-summary': 'a summary made by this add-in',
    'own-ledger': 'the ledger kept by this add-in',
    'indicator-unpaired': 'an indicator sheet of no clear unit',
    metadata: 'the add-in’s hidden data',
  },
  confirmReplaceTitle: 'Replace the earlier summary?',
  confirmReplace: 'This replaces {list}. These sheets are deleted; no other sheet is changed.',
  confirmReplaceQuarter: 'the summary of {quarter}: {sheets}',
  confirmReplaceEarlier: 'the earlier summary: {sheets}',
  replace: 'Replace',
  keepBoth: 'New sheets',
  cancel: 'Cancel',
  quarterAssumed: 'No file names its quarter; quarter 1 was assumed. Choose the right quarter above.',
  errorGeneric: 'The operation did not complete. Try again; if it still fails, contact IT staff.',
  errorLoadFailed: 'The files this feature needs could not be fetched from the add-in\'s server. Check the connection to the intranet and try again, or close and reopen the task pane; if it still fails, contact IT staff.',
  errorBadOptions: 'The quarter or department is not valid. Choose again.',
  readError: readErrors('en-US'),
  spec: {
    tab: 'List',
    active: 'List in use: {title}',
    builtin: ' (built in)',
    help: 'Paste the whole notice, or choose its .txt / .docx / .pdf file, to read the list of projects; check and correct it, then use it as the template.',
    noticeText: 'Notice text',
    noticePlaceholder: 'Paste the whole notice here (with the list and the attached table)',
    chooseNotice: 'Choose the notice file (.txt / .docx / .pdf)…',
    parse: 'Read',
    parsed: '{items} projects and {targets} targets read. Check each of them.',
    parsedTitle: '{title} ({year})',
    unrecognized: 'List not recognised',
    noItems: 'No item was recognised, so this list cannot be used. Check that the notice text is complete.',
    sameAsBuiltin: 'This list has the same content as the built-in list ({title}); the built-in list stays in use.',
    findingsTitle: 'To check',
    findingLine: 'Line {line}: {message}',
    items: 'Projects',
    itemHeading: '{n}. {name}',
    itemName: 'Project name',
    itemUnits: 'Responsible departments',
    itemUnitsHint: 'Separate departments with “、” or commas; applied when you leave the box.',
    unitsAdded: 'New departments: {names}. Check their full names.',
    noTargets: 'No quantitative target.',
    target: 'Target {id}: {text} ({metric})',
    value: 'Value',
    measure: 'Measure',
    kind: 'Kind',
    comparator: 'Requirement',
    kinds: { cumulative: 'Cumulative count', rate: 'Rate (%)', 'per-person': 'Per-person standard', frequency: 'Frequency' },
    comparators: { '>=': 'At least', '>': 'More than', '<=': 'At most', '<': 'Less than', '=': 'Exactly', '~': 'About' },
    removeTarget: 'Delete this target',
    addTarget: 'Add a target',
    metric: 'What is counted',
    addedTarget: '(added by hand)',
    use: 'Use this list',
    used: 'List in use: {title}.',
    usedInWorkbook: 'List in use: {title}; kept in this workbook.',
    usedInBrowser: 'List in use: {title}; kept in this browser.',
    usedNotKept: 'List in use: {title} (this session only; it could not be kept).',
    invalid: 'The list is not complete yet and cannot be used:',
    restore: 'Restore built-in list',
    restored: 'Built-in list restored: {title}.',
    exportSpec: 'Export list',
    exported: 'Downloaded {file}.',
    importSpec: 'Import list…',
    imported: 'List imported. Check it, then choose “Use this list”.',
    importInvalid: 'The chosen file is not a valid list file:',
    noticeEmpty: 'No text was found in the file.',
    noticeNotDocx: 'This Word file cannot be read. Save it as .docx or .txt and try again.',
    noticeNotPdf: 'This PDF cannot be read (damaged or password-protected). Use the Word file or paste the notice text.',
    noticeScanned: 'This PDF has no text layer (probably a scan), so no text can be read. Use a text PDF, the Word file, or paste the notice text.',
    reviewTitle: 'Check first (year, departments, doubtful targets)',
    year: 'Year',
    itemNoUnits: 'The notice names no responsible department: enter them.',
    coordinator: 'Collecting office',
    yearMissing: 'The notice names no plan year: enter it.',
    storedInvalid: 'The kept list could not be read; the built-in list is used.',
  },
  desk: {
    language: '语言 · Language',
    langZh: '中文',
    langEn: 'English',
    addFiles: 'Add files…',
    chosenFiles: 'Files chosen ({n})',
    removeFile: 'Remove {file}',
    fileRemoved: 'Removed {file}.',
    filesAdded: '{n} {n|file|files} added; {total} in all.',
    show: 'Show',
    showProblems: 'Units with problems (first)',
    showAll: 'All units',
    cleanUnits: '{n} {n|unit|units} sent without errors: {units}.',
    cleanFiles: '{n} more {n|file has|files have} no problems.',
    noProblems: 'Every unit has sent, with no errors.',
    request: 'Reminder details',
    dueDate: 'Due date',
    contactName: 'Contact',
    contactPhone: 'Phone',
    requestKept: 'The due date and contact are kept on this machine and go into the reminder and return texts.',
    copy: 'Copy',
    copyNamed: 'Copy {label}',
    copied: 'Copied to the clipboard.',
    copySelected: 'The clipboard is not available: the text is selected; press Ctrl+C to copy it.',
    returnFor: 'Return for correction · {unit}',
    downloadUnitAnnotated: 'Download the annotated copy of {unit}',
    downloadClean: 'File with marks cleared (to send)',
    checkingQuarter: 'Checked for {quarter} (the quarter being reported).',
    fileQuarterDiffers: 'The file is the {fileQuarter} table; this round asks for {quarter}.',
    printHint: 'Printing this page prints only the roster and the texts.',
  },
};

/** The string tables by language. */
export const STRINGS: Record<Lang, Strings> = { 'zh-CN': ZH, 'en-US': EN };

/**
 * The pane's language from Office's display language (e.g. "zh-CN", "en-US") or else the browser's: English for
 * any "en" tag, Chinese otherwise (the default).
 */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    if (!c) continue;
    if (/^en\b/i.test(c)) return 'en-US';
    if (/^zh\b/i.test(c)) return 'zh-CN';
  }
  return 'zh-CN';
}

/** Fill `{name}` placeholders (the core's `fillTemplate`); a missing one stays visible. */
export { fillTemplate as fill } from '../core/i18n/catalogue';

/** Words of the ledger panel on the 汇总 page (工作台账 and 调度通报, issue 14; components/LedgerPanel). */
export interface LedgerStrings {
  title: string;
  help: string;
  chooseLedger: string;
  newLedger: string;
  chosen: string;
  recorded: string;
  apply: string;
  falls: string;
  noFalls: string;
  returnText: string;
  pace: string;
  paceNone: string;
  downloadLedger: string;
  downloadReport: string;
  downloaded: string;
  quarters: string;
  /** Excel: the ledger kept in the open workbook (excel/ledger-sheets). */
  helpExcel: string;
  /** How the ledger messages name the open workbook ({file} of the core's ledger messages). */
  workbookFile: string;
  usingWorkbook: string;
  noWorkbookLedger: string;
  writeWorkbook: string;
  written: string;
  confirmTitle: string;
  confirmReplace: string;
  /** Excel where the task pane cannot download (Mac): how to get the files instead. */
  noDownload: string;
  /**
   * What recording this merge would lose (core/ledger quarterLoss): no table of the quarter taken in ({quarter}; the
   * ledger is then not written), or units the ledger records for the quarter missing now ({quarter}, {n}, {units}).
   */
  lossNothingSent: string;
  lossUnits: string;
}

export const LEDGER_STRINGS: Record<Lang, LedgerStrings> = {
  'zh-CN': {
    title: '工作台账和调度通报',
    help: '选择本年度的台账（不选则新建）。本季度各单位的累计数与台账中以前季度的数核对，本季度记入台账后下载；也可下载调度通报草稿（Word）。',
    chooseLedger: '选择台账…',
    newLedger: '新建台账',
    chosen: '台账：{file}（已记入：{quarters}）',
    recorded: '已记入台账：{quarters}',
    lossNothingSent: '本次汇总没有纳入一份{quarter}的表，不能记入台账（记入会清空台账中的{quarter}）。请检查所选的文件。',
    lossUnits: '台账中{quarter}已记入的单位本次缺了 {n} 个：{units}。记入会用本次结果替换整个{quarter}，这些单位的{quarter}记录会被删掉；请把本季度收到的全部文件一起汇总。',
    apply: '核对并记入台账',
    falls: '累计数比以前季度少（已算作错误，写入退回修改提示）：',
    noFalls: '各单位的累计数与台账中以前季度相比没有减少。',
    returnText: '退回修改提示：',
    pace: '各指标完成率（滞后的在前）',
    paceNone: '暂无数据',
    downloadLedger: '下载台账',
    downloadReport: '下载调度通报草稿',
    downloaded: '已下载：{file}',
    quarters: '无',
    helpExcel:
      '台账保存在本工作簿中（进展台账、指标台账、进度一览、报送情况，另有一张隐藏的数据表）。本工作簿中已有台账时自动使用；也可选择台账文件，或新建。本季度各单位的累计数与台账中以前季度的数核对，按“记入本工作簿”保存。',
    workbookFile: '本工作簿',
    usingWorkbook: '使用本工作簿中的台账（已记录{quarters}）',
    noWorkbookLedger: '本工作簿中还没有台账：可选择台账文件，或直接按“记入本工作簿”新建。',
    writeWorkbook: '记入本工作簿',
    written: '已记入本工作簿：{sheets}。',
    confirmTitle: '替换本工作簿中的台账？',
    confirmReplace: '将用本次结果替换助手在本工作簿中的台账工作表：{sheets}。替换后台账记有{quarters}；其他工作表不受影响。',
    noDownload:
      '在 Mac 版 Excel 中，任务窗格无法下载文件。台账已保存在本工作簿中；调度通报草稿：先保存本工作簿，再在浏览器中打开本助手的网页版，选择各单位的文件汇总后，用“选择台账…”选这个工作簿，即可下载。',
  },
  'en-US': {
    title: 'Ledger and dispatch report',
    help: 'Choose this year’s ledger (or start a new one). Each department’s cumulative figures are checked against the ledger’s earlier quarters; download the ledger with this quarter recorded, and the draft 调度通报 (Word).',
    chooseLedger: 'Choose ledger…',
    newLedger: 'New ledger',
    chosen: 'Ledger: {file} (recorded: {quarters})',
    recorded: 'Recorded in the ledger: {quarters}',
    lossNothingSent: 'This merge took in no table of {quarter}, so it cannot be recorded in the ledger (that would empty {quarter} there). Check the files chosen.',
    lossUnits: 'The ledger records {n} departments for {quarter} that this merge lacks: {units}. Recording replaces the whole of {quarter}, so their records for it would be deleted; merge all the files received for the quarter together.',
    apply: 'Check and record in the ledger',
    falls: 'Cumulative figures below an earlier quarter (counted as errors, in the return text):',
    noFalls: 'No department’s cumulative figure fell below the ledger’s earlier quarters.',
    returnText: 'Return for correction:',
    pace: 'Completion by target (behind pace first)',
    paceNone: 'no data',
    downloadLedger: 'Download ledger',
    downloadReport: 'Download draft report',
    downloaded: 'Downloaded: {file}',
    quarters: 'none',
    helpExcel:
      'The ledger is kept in this workbook (进展台账, 指标台账, 进度一览, 报送情况, and a hidden data sheet). A ledger already in this workbook is used; you can also choose a ledger file, or start a new one. Each department’s cumulative figures are checked against the ledger’s earlier quarters; press “Record in this workbook” to save.',
    workbookFile: 'this workbook',
    usingWorkbook: 'Using the ledger kept in this workbook (recorded: {quarters})',
    noWorkbookLedger: 'This workbook keeps no ledger yet: choose a ledger file, or press “Record in this workbook” to start one.',
    writeWorkbook: 'Record in this workbook',
    written: 'Recorded in this workbook: {sheets}.',
    confirmTitle: 'Replace the ledger in this workbook?',
    confirmReplace: 'The add-in’s ledger sheets in this workbook will be replaced with this result: {sheets}. The ledger will then record {quarters}; no other sheet is touched.',
    noDownload:
      'In Excel for Mac the task pane cannot download files. The ledger is kept in this workbook; for the draft 调度通报, save this workbook, open the add-in’s web page in a browser, merge the departments’ files, choose this workbook with “Choose ledger…”, and download it there.',
  },
};
