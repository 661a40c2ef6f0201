import type { MessageTable } from '../i18n/catalogue';

/**
 * The validator's finding codes and their words (zh-CN default, en-US). Stable kebab-case codes; each rule file in
 * rules/ makes one group of them. Placeholders: {number} item number (序号), {name} item name (实事名称), {column}
 * column header, {expected} / {found} texts, {text} what was written, {unit} unit id, {suggestions} closest unit
 * names, {quarter} / {expectedQuarter} quarter labels, {date} ISO day, {today} ISO day, {year} plan year (spec.year),
 * {fileYear} the year a table names, {length} characters, {metric} a target's 指标 text, {value} / {cumulative} /
 * {quarterValue} / {previous} / {target} / {expectedValue} figures, {measure} unit of measure, {percent} expected
 * share in percent, {first} first character, {other} the other cell (A1), {sheet} a sheet name, {rows} / {cols} a
 * size, {count} findings left out, {code} a finding code.
 *
 * Codes by group:
 * - structure: table-not-found, column-missing, item-missing, item-unknown, item-duplicated, fixed-text-changed
 * - identity: unit-missing, unit-unknown, quarter-missing, quarter-mismatch, year-mismatch, template-version-differs
 * - completeness: progress-empty, progress-placeholder, progress-too-short, progress-too-long, other-unit-row-filled
 * - 完成时限: deadline-empty, deadline-unreadable, deadline-outside-year, deadline-passed
 * - targets: indicator-sheet-missing, indicator-empty, indicator-not-number, indicator-negative, indicator-rate-over-100,
 *   indicator-cumulative-below-quarter, indicator-cumulative-fell, indicator-behind-pace,
 *   indicator-far-above-target, indicator-text-mismatch
 * - size: sheet-truncated, findings-truncated (made by validate/index when one code passes 50 in a sheet)
 * - hygiene: cell-formula, text-formula-like, text-outer-spaces
 */
export const VALIDATE_MESSAGES: MessageTable = {
  'table-not-found': {
    severity: 'error',
    'zh-CN': {
      message: '没有找到进展情况表：没有哪张工作表有“序号、实事名称、责任单位、本季度具体措施及任务进度情况、完成时限”这样的表头',
      hint: '请用模板生成的表填报，或把表头文字改回模板原样',
    },
    'en-US': {
      message: 'No progress table found: no worksheet has the header 序号 / 实事名称 / 责任单位 / 本季度具体措施及任务进度情况 / 完成时限',
      hint: 'Fill in the table made from the template, or restore the header text',
    },
  },
  'column-missing': {
    severity: 'error',
    'zh-CN': { message: '表头缺少“{column}”列', hint: '在表头加回“{column}”列，文字与模板一致（可有空格、换行）' },
    'en-US': { message: 'The header has no “{column}” column', hint: 'Add the “{column}” column back with the template\'s header text' },
  },
  'item-missing': {
    severity: 'error',
    'zh-CN': { message: '缺少第{number}项“{name}”所在的行', hint: '从模板复制这一行，序号和实事名称保持不变' },
    'en-US': { message: 'The row of item {number} “{name}” is missing', hint: 'Copy the row back from the template, keeping 序号 and 实事名称' },
  },
  'item-unknown': {
    severity: 'error',
    'zh-CN': {
      message: '这一行的序号和实事名称对不上清单中的任何一项（“{text}”）',
      hint: '把序号和实事名称改回模板原文；补充内容请写在对应实事的行内',
    },
    'en-US': {
      message: 'This row matches no item of the list (“{text}”)',
      hint: 'Restore 序号 and 实事名称 from the template; write additions in the item\'s own row',
    },
  },
  'item-duplicated': {
    severity: 'error',
    'zh-CN': { message: '第{number}项“{name}”出现了不止一行（另见 {other}）', hint: '删除重复的行，把内容合并到一行' },
    'en-US': { message: 'Item {number} “{name}” appears in more than one row (see also {other})', hint: 'Delete the duplicate row and merge its text into one row' },
  },
  'fixed-text-changed': {
    severity: 'warning',
    'zh-CN': {
      message: '“{column}”被改动：应为“{expected}”，现为“{found}”',
      hint: '此列是固定内容，请改回模板原文；序号与实事名称不一致时按实事名称识别',
    },
    'en-US': {
      message: '“{column}” was changed: expected “{expected}”, found “{found}”',
      hint: 'This column is fixed text: restore the template\'s text (when 序号 and 实事名称 disagree, the name is used)',
    },
  },
  'unit-missing': {
    severity: 'error',
    'zh-CN': { message: '没有写填报单位', hint: '在“填报单位：”后写上本单位名称，如“区卫健局”' },
    'en-US': { message: 'The reporting unit (填报单位) is not given', hint: 'Write your unit after the 填报单位 label, e.g. 区卫健局' },
  },
  'unit-unknown': {
    severity: 'error',
    'zh-CN': { message: '填报单位“{text}”不是清单中的责任单位', hint: '请写清单中的单位名称，最接近的是：{suggestions}' },
    'en-US': { message: 'The reporting unit “{text}” is not a responsible unit of the list', hint: 'Use a unit name of the list; closest: {suggestions}' },
  },
  'quarter-missing': {
    severity: 'error',
    'zh-CN': { message: '看不出本表是哪个季度的（标题、隐藏信息和文件名都没有写明）', hint: '在标题中写明季度，如“（第三季度）”' },
    'en-US': { message: 'The quarter of this table cannot be told (not in the title, the hidden metadata or the file name)', hint: 'Name the quarter in the title, e.g. 第三季度' },
  },
  'quarter-mismatch': {
    severity: 'error',
    'zh-CN': { message: '本表是{quarter}的，本次要的是{expectedQuarter}', hint: '请用{expectedQuarter}的模板填报，或改正标题中的季度' },
    'en-US': { message: 'This table is for {quarter}; {expectedQuarter} is expected', hint: 'Use the {expectedQuarter} template, or correct the quarter in the title' },
  },
  'year-mismatch': {
    severity: 'error',
    'zh-CN': { message: '本表是{fileYear}年的，本次要的是{year}年的表', hint: '请用{year}年的模板填报，或改正标题中的年份' },
    'en-US': { message: 'This table is for {fileYear}; the {year} table is expected', hint: 'Use the {year} template, or correct the year in the title' },
  },
  'template-version-differs': {
    severity: 'warning',
    'zh-CN': { message: '本表由模板 {found} 生成，当前清单是 {expected}', hint: '请用当前模板重新生成，再把内容复制过去' },
    'en-US': { message: 'This table was made from template {found}; the current list is {expected}', hint: 'Make the table again from the current template and copy the text over' },
  },
  'progress-empty': {
    severity: 'error',
    'zh-CN': { message: '第{number}项“{name}”由{unit}负责，本季度具体措施及任务进度情况未填写', hint: '写明本季度采取的具体措施和任务进度' },
    'en-US': { message: 'Item {number} “{name}” is a task of {unit}, but its progress text is empty', hint: 'Describe this quarter\'s measures and progress' },
  },
  'progress-placeholder': {
    severity: 'error',
    'zh-CN': { message: '进度情况只写了“{text}”，没有实际内容', hint: '写明本季度具体措施和进度；确无进展的，写明原因和下一步安排' },
    'en-US': { message: 'The progress text is only “{text}”', hint: 'Describe the measures and progress; if nothing was done, say why and what comes next' },
  },
  'progress-too-short': {
    severity: 'warning',
    'zh-CN': { message: '进度情况只有{length}个字，内容过少', hint: '写明具体措施、数量和进度' },
    'en-US': { message: 'The progress text has only {length} {length|character|characters}', hint: 'Give the measures, figures and progress' },
  },
  'progress-too-long': {
    severity: 'error',
    'zh-CN': { message: '进度情况有{length}个字符，超过 Excel 单元格上限 32767 个字符', hint: '精简文字，详细材料作为附件另报' },
    'en-US': { message: 'The progress text has {length} {length|character|characters}, over Excel\'s 32,767-character cell limit', hint: 'Shorten the text; send details as an attachment' },
  },
  'other-unit-row-filled': {
    severity: 'warning',
    'zh-CN': { message: '第{number}项“{name}”不是{unit}负责的实事，但这一行填了内容', hint: '只填本单位负责的行；确需说明的，请与牵头单位联系' },
    'en-US': { message: 'Item {number} “{name}” is not a task of {unit}, but this row is filled', hint: 'Fill only your own rows' },
  },
  'deadline-empty': {
    severity: 'error',
    'zh-CN': { message: '完成时限未填写', hint: '填写完成时限，如“2026年12月底”或“长期坚持”' },
    'en-US': { message: 'The deadline (完成时限) is empty', hint: 'Give a deadline, e.g. 2026年12月底 or 长期坚持' },
  },
  'deadline-unreadable': {
    severity: 'error',
    'zh-CN': { message: '完成时限“{text}”无法识别', hint: '写成“2026年12月底”“2026年12月31日”“年底”或“长期坚持”等形式' },
    'en-US': { message: 'The deadline “{text}” cannot be read', hint: 'Write it like 2026年12月底, 2026年12月31日, 年底 or 长期坚持' },
  },
  'deadline-outside-year': {
    severity: 'error',
    'zh-CN': { message: '完成时限“{text}”（{date}）不在计划年度{year}年内', hint: '清单任务应在{year}年内完成，请核对' },
    'en-US': { message: 'The deadline “{text}” ({date}) is outside the plan year {year}', hint: 'The list\'s tasks are due within {year}; check it' },
  },
  'deadline-passed': {
    severity: 'warning',
    'zh-CN': { message: '完成时限“{text}”（{date}）已过，进度情况没有写明已完成', hint: '已完成的请在进度中写明“已完成”；未完成的请说明原因和新的时间安排' },
    'en-US': { message: 'The deadline “{text}” ({date}) has passed and the progress text does not report completion', hint: 'Say 已完成 if done; otherwise give the reason and a new date' },
  },
  'indicator-sheet-missing': {
    severity: 'warning',
    'zh-CN': { message: '没有“指标完成情况”表，量化指标无法核对', hint: '请用模板中的“指标完成情况”表填报本单位指标的完成数' },
    'en-US': { message: 'No indicator sheet (指标完成情况): the targets cannot be checked', hint: 'Fill in the template\'s 指标完成情况 sheet' },
  },
  'indicator-empty': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的{column}未填写', hint: '填写本单位的完成数（只填数字）；本季度没有进展的填 0' },
    'en-US': { message: 'The {column} figure for “{metric}” is empty', hint: 'Enter your unit\'s figure (a number only); enter 0 if nothing was done this quarter' },
  },
  'indicator-not-number': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的完成数“{text}”不是数字', hint: '只填数字，不带单位，如 2 或 19000；百分比填 90 表示 90%' },
    'en-US': { message: 'The figure “{text}” for “{metric}” is not a number', hint: 'Enter a number only, e.g. 2 or 19000; 90 means 90%' },
  },
  'indicator-negative': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的完成数 {value} 是负数', hint: '完成数不能小于 0' },
    'en-US': { message: 'The figure {value} for “{metric}” is negative', hint: 'A figure cannot be below 0' },
  },
  'indicator-rate-over-100': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”是比率，填的 {value}% 超过了 100%', hint: '比率不超过 100；填 90 表示 90%' },
    'en-US': { message: '“{metric}” is a rate; {value}% is over 100%', hint: 'A rate is at most 100; 90 means 90%' },
  },
  'indicator-cumulative-below-quarter': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的累计完成 {cumulative} 小于本季度完成 {quarterValue}', hint: '累计完成包括本季度，应不小于本季度完成数' },
    'en-US': { message: 'For “{metric}” the cumulative figure {cumulative} is below this quarter\'s {quarterValue}', hint: 'The cumulative figure includes this quarter' },
  },
  'indicator-cumulative-fell': {
    severity: 'error',
    'zh-CN': { message: '“{metric}”的累计完成 {cumulative} 比上季度报的 {previous} 还少', hint: '累计数不会减少，请核对本季度或上季度的数' },
    'en-US': { message: 'For “{metric}” the cumulative figure {cumulative} is below last quarter\'s {previous}', hint: 'A cumulative figure cannot fall; check both quarters' },
  },
  'indicator-behind-pace': {
    severity: 'warning',
    'zh-CN': { message: '“{metric}”累计完成 {cumulative}{measure}，按进度到本季度末应完成约 {expectedValue}{measure}（目标 {target}{measure} 的 {percent}%）', hint: '进度滞后：请在进度情况中说明原因和下一步安排' },
    'en-US': { message: '“{metric}”: {cumulative} {measure} done; about {expectedValue} {measure} were due by this quarter ({percent}% of {target})', hint: 'Behind schedule: explain why and what comes next in the progress text' },
  },
  'indicator-far-above-target': {
    severity: 'warning',
    'zh-CN': { message: '“{metric}”累计完成 {cumulative}{measure}，是目标 {target}{measure} 的 {times} 倍以上', hint: '请核对是否多写了位数或用错了单位（如“万”）' },
    'en-US': { message: '“{metric}”: {cumulative} {measure} is over {times} times the target {target}', hint: 'Check for an extra digit or a wrong unit (万)' },
  },
  'indicator-text-mismatch': {
    severity: 'warning',
    'zh-CN': { message: '进度情况写的是“{text}”，“指标完成情况”表中“{metric}”填的是 {value}{measure}', hint: '请核对两处数字，使之一致' },
    'en-US': { message: 'The progress text says “{text}”, the indicator sheet gives {value} {measure} for “{metric}”', hint: 'Make the two figures agree' },
  },
  'sheet-truncated': {
    severity: 'warning',
    'zh-CN': { message: '工作表“{sheet}”有 {rows} 行 × {cols} 列，超出读取上限，超出部分没有读取（不校验，也不汇总）', hint: '删去多余的行、列或无关内容（进展情况表只需十几行），再重新校验' },
    'en-US': { message: 'Sheet “{sheet}” has {rows} {rows|row|rows} × {cols} {cols|column|columns}, over the reading limit: the rest was not read (neither checked nor merged)', hint: 'Delete surplus rows, columns or unrelated content, then check again' },
  },
  'findings-truncated': {
    severity: 'info',
    'zh-CN': { message: '还有 {count} 处同类问题未列出（{code}）', hint: '先改正已列出的问题，再重新校验' },
    'en-US': { message: '{count} more {count|finding|findings} of the same kind {count|is|are} not listed ({code})', hint: 'Fix the findings listed, then check again' },
  },
  'cell-formula': {
    severity: 'info',
    'zh-CN': { message: '单元格是公式，汇总时取其计算结果 {value}', hint: '建议直接填写数字或文字，不要用公式' },
    'en-US': { message: 'The cell holds a formula; merging takes its result {value}', hint: 'Type the figure or text itself instead of a formula' },
  },
  'text-formula-like': {
    severity: 'info',
    'zh-CN': { message: '内容以“{first}”开头，汇总时会作为文字保留，不会当作公式', hint: '如不是有意的，可删去开头的“{first}”' },
    'en-US': { message: 'The text starts with “{first}”; it is kept as text, never as a formula', hint: 'Remove the leading “{first}” if it is not meant' },
  },
  'text-outer-spaces': {
    severity: 'info',
    'zh-CN': { message: '内容开头或结尾有多余的空格或空行', hint: '汇总时会去掉；也可直接删除' },
    'en-US': { message: 'The text has spaces or blank lines at its start or end', hint: 'They are trimmed when merging; you may delete them' },
  },
};
