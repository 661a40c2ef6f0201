/**
 * Minimal types of pako 1.x (zlib port, installed with ExcelJS's jszip), for the parts the zip check and the clue
 * reader use. `inflateRaw` throws a message string on bad data and returns undefined when the stream ends early.
 * `Inflate` streams: `push(chunk, last)` feeds input, `onData` receives output chunks, `err` is non-zero after bad
 * data, `ended` is true once the stream's end was read.
 */
declare module 'pako' {
  export function inflateRaw(data: Uint8Array): Uint8Array | undefined;
  export class Inflate {
    constructor(options?: { raw?: boolean });
    push(data: Uint8Array, last: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    err: number;
    ended: boolean;
  }
}
