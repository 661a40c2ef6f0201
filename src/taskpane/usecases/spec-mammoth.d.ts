/** mammoth's prebuilt browser bundle (UMD, no Node built-ins); only `extractRawText` is used. */
declare module 'mammoth/mammoth.browser.min.js' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}
