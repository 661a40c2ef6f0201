import { fillTemplate, type Lang } from './template';

/** One word or sentence template in both languages. */
export type Word = Record<Lang, string>;

/**
 * The catalogue's words that are not finding messages: severity words, roster statuses, the 催报 / 退回 texts and
 * their parts, the words of a place ("第3项 某某 · 完成时限（E8）"), quarter and column words. Keyed by a stable
 * kebab-case code; templates use `{name}` placeholders (see `fillTemplate`, which also reads the plural form
 * `{count|one|other}` used in en-US). Finding messages live in MESSAGES (core/i18n/messages); the pane's own labels
 * (buttons, headings) stay in taskpane/strings. Every zh-CN text here is pinned by test/core/i18n/zh-CN.golden.json.
 */
export const WORDS = {
  'severity-error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'severity-warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'severity-info': { 'zh-CN': '提示', 'en-US': 'Note' },

  'status-submitted': { 'zh-CN': '已报送', 'en-US': 'Sent' },
  'status-with-errors': { 'zh-CN': '已报送（有错误）', 'en-US': 'Sent (with errors)' },
  'status-missing': { 'zh-CN': '未报送', 'en-US': 'Not sent' },
  'status-wrong-quarter': { 'zh-CN': '未报送（季度不符）', 'en-US': 'Not sent (wrong quarter)' },
  'status-unreadable': { 'zh-CN': '已报送 · 无法读取', 'en-US': 'Sent · cannot be read' },
  'status-duplicate': { 'zh-CN': '重复报送', 'en-US': 'Sent twice' },
  'status-duplicate-suffix': { 'zh-CN': '（重复报送）', 'en-US': ' (sent twice)' },

  'file-status-merged': { 'zh-CN': '已汇总', 'en-US': 'Merged' },
  'file-status-superseded': { 'zh-CN': '已被替代', 'en-US': 'Superseded' },
  'file-status-wrong-quarter': { 'zh-CN': '季度不符', 'en-US': 'Wrong quarter' },
  'file-status-unknown-unit': { 'zh-CN': '单位无法识别', 'en-US': 'Unit not recognised' },
  'file-status-unreadable': { 'zh-CN': '无法读取', 'en-US': 'Cannot be read' },
  'file-status-own-summary': { 'zh-CN': '汇总结果文件', 'en-US': 'A summary file' },

  'summary-entry-has-errors': { 'zh-CN': '（有错误）', 'en-US': ' (with errors)' },
  'summary-deadline-unreadable': { 'zh-CN': '{text}（无法识别）', 'en-US': '{text} (cannot be read)' },
  'summary-deadline-ongoing': { 'zh-CN': '长期坚持', 'en-US': 'Ongoing' },
  'summary-deadline-moved': { 'zh-CN': '（过长，原文列在进展情况栏）', 'en-US': '(too long: written out in the progress column)' },
  'summary-deadline-in-text': { 'zh-CN': '完成时限（原文）：', 'en-US': 'Deadline (as written): ' },
  'summary-figure-too-long': {
    'zh-CN': '{head}……（共{length}个字符，过长，未全部列出；原文见报送文件）',
    'en-US': '{head}… ({length} {length|character|characters}, too long to list in full; see the file sent)',
  },
  'date-day': { 'zh-CN': '{year}年{month}月{day}日', 'en-US': '{month}/{day}/{year}' },
  'date-month': { 'zh-CN': '{year}年{month}月', 'en-US': '{month}/{year}' },

  'count-errors': { 'zh-CN': '{count} 处错误', 'en-US': '{count} {count|error|errors}' },
  'count-warnings': { 'zh-CN': '{count} 处警告', 'en-US': '{count} {count|warning|warnings}' },
  'roster-counts': {
    'zh-CN': '应报 {due} 个单位：已报 {sent} 个（无误 {clean}，有错误 {withErrors}，无法读取 {unreadable}），未报 {missing} 个。',
    'en-US': '{due} {due|unit|units} due: {sent} sent ({clean} clean, {withErrors} with errors, {unreadable} unreadable), {missing} not sent.',
  },

  'quarter-1': { 'zh-CN': '第一季度', 'en-US': 'Q1' },
  'quarter-2': { 'zh-CN': '第二季度', 'en-US': 'Q2' },
  'quarter-3': { 'zh-CN': '第三季度', 'en-US': 'Q3' },
  'quarter-4': { 'zh-CN': '第四季度', 'en-US': 'Q4' },

  'column-number': { 'zh-CN': '序号', 'en-US': 'No.' },
  'column-name': { 'zh-CN': '实事名称', 'en-US': 'Project' },
  'column-unit': { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' },
  'column-progressText': { 'zh-CN': '本季度具体措施及任务进度情况', 'en-US': 'Measures and progress this quarter' },
  'column-deadline': { 'zh-CN': '完成时限', 'en-US': 'Deadline' },
  'column-metric': { 'zh-CN': '指标', 'en-US': 'Target' },
  'column-quarterValue': { 'zh-CN': '本季度完成', 'en-US': 'Done this quarter' },
  'column-cumulativeValue': { 'zh-CN': '累计完成', 'en-US': 'Done so far' },

  'place-item': { 'zh-CN': '第{number}项 {name}', 'en-US': 'Item {number} {name}' },
  'place-column-cell': { 'zh-CN': '{column}（{cell}）', 'en-US': '{column} ({cell})' },
  'place-sheet-cell': { 'zh-CN': '{sheet} {cell}', 'en-US': '{sheet} {cell}' },
  'place-separator': { 'zh-CN': ' · ', 'en-US': ' · ' },
  'place-sheet': { 'zh-CN': '整张工作表', 'en-US': 'Whole sheet' },
  'place-file': { 'zh-CN': '整个文件', 'en-US': 'Whole file' },

  'request-what': { 'zh-CN': '{year}年{quarter}工作进展情况表', 'en-US': 'the {year} {quarter} progress table' },
  'request-due-by': { 'zh-CN': '于{date}前', 'en-US': 'by {date}' },
  'request-due-soon': { 'zh-CN': '尽快', 'en-US': 'as soon as possible' },
  'request-contact-name': { 'zh-CN': '联系人：{name}', 'en-US': 'Contact: {name}' },
  'request-contact-phone': { 'zh-CN': '电话：{phone}', 'en-US': 'phone {phone}' },
  'request-contact-join': { 'zh-CN': '，', 'en-US': ', ' },
  'request-contact-end': { 'zh-CN': '。', 'en-US': '.' },
  'list-separator': { 'zh-CN': '、', 'en-US': ', ' },

  reminder: { 'zh-CN': '请以下单位{due}报送{what}：{units}。', 'en-US': 'Please send {what} {due}: {units}.' },
  'return-errors': {
    'zh-CN': '{unit}：你单位报送的{what}（{file}）有 {count} 处错误，请逐项修改后{due}重新报送：',
    'en-US': '{unit}: {what} you sent ({file}) has {count} {count|error|errors}. Please correct {count|it|each of them} and send it again {due}:',
  },
  'return-error-line': { 'zh-CN': '{n}. {place}：{message}', 'en-US': '{n}. {place}: {message}' },
  'return-error-line-no-place': { 'zh-CN': '{n}. {message}', 'en-US': '{n}. {message}' },
  'return-wrong-quarter': {
    'zh-CN': '{unit}：你单位报送的文件{file}是{fileQuarter}的进展情况表，本次报送的是{what}，请{due}报送。',
    'en-US': '{unit}: the file you sent, {file}, is the {fileQuarter} progress table; this round asks for {what}. Please send it {due}.',
  },
  'return-wrong-year': {
    'zh-CN': '{unit}：你单位报送的文件{file}是{fileYear}年的进展情况表，本次报送的是{what}，请用{year}年的模板填报，{due}报送。',
    'en-US': '{unit}: the file you sent, {file}, is a {fileYear} progress table; this round asks for {what}. Please fill in the {year} template and send it {due}.',
  },
  'return-unreadable': {
    'zh-CN': '{unit}：你单位报送的文件无法读取（{reason}）。{fix}请{due}重新报送。',
    'en-US': '{unit}: the file you sent cannot be read ({reason}). {fix} Please send it again {due}.',
  },
} satisfies Record<string, Word>;

/** A key of WORDS. */
export type WordKey = keyof typeof WORDS;

/** The word `key` in `lang`, placeholders filled from `params` (a missing one stays visible as `{name}`). */
export function word(key: WordKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillTemplate(WORDS[key][lang], params);
}

/** The quarter's words in `lang`: 第三季度 / Q3. Throws RangeError outside 1..4 (as quarterLabel). */
export function quarterWord(q: number, lang: Lang): string {
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new RangeError(`quarter must be 1, 2, 3 or 4, got ${q}`);
  return word(`quarter-${q}`, lang);
}

/** A finding's severity word in `lang`: 错误 / 警告 / 提示 (Error / Warning / Note). */
export function severityText(severity: 'error' | 'warning' | 'info', lang: Lang): string {
  return word(`severity-${severity}`, lang);
}
