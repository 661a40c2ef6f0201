/**
 * A document plan: what a Word document says and how it is laid out, as pure data (the docx adapter, src/docx,
 * only applies it). The layout is that of an official document (党政机关公文格式, GB/T 9704-2012): A4 portrait;
 * 版心 156 mm × 225 mm with 天头 (top) 37 mm and 订口 (left) 28 mm, hence bottom 35 mm and right 26 mm (§5.2.1–5.2.2);
 * title in 二号 方正小标宋简体 centred (§7.3.3); body in 三号 仿宋_GB2312, 22 lines of 28 characters a page (§5.2.3,
 * §7.3.5); headings 一、 in 黑体, （一） in 楷体_GB2312, same size (§7.3.5); page numbers 4号 "— 1 —", odd pages
 * right and even pages left, one character in from the edge (§7.5).
 */

/** What a paragraph is; the adapter gives each role its font, size, alignment and indent. */
export type DocRole =
  /** 标题: 二号 方正小标宋简体, centred. */
  | 'title'
  /** 主送机关 (e.g. 各责任单位：): body font, no indent. */
  | 'recipient'
  /** 一级标题 "一、…": 黑体 三号. */
  | 'heading1'
  /** 二级标题 "（一）…": 楷体_GB2312 三号. */
  | 'heading2'
  /** 正文: 仿宋_GB2312 三号, first line indented two characters. */
  | 'body'
  /** A unit's own words quoted verbatim ("【区卫健局】…"): body font, indented. */
  | 'quote'
  /** The coordinator's own text goes here: body font, highlighted, marked 【待填写】. */
  | 'placeholder'
  /** 发文机关署名 and 成文日期: right-aligned, four characters in from the right. */
  | 'signature';

/** A run of text with an optional emphasis (bold: a figure line's label). */
export interface DocRun {
  text: string;
  bold?: boolean;
}

/** One paragraph: its role and its runs (a plain string = one run). */
export interface DocParagraph {
  role: DocRole;
  runs: DocRun[];
}

/** Fonts by use (family names as Word and WPS know them). */
export const DOC_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  /** Page numbers: 4号 半角宋体 Arabic numerals (§7.5). */
  pageNumber: '宋体',
} as const;

/** Sizes in points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const DOC_SIZES = { title: 22, body: 16, pageNumber: 14 } as const;

/** Page setup in millimetres (GB/T 9704-2012 §5.2: A4 210 × 297, 版心 156 × 225). */
export const DOC_PAGE = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 } as const;

/** Line pitch for 22 lines in the 225 mm 版心: 225 / 22 mm ≈ 28.9 pt (exact line spacing). */
export const DOC_LINE_PT = Math.round(((225 / 22) * 72) / 25.4 * 10) / 10;

/** A whole document: its title (also the file's title property) and paragraphs in order. */
export interface DocumentPlan {
  title: string;
  paragraphs: DocParagraph[];
}

/** A paragraph of one run. */
export function para(role: DocRole, text: string): DocParagraph {
  return { role, runs: [{ text }] };
}
