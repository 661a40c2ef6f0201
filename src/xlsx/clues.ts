import type { FileClues, ForeignKind } from '../core/read/clues';
import { METADATA_MARKER } from '../core/sheet/metadata';
import { utf8 } from './utf8';
import { clueEntries, entryData, type ZipEntry } from './zip-entries';

/**
 * What can still be read from a file the reader cannot read as a workbook (see FileClues in core/read/clues): for a
 * zip container, the sheet names (xl/workbook.xml), the first shared strings, the document title (docProps/core.xml),
 * a Word document's first paragraphs, or the names of the files in an archive. Each part is inflated only up to
 * `PART_LIMIT` bytes, and a damaged part gives what came out before the damage. Never throws.
 */

/** Bytes of one part inflated at most: the title and the 填报单位 line sit in the first strings. */
const PART_LIMIT = 256 * 1024;
/** Texts kept at most. */
const TEXTS_KEPT = 60;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data to text: the five entities and numeric references. */
export function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

function partText(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): string | undefined {
  const e = entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const data = e ? entryData(bytes, e, PART_LIMIT) : undefined;
  return data ? utf8(data) : undefined;
}

/** Strings scanned at most in one part (the add-in's metadata strings come after the table's). */
const TEXTS_SCANNED = 5000;
/** Strings kept from the add-in's metadata marker on (generator, marker, …, unit, value). */
const METADATA_KEPT = 24;

/**
 * The texts of runs (`<t>` / `<w:t>`) inside each complete `block` element, one text per block, blanks left out: the
 * first TEXTS_KEPT, then, when the add-in's metadata marker comes later, the strings from it on.
 */
function blockTexts(xml: string, block: RegExp, run: RegExp): string[] {
  const all: string[] = [];
  for (const m of xml.matchAll(block)) {
    const text = [...m[0].matchAll(run)].map((r) => xmlText(r[1])).join('');
    if (text.trim() !== '') all.push(text);
    if (all.length >= TEXTS_SCANNED) break;
  }
  const marker = all.indexOf(METADATA_MARKER);
  const head = all.slice(0, TEXTS_KEPT);
  return marker >= TEXTS_KEPT ? [...head, ...all.slice(marker, marker + METADATA_KEPT)] : head;
}

/**
 * The clues of a file that could not be read, given the kind already told (undefined for a workbook that failed).
 * Zip containers only give more than the kind; anything else gives `{kind}` (or `{}`).
 */
export function fileClues(bytes: Uint8Array, kind: ForeignKind | undefined): FileClues {
  const out: FileClues = kind ? { kind } : {};
  if (!(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b)) return out;
  try {
    const entries = clueEntries(bytes);
    if (kind === 'archive') {
      out.entries = entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
      return out;
    }
    const texts: string[] = [];
    const core = partText(bytes, entries, 'docProps/core.xml');
    const title = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
    if (title && title[1].trim() !== '') texts.push(xmlText(title[1]));
    if (kind === 'word') {
      const doc = partText(bytes, entries, 'word/document.xml');
      if (doc) texts.push(...blockTexts(doc, /<w:p[\s>][\s\S]*?<\/w:p>/g, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g));
    } else {
      const book = partText(bytes, entries, 'xl/workbook.xml');
      if (book) {
        const names = [...book.matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map((m) => xmlText(m[1]));
        if (names.length) out.sheetNames = names;
      }
      const sst = partText(bytes, entries, 'xl/sharedStrings.xml');
      if (sst) texts.push(...blockTexts(sst, /<si>[\s\S]*?<\/si>/g, /<t(?:\s[^>]*)?>([^<]*)<\/t>/g));
    }
    if (texts.length) out.texts = texts;
  } catch {
    // clues are a bonus: none is fine
  }
  return out;
}
