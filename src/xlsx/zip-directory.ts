import { utf8 } from './utf8';

/**
 * The one strict view of a zip container (.xlsx, .ods, .docx, a zip archive): its central directory parsed once, and
 * only when it is unambiguous. Everything the reader does with a zip (telling its kind, the clues, the entries handed
 * to SheetJS) goes through this view, so no part of the file the view did not check can reach any output.
 *
 * Rules, from PKWARE APPNOTE.TXT 6.3:
 * - 4.3.6 / 4.3.16: exactly one end of central directory record, at the end of the file: the record (22 bytes) and its
 *   comment end where the file ends. A second candidate that also reaches the end (a fake record hidden in the
 *   comment), or a zip signature inside the comment, makes the file ambiguous.
 * - 4.4.19–4.4.24: one disk only; the entries on this disk are all the entries; the central directory ends where the
 *   end record starts (no zip64 records between: 4.3.14, 4.3.15 are refused, an .xlsx under 20 MB never needs them).
 * - 4.3.12: the central directory holds exactly the declared number of headers and fills exactly its declared size.
 * - 4.3.7 / 4.3.9: each entry's local header lies before the central directory, names the same entry (same name bytes,
 *   flags, method, and — unless flag bit 3 puts them in a data descriptor after the data — the same CRC-32 and sizes);
 *   the data (and its descriptor) lie before the central directory; no two entries' spans overlap, and together they
 *   fill the file from byte 0 to the central directory with no byte unaccounted for (an appended or prepended second
 *   zip, or data hidden between entries, is refused).
 * - 4.4.4: flag bit 0 (encrypted) and bit 6 (strong encryption) are refused as encrypted; 4.4.5: methods other than
 *   0 (stored) and 8 (deflate) are refused.
 * - Two entries with the same name (compared without case: OPC part names are case-insensitive, ECMA-376 Part 2,
 *   6.2.2.3) are ambiguous.
 * All offsets and sizes are in bytes.
 */

/** One checked entry. */
export interface ZipEntry {
  name: string;
  flags: number;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  crc: number;
  /** Compressed size as declared (central directory). */
  compressed: number;
  /** Uncompressed size as declared (central directory). */
  size: number;
  /** Offset of the local header. */
  offset: number;
  /** Offset of the entry's data (after the local header, its name and extra field). */
  dataStart: number;
}

/** Why a zip is refused: see `ZipRefusal`. */
export type ZipRefusalReason = 'no-end-record' | 'ambiguous' | 'too-many-entries' | 'encrypted' | 'unsupported';

/**
 * A refused zip. 'no-end-record': no end record at all (a file cut short in transfer; `localEntries` can still walk
 * its first entries for clues); 'ambiguous': the structure breaks a rule above (tampered or damaged); 'too-many-entries':
 * more entries than allowed (`count` is the declared number); 'encrypted'; 'unsupported': a compression method other
 * than stored or deflate. `detail` is English, for logs.
 */
export interface ZipRefusal {
  ok: false;
  reason: ZipRefusalReason;
  detail: string;
  count?: number;
}

/** The checked directory: entries in central directory order. */
export interface ZipDirectory {
  ok: true;
  entries: ZipEntry[];
  /** Offset of the central directory (every entry's data ends before it). */
  directoryOffset: number;
}

/** Default largest number of entries (an .xlsx has tens, a workbook with many pictures a few thousand). */
export const MAX_ZIP_ENTRIES = 10_000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const END_SIZE = 22;

function refuse(reason: ZipRefusalReason, detail: string, count?: number): ZipRefusal {
  return count === undefined ? { ok: false, reason, detail } : { ok: false, reason, detail, count };
}

/** Names are UTF-8 when flag bit 11 is set (APPNOTE 4.4.4, appendix D), else read as Latin-1 (the names we look for are ASCII). */
export function entryName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return utf8(raw);
  let s = '';
  for (const b of raw) s += String.fromCharCode(b);
  return s;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** Does a zip record signature (PK followed by 1 2, 3 4, 5 6, 6 6, 6 7 or 7 8) start anywhere in bytes[from, to)? */
function hasSignature(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i + 4 <= to; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] <= 8 && bytes[i + 3] <= 8 && bytes[i + 2] > 0) return true;
  }
  return false;
}

/**
 * The end record's offset: the one PK\5\6 in the last 22 + 65,535 bytes whose comment ends exactly at the end of the
 * file. Undefined with 'no-end-record' when there is none, 'ambiguous' when there are several or the comment holds a
 * zip signature.
 */
function endRecord(bytes: Uint8Array, view: DataView): number | ZipRefusal {
  const found: number[] = [];
  let any = false;
  for (let i = bytes.length - END_SIZE; i >= Math.max(0, bytes.length - END_SIZE - 0xffff); i--) {
    if (view.getUint32(i, true) !== SIG_END) continue;
    any = true;
    if (i + END_SIZE + view.getUint16(i + 20, true) === bytes.length) found.push(i);
  }
  if (!found.length) {
    return any ? refuse('ambiguous', 'end of central directory record does not end the file') : refuse('no-end-record', 'no end of central directory record (truncated?)');
  }
  if (found.length > 1) return refuse('ambiguous', `${found.length} end of central directory records`);
  const at = found[0];
  if (hasSignature(bytes, at + END_SIZE, bytes.length)) return refuse('ambiguous', 'zip signature inside the archive comment');
  return at;
}

/**
 * The strict directory of `bytes`, or why it is refused. At most `maxEntries` entries (default MAX_ZIP_ENTRIES): a
 * larger count is refused from the end record alone, before any header is read, so 100,000 entries cost nothing.
 * Never throws.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number = MAX_ZIP_ENTRIES): ZipDirectory | ZipRefusal {
  if (bytes.length < END_SIZE) return refuse('no-end-record', 'shorter than an end record');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(bytes, view);
  if (typeof end !== 'number') return end;
  const disk = view.getUint16(end + 4, true);
  const cdDisk = view.getUint16(end + 6, true);
  const onDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  const zip64 = end >= 20 && view.getUint32(end - 20, true) === SIG_ZIP64_LOCATOR;
  if (zip64 || count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // The count a zip64 end record declares, for the message when it is the count that needed zip64.
    const total = zip64 ? zip64Count(bytes, view, end) : undefined;
    if (total !== undefined && total > maxEntries) return refuse('too-many-entries', `${total} entries`, total);
    return refuse('ambiguous', 'zip64 records');
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) return refuse('ambiguous', 'multi-disk archive');
  if (count > maxEntries) return refuse('too-many-entries', `${count} entries`, count);
  if (cdOffset + cdSize !== end) return refuse('ambiguous', 'central directory does not end at the end record');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > end || view.getUint32(p, true) !== SIG_CENTRAL) return refuse('ambiguous', `central directory header ${k + 1} missing`);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLength = view.getUint16(p + 28, true);
    const headerEnd = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (headerEnd > end) return refuse('ambiguous', `central directory header ${k + 1} runs past the directory`);
    const name = entryName(bytes.subarray(p + 46, p + 46 + nameLength), flags);
    const e = {
      name,
      flags,
      method,
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    if (view.getUint16(p + 34, true) !== 0) return refuse('ambiguous', `${name}: on another disk`);
    if (flags & 0x41) return refuse('encrypted', `${name}: encrypted entry`);
    if (method !== 0 && method !== 8) return refuse('unsupported', `${name}: compression method ${method}`);
    const key = name.toLowerCase();
    if (names.has(key)) return refuse('ambiguous', `${name}: two entries with this name`);
    names.add(key);
    const start = localDataStart(bytes, view, e, p + 46, nameLength, cdOffset);
    if (typeof start === 'string') return refuse('ambiguous', `${name}: ${start}`);
    entries.push({ ...e, dataStart: start });
    p = headerEnd;
  }
  if (p !== end) return refuse('ambiguous', 'central directory holds more than its declared headers');
  const overlap = firstOverlap(view, entries, cdOffset);
  if (overlap) return refuse('ambiguous', overlap);
  return { ok: true, entries, directoryOffset: cdOffset };
}

/** The total entries a zip64 end record (found through its locator, APPNOTE 4.3.15) declares, or undefined. */
function zip64Count(bytes: Uint8Array, view: DataView, end: number): number | undefined {
  const at = Number(view.getBigUint64(end - 20 + 8, true));
  if (!Number.isSafeInteger(at) || at + 56 > bytes.length || view.getUint32(at, true) !== 0x06064b50) return undefined;
  const total = Number(view.getBigUint64(at + 32, true));
  return Number.isSafeInteger(total) ? total : undefined;
}

/** Where the entry's data starts, after a local header that agrees with the central one; else why not. */
function localDataStart(
  bytes: Uint8Array,
  view: DataView,
  e: Omit<ZipEntry, 'dataStart'>,
  centralName: number,
  nameLength: number,
  cdOffset: number,
): number | string {
  const o = e.offset;
  if (o + 30 > cdOffset || view.getUint32(o, true) !== SIG_LOCAL) return 'local header missing';
  if (view.getUint16(o + 6, true) !== e.flags || view.getUint16(o + 8, true) !== e.method) return 'local header flags or method differ';
  if (view.getUint16(o + 26, true) !== nameLength || o + 30 + nameLength > cdOffset || !sameBytes(bytes, o + 30, centralName, nameLength)) {
    return 'local header names another entry';
  }
  const crc = view.getUint32(o + 14, true);
  const compressed = view.getUint32(o + 18, true);
  const size = view.getUint32(o + 22, true);
  const described = (e.flags & 0x8) !== 0;
  const agrees = crc === e.crc && compressed === e.compressed && size === e.size;
  if (!agrees && !(described && crc === 0 && compressed === 0 && size === 0)) return 'local header sizes or CRC-32 differ';
  const start = o + 30 + nameLength + view.getUint16(o + 28, true);
  if (start + e.compressed > cdOffset) return 'data runs past the central directory';
  return start;
}

/** End of an entry's span: its data, plus the data descriptor (APPNOTE 4.3.9) when flag bit 3 is set. */
function spanEnd(view: DataView, e: ZipEntry, limit: number): number | undefined {
  const dataEnd = e.dataStart + e.compressed;
  if (!(e.flags & 0x8)) return dataEnd;
  let p = dataEnd;
  if (p + 4 <= limit && view.getUint32(p, true) === SIG_DESCRIPTOR) p += 4;
  if (p + 12 > limit) return undefined;
  if (view.getUint32(p, true) !== e.crc || view.getUint32(p + 4, true) !== e.compressed || view.getUint32(p + 8, true) !== e.size) return undefined;
  return p + 12;
}

/** The first overlap of two entries' spans (local header to end of data), or a data descriptor that disagrees. */
function firstOverlap(view: DataView, entries: readonly ZipEntry[], cdOffset: number): string | undefined {
  const spans: { from: number; to: number; name: string }[] = [];
  for (const e of entries) {
    const to = spanEnd(view, e, cdOffset);
    if (to === undefined) return `${e.name}: data descriptor missing or differs`;
    spans.push({ from: e.offset, to, name: e.name });
  }
  spans.sort((a, b) => a.from - b.from);
  // The entries tile the file from its first byte to the central directory (APPNOTE 4.3.6: local headers and data,
  // one after another, then the directory): bytes no entry accounts for (a second zip appended or prepended, data
  // hidden between entries) make the file ambiguous, since another reader could take them for the workbook.
  if (spans.length && spans[0].from !== 0) return `${spans[0].from} bytes before the first entry ${spans[0].name}`;
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) return `${spans[i].name} overlaps ${spans[i - 1].name}`;
    if (spans[i].from > spans[i - 1].to) return `${spans[i].from - spans[i - 1].to} bytes between ${spans[i - 1].name} and ${spans[i].name}`;
  }
  if (spans.length && spans[spans.length - 1].to !== cdOffset) return `${cdOffset - spans[spans.length - 1].to} bytes between the last entry and the central directory`;
  return undefined;
}

/**
 * The entries found by walking local headers from offset 0, for the clues of a file with no end record at all (cut
 * short in transfer: its first entries are whole). Stops at the first header that is not one, at an entry whose sizes
 * live in a data descriptor, and after `maxEntries`. `dataStart` as read from each header. Never throws.
 */
export function localEntries(bytes: Uint8Array, maxEntries: number = MAX_ZIP_ENTRIES): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ZipEntry[] = [];
  let p = 0;
  while (p + 30 <= bytes.length && out.length < maxEntries && view.getUint32(p, true) === SIG_LOCAL) {
    const flags = view.getUint16(p + 6, true);
    const nameLength = view.getUint16(p + 26, true);
    const dataStart = p + 30 + nameLength + view.getUint16(p + 28, true);
    const entry: ZipEntry = {
      name: entryName(bytes.subarray(p + 30, Math.min(bytes.length, p + 30 + nameLength)), flags),
      flags,
      method: view.getUint16(p + 8, true),
      crc: view.getUint32(p + 14, true),
      compressed: view.getUint32(p + 18, true),
      size: view.getUint32(p + 22, true),
      offset: p,
      dataStart,
    };
    out.push(entry);
    if (flags & 0x8) break;
    p = dataStart + entry.compressed;
  }
  return out;
}
