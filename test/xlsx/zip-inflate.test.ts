/**
 * Inflate under a bound (src/xlsx/zip-inflate.ts): an entry whose headers lie about its size stops at the declared
 * size, with native zlib (Node) and with pako (the browser's path) alike; a wrong CRC-32 is damaged data.
 */
import { readZipDirectory } from '../../src/xlsx/zip-directory';
import { inflateEntry } from '../../src/xlsx/zip-inflate';
import { deflatedZeros, zipOf } from './hostile/build';

function onlyEntry(bytes: Uint8Array) {
  const d = readZipDirectory(bytes);
  if (!d.ok) throw new Error(d.detail);
  return d.entries[0];
}

describe.each([true, false])('native zlib: %s', (native) => {
  test('256 MB of data declared as 1,000 bytes: over-size, quickly, without inflating it all', () => {
    const zeros = deflatedZeros(256 * 1024 * 1024);
    const bytes = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated: { raw: zeros.raw, size: 1000, crc: zeros.crc } }]);
    const before = process.memoryUsage().rss;
    const t = Date.now();
    const got = inflateEntry(bytes, onlyEntry(bytes), { native });
    expect(got.ok ? 'ok' : got.reason).toBe('over-size');
    expect(Date.now() - t).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  test('an honest entry inflates to its bytes', () => {
    const bytes = zipOf([{ name: 'a.xml', data: new Uint8Array(Buffer.from('<a>进展</a>')) }]);
    const got = inflateEntry(bytes, onlyEntry(bytes), { native });
    expect(got.ok && Buffer.from(got.data).toString()).toBe('<a>进展</a>');
  });

  test('a wrong CRC-32: bad-data', () => {
    const zeros = deflatedZeros(1000);
    const bytes = zipOf([{ name: 'a.xml', deflated: { ...zeros, crc: zeros.crc ^ 1 } }]);
    const got = inflateEntry(bytes, onlyEntry(bytes), { native });
    expect(got.ok ? 'ok' : got.reason).toBe('bad-data');
  });
});
