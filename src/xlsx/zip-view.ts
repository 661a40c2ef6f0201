import type { ZipEntry } from './zip-directory';
import { inflateEntry } from './zip-inflate';

/**
 * The parts of a checked zip (zip-directory.ts) that the reader hands to SheetJS, inflated once each under a budget:
 * the declared sizes of the parts to inflate are summed first and held to `maxUnpacked` before a byte is inflated, and
 * each part then stops at its own declared size (zip-inflate.ts), so the whole costs at most the budget. Parts the
 * reader never needs (`skipped`: pictures, embedded objects, printer settings) are not inflated and not handed over;
 * they were still checked for place and overlap by the directory.
 */

/** Options of `unpackEntries`. */
export interface UnpackOptions {
  /** Largest total of the declared uncompressed sizes of the parts to inflate, in bytes. */
  maxUnpacked: number;
  /** Parts neither inflated nor handed over. */
  skipped?: (name: string) => boolean;
  /** Looks at each inflated part; a returned reason fails the unpack as 'bad-data' (a damaged XML part). */
  inspect?: (name: string, data: Uint8Array) => string | undefined;
  /** false: inflate with pako even in Node (tests of the browser's path). */
  native?: boolean;
}

/** One inflated part. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/**
 * Result: the parts in directory order and the bytes they declared (= inflated); or why not: 'too-large' (the declared
 * total passes `maxUnpacked`: nothing was inflated), 'over-size' (a part holds more than it declares: tampered),
 * 'bad-data' (damaged data, wrong CRC-32, or `inspect` refused a part). `detail` is English, for logs.
 */
export type Unpacked =
  | { ok: true; parts: ZipPart[]; unpacked: number }
  | { ok: false; reason: 'too-large' | 'over-size' | 'bad-data'; detail: string; declared: number };

/** Sum of the declared sizes of the entries `unpackEntries` would inflate. */
export function declaredUnpacked(entries: readonly ZipEntry[], skipped?: (name: string) => boolean): number {
  let total = 0;
  for (const e of entries) if (!skipped?.(e.name) && !e.name.endsWith('/')) total += e.size;
  return total;
}

/** Inflate the entries SheetJS needs, under the budget. Never throws. */
export function unpackEntries(bytes: Uint8Array, entries: readonly ZipEntry[], opts: UnpackOptions): Unpacked {
  const declared = declaredUnpacked(entries, opts.skipped);
  if (declared > opts.maxUnpacked) return { ok: false, reason: 'too-large', detail: `unpacks to ${declared} bytes, over ${opts.maxUnpacked}`, declared };
  const parts: ZipPart[] = [];
  for (const e of entries) {
    if (e.name.endsWith('/') || opts.skipped?.(e.name)) continue;
    const got = inflateEntry(bytes, e, { native: opts.native });
    if (!got.ok) return { ok: false, reason: got.reason, detail: got.detail, declared };
    const problem = opts.inspect?.(e.name, got.data);
    if (problem) return { ok: false, reason: 'bad-data', detail: problem, declared };
    parts.push({ name: e.name, data: got.data });
  }
  return { ok: true, parts, unpacked: declared };
}
