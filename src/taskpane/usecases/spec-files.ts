import type { TemplateSpec } from '../../core/spec/schema';
import { fileBytes, saveBytes } from './download';
import { safeFileName } from './merge-files';
import { parseSpecJson } from './spec-store';

/**
 * Files of the 清单 page, all read and written in the browser (nothing leaves the machine): a notice as .txt or
 * .docx, a spec as .json (导出清单 / 导入清单).
 */

/** File types the notice picker accepts. */
export const NOTICE_ACCEPT = '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** File types the spec picker accepts. */
export const SPEC_ACCEPT = '.json,application/json';

/** Thrown by `readNoticeFile` for a file that gives no text; `code` picks the page's sentence. */
export class NoticeFileError extends Error {
  constructor(readonly code: 'notice-not-docx' | 'notice-empty') {
    super(code);
  }
}

/**
 * Text of a notice saved as plain text: UTF-16 with a BOM, UTF-8 (with or without BOM), else GBK (what older
 * Chinese Windows tools save; the WHATWG `gbk` decoder is GB18030's superset in every browser).
 */
export function decodeNoticeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The mammoth browser build's one call the page uses. */
type Mammoth = { extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> };

/**
 * A notice file's text: a .docx through mammoth's browser build (`extractRawText`, loaded by dynamic `import()` only
 * now, its own chunk), anything else decoded by `decodeNoticeText`. Rejects with NoticeFileError `notice-not-docx`
 * for a .docx mammoth cannot read, `notice-empty` when no text comes out.
 */
export async function readNoticeFile(file: File): Promise<string> {
  const bytes = await fileBytes(file);
  let text: string;
  if (/\.docx$/i.test(file.name)) {
    try {
      const mod = (await import(/* webpackChunkName: "mammoth" */ 'mammoth/mammoth.browser.min.js')) as Mammoth & { default?: Mammoth };
      const mammoth = mod.default ?? mod;
      const copy = bytes.slice().buffer;
      text = (await mammoth.extractRawText({ arrayBuffer: copy })).value;
    } catch {
      throw new NoticeFileError('notice-not-docx');
    }
  } else text = decodeNoticeText(bytes);
  if (text.trim() === '') throw new NoticeFileError('notice-empty');
  return text;
}

/** 导出清单: download `spec` as pretty-printed JSON named after its list title. */
export function downloadSpec(spec: TemplateSpec): { fileName: string } {
  const fileName = safeFileName(spec.listTitle, '.json');
  saveBytes(new TextEncoder().encode(`${JSON.stringify(spec, null, 2)}\n`), fileName, 'application/json');
  return { fileName };
}

/** 导入清单: a spec from a chosen .json file, or its problems (`parseSpecJson`). */
export async function readSpecFile(file: File): Promise<ReturnType<typeof parseSpecJson>> {
  return parseSpecJson(decodeNoticeText(await fileBytes(file)));
}
