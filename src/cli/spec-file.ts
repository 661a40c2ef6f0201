import * as fs from 'node:fs';
import { LINZI_2026 } from '../core/spec/linzi-2026';
import { parseTemplateSpec, type TemplateSpec } from '../core/spec/schema';

/**
 * The spec named by a `--spec spec.json` option (validate, merge, parse-notice's round trip): no path -> the embedded
 * LINZI_2026; a path -> the file read as UTF-8 JSON and checked with `parseTemplateSpec`. Throws Error with a Chinese
 * message naming the file (it cannot be read, is not JSON, or lists the schema problems as `path: message` lines).
 */
export function loadSpecFile(file?: string): TemplateSpec {
  if (!file) return LINZI_2026;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`无法读取模板定义文件 ${file}：${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = parseTemplateSpec(data);
  if (!parsed.ok) throw new Error(`模板定义文件 ${file} 有误：\n  ${parsed.errors.join('\n  ')}`);
  return parsed.spec;
}
