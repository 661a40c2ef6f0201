import type { MessageTable } from '../i18n/catalogue';

/**
 * The merge's finding codes and their words (zh-CN default, en-US). A file that cannot be read gets the reader's own
 * finding (core/read/messages READ_MESSAGES, e.g. file-corrupt); `merge-file-unreadable` is only for an error code
 * that table does not know, with the caller's sentence as {reason}. All are file- or unit-level remarks
 * (sheet and cell null), shown in the roster's 说明 column and in the CLI. Placeholders: {file} file name,
 * {unit} unit id, {quarter} / {fileQuarter} quarter labels (第三季度), {year} plan year, {fileYear} the year a file's
 * table names, {count}, {winner}, {unitText}, {reason}, {number} item number, {name} item name, {length} characters,
 * {parts} rows.
 */
export const MERGE_MESSAGES: MessageTable = {
  'merge-unit-missing': {
    severity: 'warning',
    'zh-CN': { message: '{unit}未报送{quarter}进展情况表', hint: '请催报，或收到后重新汇总' },
    'en-US': { message: '{unit} has not sent the {quarter} progress table', hint: 'Remind the unit, or merge again once it arrives' },
  },
  'merge-unit-wrong-quarter-only': {
    severity: 'warning',
    'zh-CN': { message: '{unit}只报送了{fileQuarter}的表（{file}），未报送{quarter}进展情况表', hint: '请该单位报送本季度的表' },
    'en-US': { message: '{unit} sent only the {fileQuarter} table ({file}), not the {quarter} one', hint: 'Ask the unit for this quarter\'s table' },
  },
  'merge-unit-wrong-year-only': {
    severity: 'warning',
    'zh-CN': { message: '{unit}只报送了{fileYear}年的表（{file}），未报送{year}年{quarter}进展情况表', hint: '请该单位用{year}年的模板报送本季度的表' },
    'en-US': { message: '{unit} sent only a {fileYear} table ({file}), not the {quarter} {year} one', hint: 'Ask the unit for this quarter\'s table on the {year} template' },
  },
  'merge-unit-duplicate': {
    severity: 'warning',
    'zh-CN': { message: '{unit}报送了{count}份文件，采用{winner}', hint: '采用填报日期较晚的文件；日期相同时采用修改时间较晚或文件名靠后的文件' },
    'en-US': { message: '{unit} sent {count} {count|file|files}; {winner} is used', hint: 'The later 填报日期 wins; then the later modification time, then the later file name' },
  },
  'merge-unit-has-errors': {
    severity: 'warning',
    'zh-CN': { message: '{unit}的表有{count}处错误', hint: '已汇总；请该单位修改后重新报送' },
    'en-US': { message: 'The table of {unit} has {count} {count|error|errors}', hint: 'Merged anyway; ask the unit to correct and resend it' },
  },
  'merge-file-superseded': {
    severity: 'info',
    'zh-CN': { message: '文件{file}已被同一单位的{winner}替代，未采用', hint: '如应采用此文件，请删去另一份后重新汇总' },
    'en-US': { message: 'File {file} is superseded by {winner} from the same unit', hint: 'To use this file instead, remove the other one and merge again' },
  },
  'merge-file-same-content': {
    severity: 'info',
    'zh-CN': { message: '文件{file}与{winner}内容相同，按同一份报送计', hint: '同一份表发了两次，不算重复报送' },
    'en-US': { message: 'File {file} has the same content as {winner}: counted as one submission', hint: 'The same table sent twice is not a second submission' },
  },
  'merge-unit-unreadable': {
    severity: 'warning',
    'zh-CN': { message: '{unit}已报送（{file}），但文件无法读取：{reason}', hint: '请把“退回修改提示”发给该单位，请其按提示重新报送' },
    'en-US': { message: '{unit} sent {file}, but it cannot be read: {reason}', hint: 'Send the unit the return text and ask for a readable file' },
  },
  'merge-file-wrong-quarter': {
    severity: 'warning',
    'zh-CN': { message: '文件{file}是{fileQuarter}的表，本次汇总{quarter}，未纳入', hint: '请确认季度，或请该单位报送本季度的表' },
    'en-US': { message: 'File {file} is for {fileQuarter}; this summary is for {quarter}: left out', hint: 'Check the quarter, or ask the unit for this quarter\'s table' },
  },
  'merge-file-wrong-year': {
    severity: 'warning',
    'zh-CN': { message: '文件{file}是{fileYear}年的表，本次汇总{year}年{quarter}，未纳入', hint: '请确认年份，或请该单位用{year}年的模板报送本季度的表' },
    'en-US': { message: 'File {file} is a {fileYear} table; this summary is for {quarter} {year}: left out', hint: 'Check the year, or ask the unit for this quarter\'s table on the {year} template' },
  },
  'merge-file-quarter-assumed': {
    severity: 'info',
    'zh-CN': { message: '文件{file}未写明季度，按{quarter}汇总', hint: '请在标题中写明季度' },
    'en-US': { message: 'File {file} names no quarter; merged as {quarter}', hint: 'Write the quarter in the title' },
  },
  'merge-file-unknown-unit': {
    severity: 'warning',
    'zh-CN': { message: '文件{file}的填报单位“{unitText}”不在责任单位名单中，未纳入', hint: '请在“填报单位：”后写责任单位名称（如区卫健局），或改文件名后重新汇总' },
    'en-US': { message: 'The unit "{unitText}" of file {file} is not a responsible unit: left out', hint: 'Write a responsible unit after the 填报单位 label (e.g. 区卫健局), or rename the file, and merge again' },
  },
  'merge-file-no-unit': {
    severity: 'warning',
    'zh-CN': { message: '文件{file}未写明填报单位，未纳入', hint: '请在“填报单位：”后写责任单位名称，或在文件名中写明单位后重新汇总' },
    'en-US': { message: 'File {file} names no unit: left out', hint: 'Write the unit after the 填报单位 label, or put it in the file name, and merge again' },
  },
  'merge-file-own-summary': {
    severity: 'info',
    'zh-CN': { message: '文件{file}是汇总结果文件，已跳过', hint: '汇总结果不参与汇总；如需重新汇总，只选各单位报送的文件即可' },
    'en-US': { message: 'File {file} is a summary made by this add-in: skipped', hint: 'Summaries are not merged; pick only the units\' files' },
  },
  'merge-file-unreadable': {
    severity: 'error',
    'zh-CN': { message: '文件{file}无法读取：{reason}', hint: '请该单位重新保存为 .xlsx 后报送' },
    'en-US': { message: 'File {file} cannot be read: {reason}', hint: 'Ask the unit to save it again as .xlsx and resend' },
  },
  'merge-file-no-table': {
    severity: 'warning',
    'zh-CN': { message: '文件{file}中未找到进展情况表，该单位各项按未填写汇总', hint: '请该单位使用统一模板填报' },
    'en-US': { message: 'No progress table found in file {file}; the unit\'s items are merged as not filled', hint: 'Ask the unit to use the template' },
  },
  'merge-text-split': {
    severity: 'info',
    'zh-CN': {
      message: '第{number}项“{name}”的汇总文字共{length}字，超过 Excel 单元格上限 32767 字，已分{parts}行（续）写入，未删减',
      hint: '打印或转发前请核对续行',
    },
    'en-US': {
      message: 'The joined text of item {number} "{name}" has {length} {length|character|characters}, over Excel\'s 32,767 cell limit: written in {parts} {parts|row|rows} (续), nothing cut',
      hint: 'Check the continuation rows before printing or forwarding',
    },
  },
};
