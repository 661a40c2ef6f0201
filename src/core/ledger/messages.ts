import type { MessageTable } from '../i18n/catalogue';

/**
 * The ledger's finding codes and their words (zh-CN default, en-US), joined into core/i18n/messages.
 * - `ledger-cumulative-fell` (error, at the unit's 累计完成 cell): below the unit's figure of an earlier quarter in
 *   the ledger (the rule `cumulativeFalls`, the same as `validate --previous`);
 * - `ledger-cumulative-above-later` (error, same cell): a quarter merged late whose figure is above a later quarter's
 *   figure in the ledger (one of the two is wrong);
 * - `ledger-other-list` / `ledger-other-year` / `ledger-not-ledger` / `ledger-damaged` (error, file level): the ledger
 *   file cannot be used; the merge stops before writing anything.
 * Placeholders: {metric}, {cumulative}, {previous}, {later} figures (base units), {quarter} / {otherQuarter} labels,
 * {file}, {templateId} / {specId}, {year} / {specYear}, {reason}.
 */
export const LEDGER_MESSAGES: MessageTable = {
  'ledger-cumulative-fell': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的累计完成 {cumulative} 比台账中{otherQuarter}的 {previous} 还少', hint: '累计数不会减少，请核对本季度的数，或说明上季度的数有误' },
    'en-US': { message: 'For “{metric}” the cumulative figure {cumulative} is below {previous} of {otherQuarter} in the ledger', hint: 'A cumulative figure cannot fall; check this quarter, or say that the earlier figure was wrong' },
  },
  'ledger-cumulative-above-later': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的累计完成 {cumulative} 比台账中{otherQuarter}的 {later} 还多', hint: '累计数不会减少：{quarter}的数不应大于以后季度的数，请核对' },
    'en-US': { message: 'For “{metric}” the cumulative figure {cumulative} is above {later} of {otherQuarter} in the ledger', hint: 'A cumulative figure cannot fall: {quarter} cannot be above a later quarter; check both' },
  },
  'ledger-other-list': {
    severity: 'error',
    'zh-CN': { message: '台账 {file} 属于另一份清单（{templateId}），不是本清单（{specId}）的台账，未使用', hint: '请选本清单的台账，或另指定一个新的台账文件' },
    'en-US': { message: 'The ledger {file} belongs to another list ({templateId}), not {specId}: not used', hint: 'Pick this list\'s ledger, or name a new ledger file' },
  },
  'ledger-other-year': {
    severity: 'error',
    'zh-CN': { message: '台账 {file} 是{year}年的台账，本清单是{specYear}年，未使用', hint: '每年一本台账：请选本年度的台账，或另指定一个新的台账文件' },
    'en-US': { message: 'The ledger {file} is for {year}; this list is for {specYear}: not used', hint: 'One ledger per year: pick this year\'s, or name a new ledger file' },
  },
  'ledger-not-ledger': {
    severity: 'error',
    'zh-CN': { message: '文件 {file} 不是本工具生成的工作台账，未使用，也未改动', hint: '请选本工具生成的台账，或另指定一个不存在的文件名以新建台账' },
    'en-US': { message: 'File {file} is not a ledger made by this tool: not used and not changed', hint: 'Pick a ledger made by this tool, or give a new file name to start one' },
  },
  'ledger-damaged': {
    severity: 'error',
    'zh-CN': { message: '台账 {file} 的数据已损坏，无法读取：{reason}', hint: '请用台账的备份，或另指定一个新的台账文件；原文件未改动' },
    'en-US': { message: 'The data of ledger {file} is damaged: {reason}', hint: 'Use a backup of the ledger, or name a new ledger file; the file was not changed' },
  },
};
