import { crc32 } from '../../src/xlsx/zip-inflate';
import { zipFromEntries } from '../helpers/zip';

/** A zip of stored (uncompressed) entries, for hand-made workbooks whose XML a test controls byte for byte. */
export function storedZip(entries: Record<string, string>): Uint8Array {
  return zipFromEntries(
    Object.entries(entries).map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return { header: { name, method: 0 as const, crc: crc32(data), compressedSize: data.length, size: data.length }, data };
    }),
  );
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A hand-made .xlsx with what other writers put in files: a rich-text shared string with `_x000D_` and CRLF, a date
 * cell (numFmt 14), a formula with its cached value, an error cell, a boolean, a merge, a hidden and a very hidden
 * sheet, and the table starting at B2 (origin not A1).
 */
export function handmadeXlsx(opts: { date1904?: boolean } = {}): Uint8Array {
  const sheet = (rows: string, extra = ''): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${rows}</sheetData>${extra}</worksheet>`;
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      [1, 2, 3].map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${R}">` +
      (opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      '<sheets><sheet name="封面" sheetId="1" state="hidden" r:id="rId1"/><sheet name="表" sheetId="2" r:id="rId2"/><sheet name="密" sheetId="3" state="veryHidden" r:id="rId3"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      [1, 2, 3].map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/styles.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}" count="3" uniqueCount="3">` +
      '<si><r><t>第一段</t></r><r><rPr><b/></rPr><t xml:space="preserve">_x000D_\n第二段</t></r></si>' +
      '<si><t xml:space="preserve">甲\r\n乙</t></si>' +
      '<si><t>=1+1</t></si></sst>',
    'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>封面</t></is></c></row>'),
    'xl/worksheets/sheet2.xml': sheet(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" s="1"><v>46387</v></c><c r="E2" s="2"><v>46387</v></c></row>' +
        '<row r="3"><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" s="3" t="s"><v>2</v></c></row>' +
        '<row r="4"><c r="B4" s="3"/><c r="C4"><v>3.5</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="B4:C5"/></mergeCells>',
    ),
    'xl/worksheets/sheet3.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>k</t></is></c></row>'),
  });
}
