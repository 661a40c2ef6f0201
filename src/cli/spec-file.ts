import * as fs from 'node:fs';
import { LINZI_2026 } from '../core/spec/linzi-2026';
import { parseTemplateSpec, type TemplateSpec } from '../core/spec/schema';
import { CliInputError, errorText, fsReasonText } from './errors';

/** Chinese names of the TemplateSpec fields (src/core/spec/schema.ts), for the problem list of a bad spec file. */
const FIELD_TEXT: Record<string, string> = {
  id: '标识',
  version: '版本',
  year: '年度',
  listTitle: '清单标题',
  tableTitle: '表格标题',
  issuer: '发文单位',
  documentNumber: '文号',
  issuedOn: '发文日期',
  coordinator: '统筹单位',
  columns: '表格列',
  units: '责任单位',
  items: '实事',
  pace: '各季度进度',
  number: '序号',
  name: '名称',
  description: '说明',
  leadUnits: '牵头单位',
  targets: '指标',
  text: '指标原文',
  metric: '指标名称',
  value: '目标值',
  measure: '计量单位',
  fullName: '全称',
  aliases: '别称',
  key: '字段',
  header: '表头',
  width: '列宽',
  kind: '类型',
  comparator: '比较方式',
};

/** Counting words for a list entry: 第3项实事, 第2个指标, 第1列. */
const ENTRY_TEXT: Record<string, (n: number) => string> = {
  items: (n) => `第${n}项实事`,
  columns: (n) => `第${n}列`,
  pace: (n) => `第${n}季度进度`,
};

/** The problem of one issue message (zod's English, or parseTemplateSpec's own) in Chinese. */
function problemText(message: string): string {
  const m = message.toLowerCase();
  if (/received undefined|required/.test(m)) return '缺失';
  if (/too small.*(>=\s*1 (items|characters))|too_small/.test(m)) return '为空';
  const exactly = /exactly (\d+) items/.exec(m);
  if (exactly) return `应有 ${exactly[1]} 项`;
  if (/too small|too big|exactly/.test(m)) return `数量或大小不符（${message}）`;
  if (/expected number|expected int/.test(m)) return '应为数字';
  if (/expected string/.test(m)) return '应为文字';
  if (/expected array/.test(m)) return '应为列表';
  if (/expected object/.test(m)) return '应为对象';
  if (/invalid option|expected one of/.test(m)) return `不是允许的值（${message}）`;
  if (/duplicate|must be unique/.test(m)) return `重复（${message}）`;
  const unknownUnit = /unknown unit "(.*)"/.exec(message);
  if (unknownUnit) return `中的“${unknownUnit[1]}”不在责任单位名单中`;
  const notUnitOfItem = /"(.*)" is not a unit of item (\d+)/.exec(message);
  if (notUnitOfItem) return `中的“${notUnitOfItem[1]}”不是第${notUnitOfItem[2]}项实事的责任单位`;
  if (/invalid string|regex|pattern/.test(m)) return '格式不对（日期应写成 yyyy-mm-dd）';
  if (/keys must be/.test(m)) return `应依次为 number、name、unit、progressText、deadline 五列`;
  return `有误（${message}）`;
}

/**
 * One problem line of `parseTemplateSpec` ("items.2.units: Too small…") in Chinese: "第3项实事：责任单位为空",
 * "第3项实事第1个指标：目标值应为数字", "年度应为数字". Unknown paths keep their dotted form.
 */
export function specProblemText(line: string): string {
  const at = line.indexOf(': ');
  const rawPath = at >= 0 ? line.slice(0, at) : '';
  const message = at >= 0 ? line.slice(at + 2) : line;
  const segments = rawPath ? rawPath.split('.') : [];
  const labels: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const next = segments[i + 1];
    const name = FIELD_TEXT[key] ?? key;
    if (next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1;
      labels.push(ENTRY_TEXT[key]?.(n) ?? `第${n}个${name}`);
      i++;
    } else labels.push(name);
  }
  const problem = problemText(message);
  if (labels.length === 0) return `清单${problem}`;
  const field = labels.pop() as string;
  return labels.length ? `${labels.join('')}：${field}${problem}` : `${field}${problem}`;
}

/**
 * The spec named by a `--spec spec.json` option (template, validate, merge): no path -> the embedded LINZI_2026; a
 * path -> the file read as UTF-8 JSON (a BOM is allowed) and checked with `parseTemplateSpec`. Throws CliInputError
 * with a Chinese message naming the file: it cannot be read ("无法读取清单文件 …：文件夹不存在…"), is not JSON
 * ("清单文件不是有效的 JSON：…"), or has problems (one Chinese line each, from specProblemText).
 */
export function loadSpecFile(file?: string): TemplateSpec {
  if (!file) return LINZI_2026;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new CliInputError(`无法读取清单文件 ${file}：${code === 'ENOENT' ? '文件不存在' : fsReasonText(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliInputError(`清单文件不是有效的 JSON：${file}（${errorText(err)}）。请用 parse-notice 生成清单文件`);
  }
  const parsed = parseTemplateSpec(data);
  if (!parsed.ok) throw new CliInputError(`清单文件 ${file} 有误：\n  ${parsed.errors.map(specProblemText).join('\n  ')}`);
  return parsed.spec;
}
