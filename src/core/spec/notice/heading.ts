import { matchKey } from '../../text/normalize';
import { parseChineseInteger } from '../../text/numbers';
import type { Column, ColumnKey } from '../schema';
import { headerRole } from './table';

/**
 * The facts around the items: document number, issuer, issue date, list title, the attachment's table title and
 * header. All functions take the half-width text `h` (same offsets as the original) and return undefined when the
 * text does not say.
 */

/** 临政办字〔2026〕2号, also with [2026] or （2026）: the first such number on a line of its own or in the heading. */
export function findDocumentNumber(t: string): string | undefined {
  return /[\p{Script=Han}]{1,8}[〔［\[【(（]\d{4}[〕］\]】)）]\d{1,4}号/u.exec(t)?.[0];
}

/** The signature line "临淄区人民政府办公室   2026年6月22日" (also 二〇二六年六月二十二日), or a date line with the issuer above it. */
export function findSignature(h: string): { issuer?: string; date?: string } {
  const date = String.raw`(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日`;
  const toIso = (y: string, mo: string, d: string): string | undefined => {
    const year = /^\d+$/.test(y) ? Number(y) : Number([...y].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
    const month = parseChineseInteger(mo);
    const day = parseChineseInteger(d);
    if (!month || !day || month > 12 || day > 31) return undefined;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const same = new RegExp(String.raw`^[ \t]*(\S+?(?:办公室|人民政府|委员会|政府|局|会))(?:[ \t]{2,}|\t)${date}[ \t]*$`, 'mu').exec(h);
  if (same) return { issuer: same[1], date: toIso(same[2], same[3], same[4]) };
  // A whole notice in one paragraph: "… 费县人民政府办公室 2024年4月29日 (此件公开发布) …" in its first part.
  const inline = new RegExp(String.raw`[ \t]((?:\S{2,12}?)(?:办公室|人民政府))[ \t]+${date}`, 'u').exec(h.slice(0, 600));
  if (inline && !h.slice(0, 600).includes('\n')) return { issuer: inline[1], date: toIso(inline[2], inline[3], inline[4]) };
  const alone = new RegExp(String.raw`^[ \t]*${date}[ \t]*$`, 'mu').exec(h);
  if (!alone) return {};
  const above = h.slice(0, alone.index).trimEnd().split('\n').pop()?.trim();
  const issuer = above && above.length <= 30 && /(?:办公室|人民政府|委员会|政府|局|委|妇联|联合会|工会|团委)$/u.test(above) && !/[,，。:：;；]/u.test(above) ? above : undefined;
  return { issuer, date: toIso(alone[1], alone[2], alone[3]) };
}

/**
 * The issuer from the heading: the line "…办公室/人民政府/委员会" just above a line starting with 关于; else the red
 * header "临淄区人民政府办公室文件" (without 文件); else the title line "…办公室关于印发…的通知" (the part before 关于);
 * else, for a notice all in one paragraph, the name before " 关于印发" at its very start.
 */
export function findHeadingIssuer(h: string): string | undefined {
  const ISSUER = String.raw`(\S+?(?:办公室|人民政府|委员会|政府|妇女联合会|妇联|工作委员会))`;
  const above = new RegExp(String.raw`^[ \t]*${ISSUER}[ \t]*\n[ \t]*关于`, 'mu').exec(h);
  if (above) return above[1];
  const head = h.split('\n').slice(0, 15).join('\n');
  const red = new RegExp(String.raw`^[ \t]*${ISSUER}[ \t]*文件[ \t]*$`, 'mu').exec(head);
  if (red) return red[1];
  const titled = new RegExp(String.raw`^[ \t]*${ISSUER}关于[^\n]*(?:通知|意见|方案)[ \t]*$`, 'mu').exec(head);
  if (titled) return titled[1];
  // A whole notice in one paragraph (a web page): "费县人民政府办公室 关于印发…的通知 …" (space or none) at its start.
  return new RegExp(String.raw`^[ \t]*${ISSUER}[ \t]*关于(?:印发|下达|做好|开展)`, 'u').exec(h.slice(0, 400))?.[1];
}

/** The plan year the notice names: from the list title, else the document number 〔2026〕, else the 关于印发…年 heading, else the date. */
export type PlanYear = { year?: number; range?: string };

/**
 * The plan year (issue 11: never a default): the list title's year ("2017年为全市妇女儿童办的实事"; for a range
 * "2011—2020年…规划" its first year, with `range` set to the text for a finding), else the document number's
 * (〔2017〕), else a 关于印发2017年… heading's, else the sentence that introduces the list ("市妇联发布了2017年…8项实事。包括："
 * in `intro`), else the issue date's (ISO). `year` undefined when none of them has one
 * between 2000 and 2100.
 */
export function findPlanYear(listTitle: string | undefined, documentNumber: string | undefined, heading: string, issuedOn: string | undefined, intro = ''): PlanYear {
  const ok = (y: number) => (y >= 2000 && y <= 2100 ? y : undefined);
  const title = listTitle ?? '';
  const range = /(\d{4})\s*(?:[—–\-~～至到]|——)+\s*(\d{4})\s*年/u.exec(title);
  if (range && ok(Number(range[1]))) return { year: Number(range[1]), range: range[0] };
  const inTitle = /(\d{4})\s*年/u.exec(title);
  if (inTitle && ok(Number(inTitle[1]))) return { year: Number(inTitle[1]) };
  const inNumber = /[〔\[(（［【](\d{4})[〕\])）］】]/u.exec(documentNumber ?? '');
  if (inNumber && ok(Number(inNumber[1]))) return { year: Number(inNumber[1]) };
  const inHeading = /关于(?:印发)?[^\n]{0,20}?(\d{4})\s*年/u.exec(heading.split('\n').slice(0, 15).join('\n'));
  if (inHeading && ok(Number(inHeading[1]))) return { year: Number(inHeading[1]) };
  const inIntro = /(\d{4})\s*年[^。\n]{0,24}?(?:实事|项目|清单|任务)/u.exec(intro);
  if (inIntro && ok(Number(inIntro[1]))) return { year: Number(inIntro[1]) };
  const inDate = issuedOn ? ok(Number(issuedOn.slice(0, 4))) : undefined;
  return inDate ? { year: inDate } : {};
}

/** Words a list title carries (实事, 清单, 项目 …). */
const TITLE_WORDS_RE = /实事|清单|项目|任务|计划|方案|规划|要点|目标|分解/u;
/** A section heading: 一、… / (一)… / 第一部分 …, short. */
const SECTION_RE = /^[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[部分章节])/u;

/** The title a heading line names: the 《…》 inside it, or "关于印发…的通知" without its frame, or the line itself. */
function titleOf(line: string): string {
  const quoted = /《([^《》]{4,60})》/u.exec(line);
  if (quoted) return quoted[1];
  const about = /关于(?:印发|下达|做好|开展)?(.+?)的(?:通知|解读|意见|函)$/u.exec(line);
  return about ? about[1] : line;
}

/**
 * The list's title (issue 11: the headline, not a section heading): the text before the first item on its line when
 * it names a year ("2017年为全市妇女儿童办的实事 一、…"); else, going up from the first item, the nearest line that
 * is not blank, not a section heading (二、主要内容) nor a table's header label (主要目标), not in brackets and not ending with punctuation, when it carries a
 * title word (实事/清单/项目…) — or, before any prose line, when it is the nearest such line at all; else the first
 * 《…》 title in the text. A 《…》 or 关于印发…的通知 line gives the title inside it.
 */
export function findListTitle(h: string, t: string, firstItem: number): string | undefined {
  const lineStart = h.lastIndexOf('\n', Math.max(firstItem - 1, 0)) + 1;
  const prefix = t.slice(lineStart, firstItem).trim().replace(/[:：，,]+$/u, '').trim();
  if (prefix && /\d{4}\s*年/u.test(prefix) && [...prefix].length <= 60 && !/[。；;]/u.test(prefix) && TITLE_WORDS_RE.test(prefix)) return titleOf(prefix);
  let end = lineStart - 1;
  let nearest: string | undefined;
  let prose = false;
  for (let n = 0; end > 0 && n < 80; n++) {
    const start = h.lastIndexOf('\n', end - 1) + 1;
    const line = t.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    if (SECTION_RE.test(line) && [...line].length <= 30) continue;
    if ([...line].length <= 8 && headerRole(line) !== undefined) continue;
    if (/^[(（]|[)）]$|[。：:，,；;]$/u.test(line) || line.length > 60) {
      prose = true;
      continue;
    }
    if (TITLE_WORDS_RE.test(line)) return titleOf(line);
    if (!prose && nearest === undefined) nearest = line;
  }
  return nearest ?? /《([^《》\n]{4,60})》/u.exec(t)?.[1];
}

/** Offset of the attachment: a line reading only 附件 (or 附件1 / 附件：); undefined when there is none. */
export function findAttachmentStart(h: string): number | undefined {
  const m = /^[ \t]*附件[ \t]*\d*[ \t]*:?[ \t]*$/mu.exec(h);
  return m ? m.index : undefined;
}

/** The table title: the first line of the attachment ending in 表, else "附件:…表" in the body. */
export function findTableTitle(t: string, h: string, attachment: number | undefined): string | undefined {
  if (attachment !== undefined) {
    const lines = t.slice(attachment).split('\n').slice(1).map((l) => l.trim());
    const title = lines.find((l) => l !== '');
    if (title && /表$/u.test(title)) return title;
  }
  const m = /^[ \t]*附件[ \t]*\d*[ \t]*:[ \t]*(.+?表)[ \t]*$/mu.exec(h);
  return m ? t.slice(m.index, m.index + m[0].length).replace(/^[ \t]*附件[ \t]*\d*[ \t]*[:：][ \t]*/u, '').trim() : undefined;
}

/**
 * The attachment's cells, in order, and whether they were tab-led. With tab-led cells (text pasted from a Word table: "\t序号\n\t实事名称\n…"), a line
 * starting with a tab starts a cell and other non-blank lines continue it ("本季度具体措施\n及任务进度情况");
 * with TAB rows (a table read as a table from a .docx or .pdf: "序号\t实事名称\t…", U+2028 for a line break inside a
 * cell), the rows' cells in order; otherwise each non-blank line is a cell.
 */
export function attachmentCells(t: string, attachment: number): { cells: string[]; tabbed: boolean } {
  const lines = t.slice(attachment).split('\n');
  const cells: string[] = [];
  // A table read as a table (.docx, .pdf): one row per line, cells between TABs, U+2028 inside a cell.
  const rows = lines.filter((l) => /\S\t|\t\S/u.test(l) && !l.startsWith('\t') && l.split('\t').length >= 3);
  if (rows.length >= 2) {
    for (const row of rows) cells.push(...row.split('\t').map((c) => c.replace(/\u2028/gu, '\n').trim()));
    return { cells, tabbed: true };
  }
  const tabbed = lines.some((l) => l.startsWith('\t'));
  if (tabbed) {
    let open = false;
    for (const line of lines) {
      if (line.startsWith('\t')) {
        cells.push(line.slice(1).trim());
        open = true;
      } else if (open && line.trim() !== '') cells[cells.length - 1] = [cells[cells.length - 1], line.trim()].filter((s) => s).join('\n');
    }
  } else {
    for (const line of lines) if (line.trim() !== '') cells.push(line.trim());
  }
  return { cells, tabbed };
}

/** The column key a header text names, by its words; undefined when none. */
export function columnKeyOf(header: string): ColumnKey | undefined {
  const k = matchKey(header);
  if (/序号|编号/u.test(k)) return 'number';
  if (/单位|部门/u.test(k)) return 'unit';
  if (/时限|完成时间|截止/u.test(k)) return 'deadline';
  if (/进展|进度|措施|情况/u.test(k)) return 'progressText';
  if (/名称|实事|项目|任务|事项/u.test(k)) return 'name';
  return undefined;
}

/** Default widths (Excel character units) per column key, fitting an A4 landscape page: 6 + 22 + 16 + 72 + 14. */
export const DEFAULT_COLUMN_WIDTHS: Record<ColumnKey, number> = { number: 6, name: 22, unit: 16, progressText: 72, deadline: 14 };

/** Default headers per column key, as in the 2026 attachment. */
export const DEFAULT_COLUMN_HEADERS: Record<ColumnKey, string> = {
  number: '序号', name: '实事名称', unit: '责任单位', progressText: '本季度具体措施\n及任务进度情况', deadline: '完成时限',
};

/**
 * The five columns from the attachment's header cells (from 序号 up to the first data cell), when they name the keys
 * number, name, unit, progressText, deadline in that order; and the data rows after the header (cells grouped by the
 * header's length; only for tab-led cells with a five-cell header: otherwise a row's cells cannot be told apart).
 * Undefined when the attachment has no such header.
 */
export function attachmentTable(cells: string[], tabbed: boolean): { columns: Column[]; rows: string[][] } | undefined {
  const first = cells.findIndex((c) => columnKeyOf(c) === 'number');
  if (first < 0) return undefined;
  let n = first;
  while (n < cells.length && !/^\d+$/.test(cells[n]) && n - first < 8) n++;
  const header = cells.slice(first, n);
  // A header cell broken over two lines without tabs ("本季度具体措施" / "及任务进度情况") gives two cells of one key.
  const columns: Column[] = [];
  for (const text of header) {
    const key = columnKeyOf(text);
    if (!key) return undefined;
    const last = columns[columns.length - 1];
    if (last?.key === key && header.length > 5) last.header += `\n${text}`;
    else columns.push({ key, header: text, width: DEFAULT_COLUMN_WIDTHS[key] });
  }
  if (columns.map((c) => c.key).join(',') !== 'number,name,unit,progressText,deadline') return undefined;
  const rows: string[][] = [];
  if (tabbed && header.length === 5) for (let i = n; i < cells.length; i += header.length) rows.push(cells.slice(i, i + header.length));
  return { columns, rows };
}
