// Benchmark floor: the least any reader must do with an .xlsx: find the sheet parts (xl/worksheets/*.xml and
// xl/sharedStrings.xml) in the zip's central directory, inflate them with Node's native zlib and decode them to text.
// No XML is parsed. Usage: node bench/floors/unzip.js DIR    (zip format: PKWARE APPNOTE.TXT 4.3)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const WANTED = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
const decoder = new TextDecoder('utf-8');

/** Every wanted part of the zip `bytes` as text. */
function sheetParts(bytes) {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = bytes.readUInt32LE(eocd + 16);
  const count = bytes.readUInt16LE(eocd + 10);
  const texts = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extra;
    if (!WANTED.test(name)) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    texts.push(decoder.decode(method === 8 ? zlib.inflateRawSync(data) : data));
  }
  return texts;
}

const dir = process.argv[2];
let chars = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.xlsx')) continue;
  for (const text of sheetParts(fs.readFileSync(path.join(dir, name)))) chars += text.length;
}
process.stdout.write(`${chars} characters\n`);
