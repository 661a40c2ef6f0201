import {
  AlignmentType,
  Document,
  Footer,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { DOC_FONTS, DOC_LINE_PT, DOC_PAGE, DOC_SIZES, type DocParagraph, type DocRole, type DocumentPlan } from '../core/report/plan';

/**
 * The .docx adapter: a DocumentPlan (core/report) to Word bytes with the maintained `docx` library. It only applies
 * the plan: each role becomes a named paragraph style (字体, 字号, alignment, indent; GB/T 9704-2012 as described in
 * core/report/plan), the page is A4 portrait with the 公文 margins, and the footers carry "— N —" page numbers
 * (4号 宋体; odd pages right, even pages left, one character in). Fonts are named, not embedded: Word and WPS on a
 * government PC have them; elsewhere the reader substitutes.
 */

/** Twentieths of a point (Word's unit for sizes in half-points: size × 2; spacing in twips: pt × 20). */
const pt = (v: number) => Math.round(v * 20);
/** Millimetres to twips (1/1440 inch), rounded (the library's own helper floors: 210 mm would be 11905, not A4's 11906). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** One character of 三号 (16 pt) in twips, for indents. */
const CHAR = pt(DOC_SIZES.body);

interface RoleStyle {
  name: string;
  font: string;
  size: number;
  bold?: boolean;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: { firstLine?: number; left?: number; right?: number };
}

/** The style of each role (style id = "pt-" + role). */
export const ROLE_STYLES: Record<DocRole, RoleStyle> = {
  title: { name: '公文标题', font: DOC_FONTS.title, size: DOC_SIZES.title, alignment: AlignmentType.CENTER },
  recipient: { name: '主送机关', font: DOC_FONTS.body, size: DOC_SIZES.body, alignment: AlignmentType.BOTH },
  heading1: { name: '一级标题', font: DOC_FONTS.heading1, size: DOC_SIZES.body, alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } },
  heading2: { name: '二级标题', font: DOC_FONTS.heading2, size: DOC_SIZES.body, alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } },
  body: { name: '公文正文', font: DOC_FONTS.body, size: DOC_SIZES.body, alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } },
  quote: { name: '单位原文', font: DOC_FONTS.body, size: DOC_SIZES.body, alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } },
  placeholder: { name: '待填写', font: DOC_FONTS.body, size: DOC_SIZES.body, alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } },
  signature: { name: '署名日期', font: DOC_FONTS.body, size: DOC_SIZES.body, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } },
};

/** Font of a run in every script slot (ASCII, high ANSI, East Asian, complex), so Word and WPS both use it. */
function fonts(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function paragraph(p: DocParagraph, index: number, all: readonly DocParagraph[]): Paragraph {
  const firstSignature = p.role === 'signature' && all[index - 1]?.role !== 'signature';
  const opts: IParagraphOptions = {
    style: `pt-${p.role}`,
    // One blank line after the title (GB/T 9704 §7.3.3: 主送机关 one line below the title); two before the 署名.
    ...(p.role === 'title' ? { spacing: { after: pt(DOC_LINE_PT) } } : {}),
    ...(firstSignature ? { spacing: { before: pt(2 * DOC_LINE_PT) } } : {}),
    // A line break inside a text (a unit's 本季度具体措施 in several lines) becomes a Word line break (<w:br/>), not a
    // raw newline, which Word and LibreOffice show as a space.
    children: p.runs.flatMap((r) =>
      r.text.split(/\r\n?|\n/).map((line, k) => {
        const run: IRunOptions = { text: line, ...(k ? { break: 1 } : {}), ...(r.bold ? { bold: true } : {}), ...(p.role === 'placeholder' ? { highlight: HighlightColor.YELLOW } : {}) };
        return new TextRun(run);
      }),
    ),
  };
  return new Paragraph(opts);
}

/** The footer of odd (right) or even (left) pages: "— N —" one character in from the edge. */
function pageFooter(side: 'odd' | 'even'): Footer {
  const run = (text?: string) =>
    new TextRun({ ...(text !== undefined ? { text } : { children: [PageNumber.CURRENT] }), font: fonts(DOC_FONTS.pageNumber), size: DOC_SIZES.pageNumber * 2 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: pt(DOC_SIZES.pageNumber) } : { left: pt(DOC_SIZES.pageNumber) },
        children: [run('— '), run(), run(' —')],
      }),
    ],
  });
}

/** The docx Document of a plan (exported for tests that inspect it before packing). */
export function documentOf(plan: DocumentPlan): Document {
  const line = { line: pt(DOC_LINE_PT), lineRule: LineRuleType.EXACT };
  return new Document({
    title: plan.title,
    creator: '进展情况表助手',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: fonts(DOC_FONTS.body), size: DOC_SIZES.body * 2 }, paragraph: { spacing: line } } },
      paragraphStyles: (Object.entries(ROLE_STYLES) as [DocRole, RoleStyle][]).map(([role, s]) => ({
        id: `pt-${role}`,
        name: s.name,
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: fonts(s.font), size: s.size * 2, ...(s.bold ? { bold: true } : {}) },
        paragraph: {
          alignment: s.alignment,
          spacing: role === 'title' ? { line: pt(DOC_SIZES.title * 1.5), lineRule: LineRuleType.EXACT } : line,
          ...(s.indent ? { indent: s.indent } : {}),
        },
      })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(DOC_PAGE.widthMm), height: mm(DOC_PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mm(DOC_PAGE.topMm),
              bottom: mm(DOC_PAGE.bottomMm),
              left: mm(DOC_PAGE.leftMm),
              right: mm(DOC_PAGE.rightMm),
              // Page number line: 7 mm below the 版心 (GB/T 9704 §7.5: 一字线 上距版心下边缘 7 mm).
              footer: mm(DOC_PAGE.bottomMm - 7 - 5),
              header: mm(15),
            },
          },
        },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children: plan.paragraphs.map((p, i, all) => paragraph(p, i, all)),
      },
    ],
  });
}

/** Write a DocumentPlan to .docx bytes. Never throws on a valid plan (texts of any length; no formula can arise in Word). */
export async function writeDocx(plan: DocumentPlan): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentOf(plan)));
}
