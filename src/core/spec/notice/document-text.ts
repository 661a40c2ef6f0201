/**
 * Notice files turned into the text `parseNotice` reads (issue 11), with tables kept as tables: one row per line,
 * cells between TABs, a line break inside a cell as U+2028 (read back by `notice/table.ts`). Pure string work, no DOM:
 * the adapters (CLI, pane) get the HTML from mammoth and the positioned text from pdf.js and call these.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references of an HTML text (&amp; &#39; &#x4E00; …). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: block ends (</p>, <br>, </li>, </h1…6>) as "\n", tags dropped, entities decoded. */
function blockText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<\/(?:p|li|h[1-6]|div)>/giu, '\n')
      .replace(/<[^>]*>/gu, ''),
  );
}

/**
 * The text of mammoth's HTML (`convertToHtml` of a .docx): paragraphs one per line; each table row one line of cells
 * between TABs (a cell's own paragraphs joined by U+2028; a TAB inside a cell becomes a space); nested tables are
 * read as text of their cell. Never throws; text outside any tag is kept.
 */
export function htmlToNoticeText(html: string): string {
  const out: string[] = [];
  const pushBlocks = (fragment: string) => {
    const text = blockText(fragment).replace(/\n$/u, '');
    if (text === '') return;
    for (const line of text.split('\n')) out.push(line.replace(/\u00a0/gu, ' ').trimEnd());
  };
  let pos = 0;
  const tableRe = /<table\b[^>]*>([\s\S]*?)<\/table>/giu;
  for (const m of String(html ?? '').matchAll(tableRe)) {
    pushBlocks(html.slice(pos, m.index));
    for (const row of m[1].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/giu)) {
      const cells = [...row[1].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/giu)].map((c) =>
        blockText(c[1]).split('\n').map((l) => l.replace(/\t/gu, ' ').trim()).filter((l) => l !== '').join('\u2028'),
      );
      out.push(cells.join('\t'));
    }
    pos = (m.index ?? 0) + m[0].length;
  }
  pushBlocks(html.slice(pos));
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
}

/** One piece of positioned text from a PDF page (pdf.js `TextItem`): its string, left x, baseline y, width, height. */
export type PdfTextPiece = { str: string; x: number; y: number; width: number; height: number };

/**
 * The text of a PDF's pages from their positioned pieces (pdf.js `getTextContent`): pieces on the same baseline (within
 * half a line height) make one line, left to right; a gap wider than about two characters between pieces (or a piece of
 * spaces that wide) becomes a TAB (a table's columns), a smaller gap nothing (Chinese needs no spaces). Pages are separated by a blank line. Returns ''
 * when no page has any text (a scanned PDF).
 */
export function pdfPagesToNoticeText(pages: readonly (readonly PdfTextPiece[])[]): string {
  const texts: string[] = [];
  for (const pieces of pages) {
    const lines: { y: number; height: number; pieces: PdfTextPiece[] }[] = [];
    for (const p of pieces) {
      if (p.str === '' && p.width === 0) continue;
      const line = lines.find((l) => Math.abs(l.y - p.y) <= Math.max(l.height, p.height, 1) / 2);
      if (line) line.pieces.push(p);
      else lines.push({ y: p.y, height: p.height, pieces: [p] });
    }
    lines.sort((a, b) => b.y - a.y);
    const pageLines = lines.map((l) => {
      const sorted = [...l.pieces].sort((a, b) => a.x - b.x);
      let text = '';
      let end: number | undefined;
      for (const p of sorted) {
        const wide = 2 * Math.max(p.height / 2, 1);
        if (p.str.trim() === '') {
          // A run of spaces drawn as one piece (LibreOffice, Word): a column gap when wide, else one space.
          if (text !== '' && !text.endsWith('\t')) text += p.width > wide ? '\t' : ' ';
          end = p.x + p.width;
          continue;
        }
        if (end !== undefined && p.x - end > wide && !text.endsWith('\t')) text += '\t';
        text += p.str;
        end = p.x + p.width;
      }
      return text.replace(/[ \t]+$/u, '');
    });
    const page = pageLines.join('\n').trim();
    if (page !== '') texts.push(page);
  }
  return texts.join('\n\n');
}

/** The few pdf.js calls `pdfDocumentText` makes (a `PDFDocumentProxy` fits). */
export type PdfDocumentLike = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
};

/**
 * The text of an open pdf.js document: each page's text items (`{str, transform: [a, b, c, d, x, y], width, height}`;
 * marked-content items without `str` skipped) to `pdfPagesToNoticeText`. Pages 1-based, read in order. '' for a scan.
 */
export async function pdfDocumentText(doc: PdfDocumentLike): Promise<string> {
  const pages: PdfTextPiece[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const pieces: PdfTextPiece[] = [];
    for (const it of content.items) {
      const item = it as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
      if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
      pieces.push({ str: item.str, x: Number(item.transform[4]) || 0, y: Number(item.transform[5]) || 0, width: Number(item.width) || 0, height: Number(item.height) || 0 });
    }
    pages.push(pieces);
  }
  return pdfPagesToNoticeText(pages);
}
