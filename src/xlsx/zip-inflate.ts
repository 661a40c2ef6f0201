import { Inflate } from 'pako';
import type { ZipEntry } from './zip-directory';

/**
 * One zip entry's data, inflated under a bound: the inflater stops the moment the output passes the entry's declared
 * uncompressed size, so an entry whose headers lie costs no more memory than it declared (and the declared sizes are
 * held to the budget before anything is inflated: zip-view.ts). Then the length and CRC-32 must match the directory
 * (PKWARE APPNOTE.TXT 4.4.7–4.4.9).
 *
 * In Node the work is native zlib's (`zlib.inflateRawSync` with `maxOutputLength`, `zlib.crc32`, Node 20.15+), found
 * through `process.getBuiltinModule` so this module stays loadable in a browser; in a browser (the pane's read worker)
 * pako streams the data in 64 KB pieces and the bound is checked on every output chunk (pako's output chunks are 16 KB).
 */

/** Result of `inflateEntry`. 'over-size': more data than declared (a lying header); 'bad-data': damaged or short. */
export type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: 'over-size' | 'bad-data'; detail: string };

interface NativeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

/** Node's zlib, when this runs in Node (undefined in a browser or worker). */
const nativeZlib: NativeZlib | undefined = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:zlib') as NativeZlib | undefined) : undefined;
  } catch {
    return undefined;
  }
})();

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses: APPNOTE 4.4.7) of `data`; native zlib's where there is one. */
export function crc32(data: Uint8Array): number {
  if (nativeZlib?.crc32) return nativeZlib.crc32(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Thrown from pako's onData to stop inflating. */
const OVER = new Error('over the declared size');

/** Raw deflate data inflated to at most `limit` bytes, with pako. */
function inflateWithPako(raw: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflator = new Inflate({ raw: true });
  inflator.onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) throw OVER;
    chunks.push(chunk);
  };
  try {
    for (let i = 0; i < raw.length && !inflator.ended; i += 65536) {
      inflator.push(raw.subarray(i, Math.min(raw.length, i + 65536)), false);
      if (inflator.err) return { ok: false, reason: 'bad-data', detail: `inflate error ${inflator.err}` };
    }
  } catch (err) {
    if (err === OVER) return { ok: false, reason: 'over-size', detail: `inflates to more than ${limit} bytes` };
    return { ok: false, reason: 'bad-data', detail: String(err) };
  }
  if (!inflator.ended) return { ok: false, reason: 'bad-data', detail: 'deflate stream cut short' };
  if (chunks.length === 1) return { ok: true, data: chunks[0] };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, data: out };
}

/** Raw deflate data inflated to at most `limit` bytes, with native zlib. */
function inflateNative(zlib: NativeZlib, raw: Uint8Array, limit: number): Inflated {
  try {
    const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, limit) });
    return { ok: true, data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'over-size', detail: `inflates to more than ${limit} bytes` };
    return { ok: false, reason: 'bad-data', detail: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The data of a checked entry (zip-directory.ts) of `bytes`: stored data as it is, deflated data inflated, never more
 * than the entry's declared size. Fails with 'over-size' when the data holds more than declared, 'bad-data' when it is
 * damaged, shorter than declared or its CRC-32 differs. Never throws. `opts.native` false forces pako (for tests).
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, opts: { native?: boolean } = {}): Inflated {
  const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressed);
  let result: Inflated;
  if (e.method === 0) {
    result = e.compressed === e.size ? { ok: true, data: raw } : { ok: false, reason: 'bad-data', detail: 'stored sizes differ' };
  } else if (e.size === 0 && e.compressed <= 2) {
    result = { ok: true, data: new Uint8Array(0) };
  } else {
    const zlib = opts.native === false ? undefined : nativeZlib;
    result = zlib ? inflateNative(zlib, raw, e.size) : inflateWithPako(raw, e.size);
  }
  if (!result.ok) return { ...result, detail: `${e.name}: ${result.detail}` };
  if (result.data.length !== e.size) return { ok: false, reason: 'bad-data', detail: `${e.name}: ${result.data.length} bytes, ${e.size} declared` };
  if (crc32(result.data) !== e.crc) return { ok: false, reason: 'bad-data', detail: `${e.name}: CRC-32 differs` };
  return result;
}
