import * as XLSX from '@e965/xlsx';
import type { ForeignKind } from '../core/read/clues';
import type { ZipEntry } from './zip-directory';

/**
 * What a file that is not a workbook is, told by its bytes (signatures) and, inside a zip or an OLE compound file, by
 * its parts, so the coordinator hears "这是 Word 文档" rather than "已损坏". Sources: the file signatures of PDF
 * ("%PDF-"), PNG, JPEG, GIF, BMP, TIFF, WebP; ECMA-376 Part 2 (OPC: word/, xl/, ppt/ parts); MS-CFB with the stream
 * names of MS-DOC ("WordDocument"), MS-XLS ("Workbook", "Book"), MS-PPT ("PowerPoint Document"); WPS 文字 .wps files
 * are compound files with a WordDocument stream too, told apart by their extension.
 */

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The kind told by the first bytes alone: 'pdf', 'image', 'archive' (RAR, 7z), 'text', or undefined (a container, or unknown). */
export function kindBySignature(bytes: Uint8Array): ForeignKind | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, ascii('BM')) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
  ) {
    return 'image';
  }
  if (startsWith(bytes, ascii('Rar!')) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'archive';
  // Text (UTF-8 or an HTML page saved as .xls): no NUL byte in the head.
  const head = bytes.subarray(0, 512);
  if (head.length > 0 && !head.includes(0) && !startsWith(bytes, [0x50, 0x4b])) return 'text';
  return undefined;
}

/** True for a zip part that is a picture (xl/media/…, word/media/…, or a picture file name): not counted in size caps. */
export function isPicturePart(name: string): boolean {
  return /^(?:xl|word|ppt)\/media\//i.test(name) || /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|webp|heic)$/i.test(name);
}

/**
 * True for a zip part the reader never needs, so it is neither inflated nor handed to SheetJS (still checked for place
 * and overlap): pictures (`isPicturePart`), embedded objects and printer settings (ECMA-376 Part 1, 15.2.11, 15.2.15),
 * VBA projects (`bookVBA` is off), OpenDocument pictures and thumbnails (ODF 1.2 Part 3, 2.2, 3.17).
 */
export function isUnreadPart(name: string): boolean {
  return (
    isPicturePart(name) ||
    /^(?:xl|word|ppt)\/(?:embeddings|printerSettings)\//i.test(name) ||
    /(?:^|\/)vbaProject\.bin$/i.test(name) ||
    /^(?:Pictures|Thumbnails)\//.test(name)
  );
}

/**
 * The kind of a zip container by its parts: undefined for a workbook (xl/workbook.xml or .bin; an OpenDocument
 * spreadsheet), 'word' (word/document.xml, an OpenDocument text), 'presentation' (ppt/), else 'archive'.
 */
export function zipKind(entries: readonly ZipEntry[]): ForeignKind | undefined {
  const names = entries.map((e) => e.name);
  if (names.some((n) => /^xl\/workbook\.(xml|bin)$/i.test(n))) return undefined;
  if (names.includes('content.xml') && names.includes('mimetype')) return undefined;
  if (names.some((n) => /^word\/document\.xml$/i.test(n))) return 'word';
  if (names.some((n) => /^ppt\//i.test(n))) return 'presentation';
  if (names.includes('[Content_Types].xml')) return undefined;
  return 'archive';
}

/**
 * The kind of an OLE compound file by its streams: undefined for a workbook (Workbook / Book) or an encrypted OOXML
 * package (EncryptedPackage: the reader says "password"), 'wps-writer' or 'word' (WordDocument; .wps by extension),
 * 'presentation'. Undefined too when the file cannot be parsed (the reader then says what it finds).
 */
export function cfbKind(bytes: Uint8Array, fileName: string): ForeignKind | undefined {
  let paths: string[];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths?: string[] };
    paths = Array.isArray(cfb.FullPaths) ? cfb.FullPaths.map((p) => p.replace(/^.*\//, '').replace(/^Root Entry\//, '')) : [];
  } catch {
    return undefined;
  }
  const has = (name: string) => paths.some((p) => p === name || p.endsWith(`/${name}`));
  if (has('Workbook') || has('Book') || has('EncryptedPackage')) return undefined;
  if (has('WordDocument')) return /\.wps$/i.test(fileName) ? 'wps-writer' : 'word';
  if (has('PowerPoint Document')) return 'presentation';
  return undefined;
}
