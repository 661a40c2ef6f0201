import { htmlToNoticeText, pdfDocumentText, type PdfDocumentLike } from '../core/spec/notice/document-text';
import { parseTemplateSpecJson, type SpecDraft } from '../core/spec/schema';
import { fileBytes, safeFileName, saveBytes } from './download';

/**
 * Files of the 清单 page, all read and written in the browser (nothing leaves the machine): a notice as .txt, .docx
 * or .pdf, a spec as .json (导出清单 / 导入清单).
 */

/** File types the notice picker accepts. */
export const NOTICE_ACCEPT = '.txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf';
/** File types the spec picker accepts. */
export const SPEC_ACCEPT = '.json,application/json';

/** Thrown by `readNoticeFile` for a file that gives no text; `code` picks the page's sentence. */
export class NoticeFileError extends Error {
  constructor(readonly code: 'notice-not-docx' | 'notice-not-pdf' | 'notice-scanned' | 'notice-empty') {
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
type Mammoth = { convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> };

/** The pdf.js calls the page uses (legacy build: also older browsers). */
type PdfJs = {
  GlobalWorkerOptions: { workerSrc: string };
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; disableFontFace: boolean; verbosity: number }): {
    promise: Promise<PdfDocumentLike & { destroy(): Promise<void> }>;
  };
};

/**
 * The text layer of a PDF through pdf.js (its own chunk, loaded only now; the worker runs in the page: pdf.js's
 * worker module is imported and handed over as `globalThis.pdfjsWorker`, so no worker file is fetched), lines by
 * position (`pdfPagesToNoticeText`). '' when the PDF has no text (a scan).
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const worker: unknown = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const pdfjs = (await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs')) as unknown as PdfJs;
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    return await pdfDocumentText(doc);
  } finally {
    await doc.destroy();
  }
}

/**
 * A notice file's text: a .docx through mammoth's browser build (`convertToHtml`, read by `htmlToNoticeText` so its
 * tables stay tables; loaded by dynamic `import()` only now, its own chunk), a .pdf through pdf.js (`pdfText`),
 * anything else decoded by `decodeNoticeText`. Rejects with NoticeFileError `notice-not-docx` / `notice-not-pdf` for
 * a file the library cannot read, `notice-scanned` for a PDF without a text layer, `notice-empty` when no text comes out.
 */
export async function readNoticeFile(file: File): Promise<string> {
  const bytes = await fileBytes(file);
  let text: string;
  if (/\.docx$/i.test(file.name)) {
    try {
      const mod = (await import(/* webpackChunkName: "mammoth" */ 'mammoth/mammoth.browser.min.js')) as Mammoth & { default?: Mammoth };
      const mammoth = mod.default ?? mod;
      const copy = bytes.slice().buffer;
      text = htmlToNoticeText((await mammoth.convertToHtml({ arrayBuffer: copy })).value);
    } catch {
      throw new NoticeFileError('notice-not-docx');
    }
  } else if (/\.pdf$/i.test(file.name)) {
    try {
      text = await pdfText(bytes);
    } catch {
      throw new NoticeFileError('notice-not-pdf');
    }
    if (text.trim() === '') throw new NoticeFileError('notice-scanned');
  } else text = decodeNoticeText(bytes);
  if (text.trim() === '') throw new NoticeFileError('notice-empty');
  return text;
}

/** 导出清单: download `spec` as pretty-printed JSON named after its list title. */
export function downloadSpec(spec: SpecDraft): { fileName: string } {
  const fileName = safeFileName(spec.listTitle, '.json');
  saveBytes(new TextEncoder().encode(`${JSON.stringify(spec, null, 2)}\n`), fileName, 'application/json');
  return { fileName };
}

/** 导入清单: a spec from a chosen .json file, or its problems (`parseTemplateSpecJson`). */
export async function readSpecFile(file: File): Promise<ReturnType<typeof parseTemplateSpecJson>> {
  return parseTemplateSpecJson(decodeNoticeText(await fileBytes(file)));
}
