/** mammoth's prebuilt browser bundle (UMD, no Node built-ins); `convertToHtml` reads a .docx with its tables. */
declare module 'mammoth/mammoth.browser.min.js' {
  export function convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}

/** pdf.js's worker module (legacy build), run in the page through `globalThis.pdfjsWorker`; no types shipped. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs';
