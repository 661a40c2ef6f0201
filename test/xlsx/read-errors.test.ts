import * as XLSX from '@e965/xlsx';
import { SMALL_SPEC } from '../core/layout/small-spec';
import { templateWorkbookPlan } from '../../src/core/layout/template-workbook';
import { errorFromSheetJs, readWorkbook, WorkbookReadError, type WorkbookReadErrorCode } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { storedZip } from './handmade';

/** The code readWorkbook throws for `bytes`, or 'read' when it reads. */
function codeOf(bytes: Uint8Array, opts?: Parameters<typeof readWorkbook>[2]): WorkbookReadErrorCode | 'read' {
  try {
    readWorkbook(bytes, 'x.xlsx', opts);
    return 'read';
  } catch (err) {
    if (err instanceof WorkbookReadError) return err.code;
    throw err;
  }
}

let good: Uint8Array;
beforeAll(async () => {
  good = await writeWorkbook(templateWorkbookPlan(SMALL_SPEC, { quarter: 1 }));
});

describe('readWorkbook: bad files give a WorkbookReadError, never a raw exception', () => {
  test('empty file -> file-empty', () => {
    expect(codeOf(new Uint8Array(0))).toBe('file-empty');
  });

  test('plain text (even CSV-like) -> file-is-text', () => {
    expect(codeOf(new TextEncoder().encode('序号,实事名称\n1,促进女性高质量充分就业\n'))).toBe('file-is-text');
    expect(codeOf(new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe('file-is-text');
  });

  test('a PNG header -> file-is-image', () => {
    expect(codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))).toBe('file-is-image');
  });

  test('a truncated zip -> file-corrupt', () => {
    expect(codeOf(good.slice(0, Math.floor(good.length / 2)))).toBe('file-corrupt');
    expect(codeOf(good.slice(0, good.length - 5))).toBe('file-corrupt');
  });

  test('a zip with a damaged deflate stream -> file-corrupt, without hanging the reader', () => {
    // SheetJS 0.20.3 alone loops forever on some damaged entries; the zip check catches them first.
    for (let i = 100; i < Math.min(good.length, 3000); i += 97) {
      const bad = good.slice();
      bad[i] ^= 0x5a;
      expect(['file-corrupt', 'file-tampered', 'read', 'file-not-workbook', 'file-encrypted', 'file-too-large']).toContain(codeOf(bad));
    }
  });

  test('a zip that is not a workbook (a .docx-like package) -> file-is-word', () => {
    const zip = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(codeOf(zip)).toBe('file-is-word');
  });

  test('over 20 MB -> file-too-large; the limit can be set', () => {
    expect(codeOf(new Uint8Array(21 * 1024 * 1024))).toBe('file-too-large');
    expect(codeOf(good, { maxBytes: 100 })).toBe('file-too-large');
  });

  test('a zip bomb (declared unpacked size over the limit) -> file-too-large', () => {
    expect(codeOf(good, { maxUnpackedBytes: 1000 })).toBe('file-too-large');
  });

  test('an encrypted OOXML workbook (CFB with EncryptionInfo) -> file-encrypted', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    const xml = Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16"/></encryption>');
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), xml]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    expect(codeOf(new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' })))).toBe('file-encrypted');
  });

  test('a password-protected .xls (FILEPASS record) -> file-encrypted', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['序号', 1]]), 'S');
    const cfb = XLSX.CFB.read(XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }), { type: 'buffer' });
    const entry = XLSX.CFB.find(cfb, '/Workbook');
    const content = Buffer.from(entry.content);
    const bof = 4 + content.readUInt16LE(2);
    // FILEPASS (0x002F), XOR obfuscation: wEncryptionType 0, key, verifier ([MS-XLS] 2.4.117).
    entry.content = Buffer.concat([content.subarray(0, bof), Buffer.from([0x2f, 0, 6, 0, 0, 0, 0x34, 0x12, 0x78, 0x56]), content.subarray(bof)]);
    entry.size = entry.content.length;
    expect(codeOf(new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' })))).toBe('file-encrypted');
  });

  test('a CFB file without a workbook stream (a Word .doc) -> file-is-word', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.alloc(600, 1));
    expect(codeOf(new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' })))).toBe('file-is-word');
  });

  test("SheetJS's password messages map to file-encrypted", () => {
    expect(errorFromSheetJs(new Error('File is password-protected'), 'cfb').code).toBe('file-encrypted');
    expect(errorFromSheetJs(new Error('File is password-protected: ECMA-376 Extensible'), 'cfb').code).toBe('file-encrypted');
    expect(errorFromSheetJs(new Error('Password is incorrect'), 'cfb').code).toBe('file-encrypted');
    expect(errorFromSheetJs(new Error('Unsupported ZIP Compression method 99'), 'zip').code).toBe('file-corrupt');
    expect(errorFromSheetJs('a thrown string', 'zip').code).toBe('file-corrupt');
  });
});
