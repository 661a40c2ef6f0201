/**
 * Minimal types of pako 1.x (zlib port, installed with ExcelJS's jszip), for the parts the zip check uses.
 * `inflateRaw` throws a message string on bad data and returns undefined when the stream ends early.
 */
declare module 'pako' {
  export function inflateRaw(data: Uint8Array): Uint8Array | undefined;
}
