/**
 * Received tables as people really make them (issue 10): workbooks typed by hand in the official five columns, built
 * with ExcelJS in the test (no template, no metadata), and the same edited at the XML level with JSZip where ExcelJS
 * cannot make the shape (a value in a non-anchor cell of a merge, a built-in date numFmt id, a damaged part).
 *
 * Rows are given as sheet rows below the header; coordinates are A1 addresses.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { BookInput } from '../../src/core/merge/books';
import { readFailureText } from '../../src/core/read/messages';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read';

/** One cell value as typed: text, a number, or null for blank. */
export type Typed = string | number | null;

/** One sheet of a hand-made table. */
export interface HandSheet {
  name: string;
  /** Title in A1 (merged A1:E1), e.g. "2026年…工作进展情况表（第三季度）". */
  title?: string;
  /** The 填报单位 line in A2, e.g. "填报单位：区卫健局". */
  unitLine?: string;
  /** Rows from row 4 down (row 3 is the header 序号 / 实事名称 / 责任单位 / 进展情况 / 完成时限). */
  rows: Typed[][];
  /** Merged ranges in A1, e.g. "A4:A6". */
  merges?: string[];
  state?: 'visible' | 'hidden';
  /** Number formats by A1 address (a date cell: a serial number with 'yyyy"年"m"月"d"日"'). */
  formats?: Record<string, string>;
}

/** The official header texts (row 3). */
export const HEADER = ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'];

/** First table row (1-based, as in A1): 4. */
export const FIRST_ROW = 4;

/** A title for quarter label `q` (第三季度). */
export function titleFor(q: string): string {
  return `2026年为全区妇女儿童办实事工作进展情况表（${q}）`;
}

/** The spec item `n` as [序号, 实事名称, 责任单位 (joined with 、)]. */
export function itemCells(n: number): [number, string, string] {
  const item = LINZI_2026.items[n - 1];
  return [item.number, item.name, item.units.join('、')];
}

/** A unit's progress text for item n, long enough to pass the too-short check, unique per unit and item. */
export function textOf(unit: string, n: number, extra = ''): string {
  return `${unit}第${n}项：本季度制定工作方案并召开推进会，组织开展专项活动，覆盖重点人群，各项措施按计划推进。${extra}`;
}

/** The official layout for `unit`: one row per item of the spec; own rows filled (text + deadline), others blank. */
export function officialRows(unit: string, deadline: Typed = '2026年12月底'): Typed[][] {
  return LINZI_2026.items.map((item) => {
    const own = item.units.includes(unit);
    return [...itemCells(item.number), own ? textOf(unit, item.number) : null, own ? deadline : null];
  });
}

/** Build the .xlsx bytes of hand-made sheets (ExcelJS). */
export async function handXlsx(sheets: readonly HandSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    if (s.title) {
      ws.getCell('A1').value = s.title;
      ws.mergeCells('A1:E1');
    }
    if (s.unitLine) ws.getCell('A2').value = s.unitLine;
    HEADER.forEach((h, c) => (ws.getCell(3, c + 1).value = h));
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(FIRST_ROW + r, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [address, numFmt] of Object.entries(s.formats ?? {})) ws.getCell(address).numFmt = numFmt;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Edit parts of an .xlsx with JSZip: `edit` gets each named part's text and returns the new text. */
export async function editXlsx(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name}`);
    zip.file(name, edit(await file.async('string')));
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Add parts (binary or text) to an .xlsx with JSZip. */
export async function addParts(bytes: Uint8Array, parts: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
}

/**
 * A file as the CLI and the pane hand it to `mergeBooks`: the book read with `readWorkbook`, or the reader's code with
 * its Chinese sentence and the clues of what could still be read.
 */
export function bookInput(bytes: Uint8Array, file: string, modifiedAt?: string): BookInput {
  const input: BookInput = { file, ...(modifiedAt ? { modifiedAt } : {}) };
  try {
    input.book = readWorkbook(bytes, file);
  } catch (err) {
    if (!(err instanceof WorkbookReadError)) throw err;
    input.error = { code: err.code, message: readFailureText(err.code, file), ...(Object.keys(err.clues).length ? { clues: err.clues } : {}) };
  }
  return input;
}

/** A zip made with JSZip from named parts (a .docx, an archive of files). */
export async function zipOf(parts: Record<string, Uint8Array | string>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression }));
}

/** A minimal Word .docx with one paragraph per text. */
export function docxOf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  });
}
