import { Inflate } from 'pako';

/**
 * The entries of a zip container (.xlsx, .docx, .ods, a zip archive), read without trusting it: from the central
 * directory when it is there, else by walking the local headers from the start (a file cut short in transfer has
 * lost its central directory at the end, but its first entries are whole). Zip format: PKWARE APPNOTE.TXT 4.3.
 * All offsets and sizes are in bytes.
 */

/** One zip entry: its name, flags, compression method (0 stored, 8 deflate), CRC-32, sizes and local header offset. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  /** Compressed size as declared. */
  compressed: number;
  /** Uncompressed size as declared. */
  size: number;
  /** Offset of the local header. */
  offset: number;
}

/**
 * UTF-8 bytes to text, malformed sequences as U+FFFD. TextDecoder where the host has it (browsers, Node); a plain
 * decoder elsewhere (jsdom, where the pane's tests run, lacks TextDecoder).
 */
export function utf8(bytes: Uint8Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    let cp = n === 0 ? b : n === 1 ? b & 0x1f : n === 2 ? b & 0x0f : b & 0x07;
    let ok = n >= 0 && i + n < bytes.length + (n === 0 ? 1 : 0);
    for (let k = 1; ok && k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    out += ok && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    i += ok ? n + 1 : 1;
  }
  return out;
}

/** Names are UTF-8 when flag bit 11 is set (every modern writer), else treated as Latin-1 (the sniffing needs ASCII only). */
function nameOf(bytes: Uint8Array, start: number, length: number, flags: number): string {
  const raw = bytes.subarray(start, Math.min(bytes.length, start + length));
  if (flags & 0x800) return utf8(raw);
  let s = '';
  for (const b of raw) s += String.fromCharCode(b);
  return s;
}

/** The entries listed in the central directory, or undefined when it is missing or damaged. */
export function centralEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const flags = view.getUint16(p + 8, true);
    entries.push({
      name: nameOf(bytes, p + 46, nameLength, flags),
      flags,
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * The entries found by walking local headers from offset 0 (for a zip without a usable central directory). An entry
 * whose sizes live in a data descriptor (flag bit 3) ends the walk, as does the first damaged header.
 */
export function localEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ZipEntry[] = [];
  let p = 0;
  while (p + 30 <= bytes.length && view.getUint32(p, true) === 0x04034b50) {
    const flags = view.getUint16(p + 6, true);
    const nameLength = view.getUint16(p + 26, true);
    const extra = view.getUint16(p + 28, true);
    const entry: ZipEntry = {
      name: nameOf(bytes, p + 30, nameLength, flags),
      flags,
      method: view.getUint16(p + 8, true),
      crc: view.getUint32(p + 14, true),
      compressed: view.getUint32(p + 18, true),
      size: view.getUint32(p + 22, true),
      offset: p,
    };
    out.push(entry);
    if (flags & 0x8) break;
    p += 30 + nameLength + extra + entry.compressed;
  }
  return out;
}

/** Central directory entries, else local headers walked (possibly none). */
export function zipEntries(bytes: Uint8Array): { entries: ZipEntry[]; directory: boolean } {
  const central = centralEntries(bytes);
  return central ? { entries: central, directory: true } : { entries: localEntries(bytes), directory: false };
}

/**
 * Where an entry's data begins: after its local header (signature PK\3\4, 30 bytes, then the name and extra field
 * whose lengths that header gives). Undefined when the local header is outside the file or is not one.
 */
export function dataStart(bytes: Uint8Array, e: ZipEntry): number | undefined {
  if (e.offset + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(e.offset, true) !== 0x04034b50) return undefined;
  return e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
}

/**
 * As much of an entry's data as can be had, up to `maxOut` bytes: stored data as is, deflated data inflated until
 * the stream ends, breaks or passes `maxOut` (what came out before a break is kept). Undefined when nothing could be
 * had (header outside the file, another method, nothing inflated). Never throws.
 */
export function entryData(bytes: Uint8Array, e: ZipEntry, maxOut: number): Uint8Array | undefined {
  const start = dataStart(bytes, e);
  if (start === undefined) return undefined;
  const end = Math.min(bytes.length, e.flags & 0x8 && e.compressed === 0 ? bytes.length : start + e.compressed);
  if (start >= end) return undefined;
  const raw = bytes.subarray(start, end);
  if (e.method === 0) return raw.subarray(0, maxOut);
  if (e.method !== 8) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const inflator = new Inflate({ raw: true });
    inflator.onData = (chunk: Uint8Array) => {
      chunks.push(chunk);
      total += chunk.length;
    };
    for (let i = 0; i < raw.length && total < maxOut && !inflator.ended; i += 16384) {
      inflator.push(raw.subarray(i, Math.min(raw.length, i + 16384)), false);
      if (inflator.err) break;
    }
  } catch {
    // keep what came out
  }
  if (!total) return undefined;
  const out = new Uint8Array(Math.min(total, maxOut));
  let at = 0;
  for (const c of chunks) {
    if (at >= out.length) break;
    out.set(c.subarray(0, out.length - at), at);
    at += c.length;
  }
  return out;
}
