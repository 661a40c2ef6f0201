import { Inflate } from 'pako';
import { localEntries, readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * The entries a clue reader may look at (clues.ts, for a file that could not be read as a workbook), and a bounded
 * look at one entry's data. Only the strict directory's entries (zip-directory.ts) count; a file without any end
 * record (cut short in transfer) is walked from its first local header, which is all such a file has. A file whose
 * directory is ambiguous (tampered) gives no entries at all: nothing the strict view did not check reaches an output.
 * Zip format: PKWARE APPNOTE.TXT 4.3. All offsets and sizes are in bytes.
 */

export type { ZipEntry } from './zip-directory';

/** The checked entries, the local headers of a file with no end record, or none (an ambiguous directory). */
export function clueEntries(bytes: Uint8Array): ZipEntry[] {
  const dir = readZipDirectory(bytes);
  if (dir.ok) return dir.entries;
  return dir.reason === 'no-end-record' ? localEntries(bytes) : [];
}

/**
 * As much of an entry's data as can be had, up to `maxOut` bytes: stored data as is, deflated data inflated until
 * the stream ends, breaks or passes `maxOut` (what came out before a break is kept). Undefined when nothing could be
 * had (data outside the file, another method, nothing inflated). Never throws.
 */
export function entryData(bytes: Uint8Array, e: ZipEntry, maxOut: number): Uint8Array | undefined {
  const start = e.dataStart;
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
