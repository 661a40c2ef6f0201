import { inflateRaw } from 'pako';
import { centralEntries, dataStart } from './zip-entries';

/**
 * A structural check of a zip container (.xlsx, .ods) before SheetJS reads it. SheetJS's own inflater loops forever
 * on some damaged deflate streams (seen with 0.20.3: one flipped byte in an entry hangs `XLSX.read`), so every entry
 * is inflated here first with pako, which stops with an error, and checked against its declared size and CRC-32.
 * It also sums the declared uncompressed sizes so a zip bomb is refused before anything is inflated.
 * Zip format: PKWARE APPNOTE.TXT 4.3 (local header, central directory, end of central directory).
 */

/** Result of the check: 'ok' with the total unpacked size, or why the zip is unusable. */
export type ZipCheck =
  | { ok: true; unpacked: number; entries: number }
  | { ok: false; reason: 'no-directory' | 'bad-entry' | 'bad-data' | 'too-large' | 'encrypted'; detail: string };

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses) of `data`. */
export function crc32(data: Uint8Array): number {
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

/** Options of `checkZip`. */
export interface ZipCheckOptions {
  /** Parts not counted in `maxUnpacked` (pictures: see file-kind `isPicturePart`); they are still checked. */
  uncounted?: (name: string) => boolean;
  /** Looks at each inflated entry; a returned reason fails the check as 'bad-data' (a damaged XML part). */
  inspect?: (name: string, data: Uint8Array) => string | undefined;
}

/**
 * Check a zip: its central directory is readable, every entry's data lies inside the file, inflates without error
 * to its declared size and CRC-32, passes `opts.inspect`, and the declared sizes (of entries `opts.uncounted` does not
 * exempt) sum to at most `maxUnpacked` bytes. Never throws.
 */
export function checkZip(bytes: Uint8Array, maxUnpacked: number, opts: ZipCheckOptions = {}): ZipCheck {
  const entries = centralEntries(bytes);
  if (!entries) return { ok: false, reason: 'no-directory', detail: 'zip central directory not found (truncated?)' };
  let unpacked = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) return { ok: false, reason: 'too-large', detail: `${e.name}: zip64 entry` };
    if (!opts.uncounted?.(e.name)) unpacked += e.size;
  }
  if (unpacked > maxUnpacked) return { ok: false, reason: 'too-large', detail: `unpacks to ${unpacked} bytes` };
  for (const e of entries) {
    if (e.flags & 1) return { ok: false, reason: 'encrypted', detail: `${e.name}: zip entry encrypted` };
    const start = dataStart(bytes, e);
    if (start === undefined) return { ok: false, reason: 'bad-entry', detail: `${e.name}: local header missing` };
    if (start + e.compressed > bytes.length) return { ok: false, reason: 'bad-entry', detail: `${e.name}: data cut off` };
    const raw = bytes.subarray(start, start + e.compressed);
    let data: Uint8Array | undefined;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        data = e.size === 0 && e.compressed <= 2 ? new Uint8Array(0) : inflateRaw(raw);
      } catch (err) {
        return { ok: false, reason: 'bad-data', detail: `${e.name}: ${String(err)}` };
      }
    } else return { ok: false, reason: 'bad-entry', detail: `${e.name}: compression method ${e.method}` };
    if (!data || data.length !== e.size || crc32(data) !== e.crc) {
      return { ok: false, reason: 'bad-data', detail: `${e.name}: size or CRC-32 mismatch` };
    }
    const problem = opts.inspect?.(e.name, data);
    if (problem) return { ok: false, reason: 'bad-data', detail: problem };
  }
  return { ok: true, unpacked, entries: entries.length };
}
