/**
 * The strict zip view (src/xlsx/zip-directory.ts), one rule per test, each on a small zip built for it: a zip the
 * view cannot read in exactly one way is refused, never guessed (PKWARE APPNOTE.TXT 4.3).
 */
import * as zlib from 'node:zlib';
import { readZipDirectory } from '../../src/xlsx/zip-directory';
import { centralHeader, endRecord, localHeader } from '../helpers/zip';
import { manyEntries, zipOf } from './hostile/build';

const text = (s: string) => new Uint8Array(Buffer.from(s));
const honest = () => zipOf([{ name: '[Content_Types].xml', data: text('<Types/>') }, { name: 'xl/workbook.xml', data: text('<workbook/>') }]);
const reason = (bytes: Uint8Array, max?: number) => {
  const d = readZipDirectory(bytes, max);
  return d.ok ? 'ok' : d.reason;
};
/** Offset of the end record (the last PK\5\6) of a zip built here. */
const endAt = (b: Uint8Array) => Buffer.from(b).lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));

test('an honest zip gives its entries with their data offsets', () => {
  const d = readZipDirectory(honest());
  expect(d.ok && d.entries.map((e) => [e.name, e.method, e.dataStart > e.offset])).toEqual([
    ['[Content_Types].xml', 8, true],
    ['xl/workbook.xml', 8, true],
  ]);
});

test('no end record at all (cut short): no-end-record', () => {
  const b = honest();
  expect(reason(b.subarray(0, b.length - 30))).toBe('no-end-record');
});

test('bytes after the end record: ambiguous', () => {
  expect(reason(new Uint8Array([...honest(), 0, 0, 0, 0]))).toBe('ambiguous');
});

test('a second end record hidden in the comment: ambiguous', () => {
  const b = Buffer.from(honest());
  const at = endAt(b);
  const fake = Buffer.from(b.subarray(at, at + 22));
  b.writeUInt16LE(22, at + 20);
  expect(reason(new Uint8Array(Buffer.concat([b, fake])))).toBe('ambiguous');
});

test('a zip signature inside the comment: ambiguous', () => {
  const b = Buffer.from(honest());
  b.writeUInt16LE(8, endAt(b) + 20);
  expect(reason(new Uint8Array(Buffer.concat([b, Buffer.from([0x50, 0x4b, 1, 2, 0x41, 0x41, 0x41, 0x41])])))).toBe('ambiguous');
});

test('a central directory that does not end at the end record: ambiguous', () => {
  const b = Buffer.from(honest());
  const at = endAt(b);
  b.writeUInt32LE(b.readUInt32LE(at + 12) - 1, at + 12);
  expect(reason(new Uint8Array(b))).toBe('ambiguous');
});

test('a local header that names another entry: ambiguous', () => {
  const b = Buffer.from(honest());
  b[30] = 'X'.charCodeAt(0); // first local name "[Content_Types].xml" -> "XContent_Types].xml"
  expect(reason(new Uint8Array(b))).toBe('ambiguous');
});

test('a local header whose sizes differ from the directory: ambiguous', () => {
  const b = Buffer.from(honest());
  b.writeUInt32LE(b.readUInt32LE(22) + 1, 22);
  expect(reason(new Uint8Array(b))).toBe('ambiguous');
});

test('two entries whose spans overlap (one hidden inside the other’s data): ambiguous', () => {
  // Entry "a" is stored; its data is a whole local header + data of entry "b"; the directory lists both.
  const inner = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 0, 0]), Buffer.alloc(20), Buffer.from('b'), Buffer.from('x')]);
  const crcB = zlib.crc32(Buffer.from('x'));
  inner.writeUInt32LE(crcB, 14);
  inner.writeUInt32LE(1, 18);
  inner.writeUInt32LE(1, 22);
  inner.writeUInt16LE(1, 26);
  const entry = (name: string, size: number, crc: number) => ({ name, method: 0 as const, crc, compressedSize: size, size, flags: 0 });
  const a = Buffer.concat([localHeader(entry('a', inner.length, zlib.crc32(inner))), inner]);
  const cd = Buffer.concat([centralHeader(entry('a', inner.length, zlib.crc32(inner)), 0), centralHeader(entry('b', 1, crcB), 31)]);
  const end = endRecord(2, cd.length, a.length);
  const d = readZipDirectory(new Uint8Array(Buffer.concat([a, cd, end])));
  expect(d.ok ? 'ok' : d.detail).toBe('b overlaps a');
});

test('two entries with the same name, case aside: ambiguous', () => {
  expect(reason(zipOf([{ name: 'xl/workbook.xml', data: text('<a/>') }, { name: 'XL/Workbook.xml', data: text('<b/>') }]))).toBe('ambiguous');
});

test('an encrypted entry: encrypted', () => {
  const b = Buffer.from(honest());
  b.writeUInt16LE(b.readUInt16LE(6) | 1, 6);
  const cd = b.readUInt32LE(endAt(b) + 16);
  b.writeUInt16LE(b.readUInt16LE(cd + 8) | 1, cd + 8);
  expect(reason(new Uint8Array(b))).toBe('encrypted');
});

test('more entries than allowed: refused from the end record, with the count', () => {
  const d = readZipDirectory(honest(), 1);
  expect(d).toEqual({ ok: false, reason: 'too-many-entries', detail: '2 entries', count: 2 });
});

test('100,000 entries behind a zip64 end record: refused at once, with the count', () => {
  const bytes = manyEntries(100_000);
  const t = Date.now();
  expect(readZipDirectory(bytes)).toEqual({ ok: false, reason: 'too-many-entries', detail: '100000 entries', count: 100_000 });
  expect(Date.now() - t).toBeLessThan(1000);
});

/** A zip built here moved `by` bytes into a file: every offset in its directory and end record shifted by `by`. */
function shifted(zip: Uint8Array, by: number): Buffer {
  const b = Buffer.from(zip);
  const end = endAt(b);
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    b.writeUInt32LE(b.readUInt32LE(p + 42) + by, p + 42);
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  b.writeUInt32LE(b.readUInt32LE(end + 16) + by, end + 16);
  return b;
}

test('a second, self-consistent zip appended after an honest one (its offsets counted from the file start): ambiguous', () => {
  const first = Buffer.from(honest());
  const second = shifted(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: text('<worksheet>HIDDEN</worksheet>') }]), first.length);
  expect(reason(new Uint8Array(Buffer.concat([Buffer.alloc(first.length), second])))).toBe('ambiguous');
  expect(reason(new Uint8Array(Buffer.concat([first, second])))).toBe('ambiguous');
});

test('bytes before the first entry (a prepended stub, its directory shifted to match): ambiguous', () => {
  expect(reason(new Uint8Array(Buffer.concat([Buffer.alloc(16), shifted(honest(), 16)])))).toBe('ambiguous');
  expect(reason(new Uint8Array(shifted(honest(), 0)))).toBe('ok');
});
