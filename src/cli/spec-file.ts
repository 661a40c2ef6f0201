import * as fs from 'node:fs';
import { LINZI_2026 } from '../core/spec/linzi-2026';
import { specProblemLines } from '../core/spec/problems';
import type { TemplateSpec } from '../core/spec/schema';
import { CliInputError, errorText, fsReasonText } from './errors';

/**
 * The spec named by a `--spec spec.json` option (template, validate, merge): no path -> the embedded LINZI_2026; a
 * path -> the file read as UTF-8 JSON (a BOM is allowed) and checked with `parseTemplateSpec`. Throws CliInputError
 * with a Chinese message naming the file: it cannot be read ("无法读取清单文件 …：文件夹不存在…"), is not JSON
 * ("清单文件不是有效的 JSON：…"), or has problems (one Chinese line each, from core/spec/problems): the promise rejects.
 * The schema (zod) loads only when a file is given, so a run on the embedded list never pays for it.
 */
export async function loadSpecFile(file?: string): Promise<TemplateSpec> {
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
  const { parseTemplateSpec } = await import('../core/spec/schema');
  const parsed = parseTemplateSpec(data);
  if (!parsed.ok) throw new CliInputError(`清单文件 ${file} 有误：\n  ${specProblemLines(parsed.errors).join('\n  ')}`);
  return parsed.spec;
}
