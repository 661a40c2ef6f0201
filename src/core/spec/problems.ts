import type { Lang } from '../i18n/catalogue';

/**
 * The problems `parseTemplateSpec` reports (`path: message` lines, 0-based zod paths and English messages, e.g.
 * "items.3.units: Too small: expected array to have >=1 items") as sentences a person can act on:
 * "第4项实事：责任单位未填写". zh-CN only; in en-US the lines are shown as they are (they are English already). Used by the pane's 清单 page and the
 * CLI's `--spec` loading alike.
 * A path or message not known here still gives a Chinese sentence (the place, then 填写有误), never raw English.
 */

/** Top-level fields of a TemplateSpec (core/spec/schema). */
const TOP: Record<string, string> = {
  id: '清单编号',
  version: '清单版本',
  year: '年度',
  listTitle: '清单标题',
  tableTitle: '进展情况表标题',
  issuer: '发文单位',
  documentNumber: '文号',
  issuedOn: '印发日期',
  coordinator: '汇总单位',
  columns: '表格列',
  units: '单位名单',
  items: '实事项目',
  pace: '季度进度',
};

/** Fields of an item, a target, a unit. */
const FIELD: Record<string, string> = {
  number: '序号',
  name: '实事名称',
  description: '实事内容',
  units: '责任单位',
  leadUnits: '牵头单位',
  targets: '指标',
  id: '编号',
  text: '指标原文',
  metric: '指标名称（所计事项）',
  comparator: '要求',
  value: '数值',
  measure: '计量单位',
  kind: '类型',
  fullName: '全称',
  aliases: '简称',
};

/** The place a zod path names: "第4项实事：责任单位", "第2项实事 指标2.1：计量单位", "第3个单位：全称". */
function placeOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== '');
  if (parts.length === 0) return '清单';
  const [head, a, b, c, d] = parts;
  const n = (x: string | undefined) => (x !== undefined && /^\d+$/.test(x) ? Number(x) + 1 : undefined);
  if (head === 'items' && n(a) !== undefined) {
    const item = `第${n(a)}项实事`;
    if (b === 'targets' && n(c) !== undefined) return `${item} 指标${n(a)}.${n(c)}${d ? `：${FIELD[d] ?? '内容'}` : ''}`;
    return b ? `${item}：${FIELD[b] ?? '内容'}` : item;
  }
  if (head === 'units' && n(a) !== undefined) return `第${n(a)}个单位${b ? `：${FIELD[b] ?? '内容'}` : ''}`;
  if (head === 'columns') return TOP.columns;
  return TOP[head] ?? '清单';
}

/** What is wrong, from the message: 未填写, 重复, 不是已知单位… */
function problemOf(message: string): string {
  let m: RegExpExecArray | null;
  if ((m = /unknown unit "(.*)"/.exec(message))) return `“${m[1]}”不在单位名单中`;
  if ((m = /duplicate item number (\d+)/.exec(message))) return `序号 ${m[1]} 重复`;
  if ((m = /duplicate target id "(.*)"/.exec(message))) return `指标编号 ${m[1]} 重复`;
  if ((m = /"(.*)" is not a unit of item (\d+)/.exec(message))) return `“${m[1]}”不是第${m[2]}项实事的责任单位`;
  if (/unit ids must be unique/.test(message)) return '有重复的单位';
  if (/keys must be/.test(message)) return '应为序号、实事名称、责任单位、本季度具体措施及任务进度情况、完成时限五列';
  if (/not valid JSON/.test(message)) return '不是有效的清单文件（JSON 格式有误）';
  if ((m = /exactly (\d+) items/.exec(message))) return `应有 ${m[1]} 项`;
  if (/expected object/.test(message)) return '应为对象';
  if (/received undefined/.test(message)) return '未填写';
  if (/Too small: expected (string|array)/.test(message)) return '未填写';
  if (/Too (small|big): expected number/.test(message)) return '超出允许的范围';
  if (/expected number/.test(message)) return '应为数字';
  if (/expected string/.test(message)) return '应为文字';
  if (/expected array/.test(message)) return '应为列表';
  if (/Invalid option|expected one of/i.test(message)) return '不是可选的值';
  if (/Invalid string|pattern|regex/i.test(message)) return '格式不对';
  return '填写有误';
}

/** One `parseTemplateSpec` line as a Chinese sentence (zh-CN), or the line itself (en-US). */
export function specProblemText(line: string, lang: Lang = 'zh-CN'): string {
  if (lang !== 'zh-CN') return line;
  const colon = line.indexOf(': ');
  const path = colon >= 0 ? line.slice(0, colon) : '';
  const message = colon >= 0 ? line.slice(colon + 2) : line;
  if (path === 'JSON') return problemOf(message);
  const problem = problemOf(message);
  // "序号 3 重复" names its field itself: the place stops at the item (or target).
  if (/重复$/.test(problem) && /\.(number|id)$/.test(path)) return `${placeOf(path.replace(/\.(number|id)$/, ''))}：${problem}`;
  const place = placeOf(path);
  // "第4项实事：责任单位未填写", "年度应为数字"; a colon only after a bare entry: "第2项实事：…".
  return place.startsWith('第') && !place.includes('：') && problem !== '未填写' && !problem.startsWith('“') ? `${place}：${problem}` : `${place}${problem}`;
}

/** Every line, mapped and with repeats removed (zod may report one place twice). */
export function specProblemLines(lines: readonly string[], lang: Lang = 'zh-CN'): string[] {
  return [...new Set(lines.map((l) => specProblemText(l, lang)))];
}
