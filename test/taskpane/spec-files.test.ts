import { decodeNoticeText, NoticeFileError, readNoticeFile } from '../../src/browser/spec-files';
import { storedZip } from '../xlsx/handmade';

/** A minimal .docx (WordprocessingML) with one paragraph per line of `lines`. */
function docx(lines: string[]): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${lines
      .map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  });
}

const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);

describe('notice files on the 清单 page', () => {
  it('decodes UTF-8 (with or without BOM), UTF-16 with BOM and GBK text', () => {
    expect(decodeNoticeText(new TextEncoder().encode('一、开展招聘'))).toBe('一、开展招聘');
    expect(decodeNoticeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('清单')]))).toBe('清单');
    expect(decodeNoticeText(new Uint8Array([0xff, 0xfe, 0x05, 0x6e, 0x55, 0x53]))).toBe('清单');
    expect(decodeNoticeText(new Uint8Array([0xc7, 0xe5, 0xb5, 0xa5]))).toBe('清单');
  });

  it('reads a .docx through mammoth’s browser build, paragraphs apart', async () => {
    const text = await readNoticeFile(file(docx(['2027年为全区妇女儿童办实事项目清单', '一、开展女性就业招聘。']), '通知.docx'));
    expect(text.split(/\n+/).filter(Boolean)).toEqual(['2027年为全区妇女儿童办实事项目清单', '一、开展女性就业招聘。']);
  });

  it('rejects a .docx that is not one, and a file with no text', async () => {
    await expect(readNoticeFile(file(new TextEncoder().encode('not a zip'), 'x.docx'))).rejects.toEqual(new NoticeFileError('notice-not-docx'));
    await expect(readNoticeFile(file(new TextEncoder().encode(' \n '), 'x.txt'))).rejects.toEqual(new NoticeFileError('notice-empty'));
  });
});
