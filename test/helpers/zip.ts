/**
 * Zip records built byte by byte, for tests that control a workbook's container exactly (PKWARE APPNOTE.TXT 4.3:
 * local file header 4.3.7, central directory header 4.3.12, end of central directory record 4.3.16). Sizes and
 * offsets in bytes; `crc` is the CRC-32 of the uncompressed data; `method` 0 = stored, 8 = deflate; `flags` 0x0800
 * marks UTF-8 names (the default).
 */

/** What both headers of one entry say about it. */
export interface ZipEntryHeader {
  name: string;
  method: 0 | 8;
  crc: number;
  /** Bytes of the data as stored (after compression). */
  compressedSize: number;
  /** Bytes of the data uncompressed. */
  size: number;
  flags?: number;
}

/** The local file header of an entry, its name after it (its data follows). */
export function localHeader(e: ZipEntryHeader): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags ?? 0x0800, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.compressedSize, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

/** The central directory header of an entry whose local header starts at `offset`, its name after it. */
export function centralHeader(e: ZipEntryHeader, offset: number): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.flags ?? 0x0800, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressedSize, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** The end of central directory record: `count` entries, the directory's size and offset, an optional comment. */
export function endRecord(count: number, cdSize: number, cdOffset: number, comment: Buffer = Buffer.alloc(0)): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count & 0xffff, 8);
  end.writeUInt16LE(count & 0xffff, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([end, comment]);
}

/** A whole zip of entries with their stored data, in order: local records, the directory, the end record. */
export function zipFromEntries(entries: readonly { header: ZipEntryHeader; data: Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { header, data } of entries) {
    const local = Buffer.concat([localHeader(header), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
    centrals.push(centralHeader(header, offset));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(centrals);
  return new Uint8Array(Buffer.concat([...locals, dir, endRecord(entries.length, dir.length, offset)]));
}
