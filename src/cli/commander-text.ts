/**
 * Chinese for commander's own (English) usage errors and help headings. commander 14 writes its errors through
 * `configureOutput({ outputError })` as "error: …" lines; `chineseCommanderError` rewrites each known form, and
 * `HELP_TITLES` renames the help's headings (Usage:, Options:, …) through `configureHelp({ styleTitle })`.
 */

/** Help headings of commander 14 (lib/help.js) in Chinese. */
export const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '通用选项：',
};

/** What to give for each command argument (validate/merge `paths`, parse-notice `file`). */
const ARGUMENT_TEXT: Record<string, string> = { paths: '请给出要处理的文件或文件夹', file: '请给出通知文件（.txt 或 .docx）' };

/** commander's usage words in Chinese: "[options]" -> "[选项]", "[command]" -> "[命令]". */
export function chineseUsage(text: string): string {
  return text.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');
}

/** commander's "(choices: "a", "b", default: "a")" suffix of an option's help in Chinese: "（可选："a"、"b"；默认："a"）". */
export function chineseOptionSuffix(text: string): string {
  return text.replace(/\((choices: .*?|default: .*?)\)$/, (_, inner: string) =>
    `（${inner.replace(/", "/g, '"、"').replace(/, default: /, '；默认：').replace(/^choices: /, '可选：').replace(/^default: /, '默认：')}）`,
  );
}

/** "official, per-unit" -> "official、per-unit". */
const list = (text: string) => text.split(/,\s*/).join('、');

/** Each commander error form (lib/command.js, lib/option.js) and its Chinese. */
const FORMS: [RegExp, (...m: string[]) => string][] = [
  [/^error: missing required argument '(.+?)'$/, (a) => `缺少参数 ${a}${ARGUMENT_TEXT[a] ? `：${ARGUMENT_TEXT[a]}` : ''}`],
  [/^error: option '(.+?)' argument missing$/, (o) => `选项 ${o} 后面缺少值`],
  [/^error: required option '(.+?)' not specified$/, (o) => `缺少必需的选项 ${o}`],
  [/^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s, (o, s) => `不认识的选项 ${o}${s ? `（您是否要用 ${s}？）` : ''}`],
  [/^error: unknown command '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s, (c, s) => `不认识的命令 ${c}${s ? `（您是否要用 ${s}？）` : ''}。可用的命令：template、validate、merge、parse-notice`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, e, g) => `${c ? `命令 ${c} ` : ''}参数太多：应有 ${e} 个，给了 ${g} 个（文件名中有空格时请加引号）`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/s, (o, v, c) => `选项 ${o} 的值“${v}”无效，可选：${list(c)}`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. (.*)$/s, (o, v, why) => `选项 ${o} 的值“${v}”无效：${why}`],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. (.*)$/s, (v, a, why) => `参数 ${a} 的值“${v}”无效：${why}`],
  [/^error: (.+?) cannot be used with (.+)$/, (a, b) => `${a} 不能与 ${b} 同时使用`],
];

/**
 * One commander error text ("error: unknown option '--x'\n") in Chinese ("错误：不认识的选项 --x\n"). A form not
 * known keeps its text after "错误：".
 */
export function chineseCommanderError(text: string): string {
  const body = text.replace(/\n+$/, '');
  for (const [re, make] of FORMS) {
    const m = re.exec(body);
    if (m) return `错误：${make(...m.slice(1))}\n`;
  }
  return `错误：${body.replace(/^error:\s*/, '')}\n`;
}
