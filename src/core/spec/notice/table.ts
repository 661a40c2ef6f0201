import { matchKey, toHalfWidth } from '../../text/normalize';
import { parseChineseInteger } from '../../text/numbers';
import { splitUnitList } from '../../text/units';

/**
 * A list of practical projects laid out as a table, as notices publish it and as it arrives flattened to text
 * (issue 11): from a .docx, a .pdf or a web page. Three flat forms, read from the text as written (full- or half-width):
 * - pipe rows: one row per line, cells between `|` ("1 | 新建幼儿园 | 3所 | 区教体局"); markdown rules (`|---|`) skipped;
 * - tab rows: one row per line, cells between TABs; a line break inside a cell may come as U+2028 (our .docx and
 *   .pdf readers write it so);
 * - one cell per line: a bare 序号 ("1") on its own line, then the row's cells one per line until the next 序号.
 * A header row (序号 / 项目名称 / 目标任务 / 责任单位 / 完成时限 …) tells which column is which; without one, each
 * cell is classed by its text (unit names, a deadline, a figure). A row without 序号 (a sub-row) belongs to the item
 * above. Pure; never throws.
 */

/** What a column holds: 序号, 名称, 目标/内容, 责任单位 (`unit`), 牵头单位 (`lead`), 完成时限, 进展情况, anything else. */
export type ColumnRole = 'number' | 'name' | 'target' | 'unit' | 'lead' | 'deadline' | 'progress' | 'other';

/** The role a header cell names, by its words; undefined when it is not a header label (too long, or none). */
export function headerRole(text: string): ColumnRole | undefined {
  const k = matchKey(text);
  if (k === '' || k.length > 16) return undefined;
  if (/^(序号|编号|序|号)$/u.test(k)) return 'number';
  if (/牵头/u.test(k)) return 'lead';
  if (/单位|部门/u.test(k)) return 'unit';
  if (/时限|完成时间|截止|时间节点|完成时间节点/u.test(k)) return 'deadline';
  if (/进展|进度|完成情况/u.test(k)) return 'progress';
  if (/名称/u.test(k)) return 'name';
  if (/目标|指标|内容|要求|标准|措施|举措/u.test(k)) return 'target';
  if (/项目|实事|事项|任务|工作/u.test(k)) return 'name';
  if (/备注|说明/u.test(k)) return 'other';
  return undefined;
}

/** One row of a table: its cells (line breaks inside a cell as "\n") and the 0-based offset of its first line. */
export type TableRow = { cells: string[]; offset: number };

/** One item read from a table: 序号 (1-based), name, target text, unit mentions, 0-based offset of its row. */
export type TableItem = {
  number: number;
  name: string;
  description: string;
  units: { name: string; lead: boolean }[];
  offset: number;
};

/** A table found in a notice: the roles of its header (when it has one) and its items. */
export type NoticeTable = { roles?: ColumnRole[]; items: TableItem[]; start: number; end: number };

const UNIT_SUFFIX_RE = /(?:局|委|办|会|院|部|队|中心|公司|分局|联|所|站|社|厅|处|团|办公室|政府|街道|集团|银行|医院|协会|馆|署)$/u;

/** True when a text is a list of unit names only ("区人社局、区妇联", "区卫健局\n区教体局"). */
export function isUnitList(text: string): boolean {
  const names = splitUnitList(text.replace(new RegExp(CELL_ROLE_RE.source, 'gu'), ' ').replace(/[()（）]/gu, ' '));
  return names.length > 0 && names.every((n) => n.length >= 2 && n.length <= 18 && UNIT_SUFFIX_RE.test(n) && !/\d/u.test(n));
}

/** True when a short text reads as a deadline: 2026年12月底, 12月31日前, 年底, 长期坚持, 2026.12, 9月投入使用, 5月底前动工. */
export function isDeadline(text: string): boolean {
  const k = matchKey(text);
  return k.length <= 16 && /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|上旬|下旬|末)?|年底|年内|全年|长期(?:坚持)?|持续推进|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)(?:前|底)?(?:完成|动工|开工|建成|投入使用|启动|完工|开放)?$/u.test(k);
}

/** Cells of a pipe row, or undefined when the line is not one. */
function pipeCells(line: string): string[] | undefined {
  if ((line.match(/[|｜]/gu) ?? []).length < 2) return undefined;
  const cells = line.split(/[|｜]/u).map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** Cells of a tab row (two non-blank cells at least, not a tab-led single cell), or undefined. */
function tabCells(line: string): string[] | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split('\t').map((c) => c.replace(/\u2028/gu, '\n').trim());
  if (cells.filter((c) => c !== '').length < 2) return undefined;
  if (cells[0] === '' && cells.slice(1).every((c) => c === '')) return undefined;
  while (cells.length > 1 && cells[cells.length - 1] === '' && line.endsWith('\t')) cells.pop();
  return cells;
}

/** Lines of `h` between offsets, each with its 0-based offset. */
function linesOf(h: string, from: number, to: number): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = from;
  for (const text of h.slice(from, to).split('\n')) {
    out.push({ text, offset });
    offset += text.length + 1;
  }
  return out;
}

/** Blocks of consecutive pipe or tab rows (blank lines between rows allowed). */
function rowBlocks(h: string, from: number, to: number): TableRow[][] {
  const blocks: TableRow[][] = [];
  let block: TableRow[] = [];
  for (const line of linesOf(h, from, to)) {
    if (/^[\s|｜:\-—]+$/u.test(line.text) && /[|｜]/u.test(line.text)) continue;
    const cells = pipeCells(line.text) ?? tabCells(line.text);
    if (cells) block.push({ cells, offset: line.offset });
    else if (line.text.trim() !== '') {
      if (block.length) blocks.push(block);
      block = [];
    }
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** The header's roles when `cells` is a header row (序号 first or 名称 present, every cell a label); else undefined. */
function headerRoles(cells: string[]): ColumnRole[] | undefined {
  const roles = cells.map((c) => headerRole(c));
  // A label we do not know (区政府分管领导) is 'other' when the row is clearly a header: 序号 and two more labels.
  const named = roles.filter((r) => r !== undefined).length;
  if (roles.some((r) => r === undefined) && !(roles[0] === 'number' && named >= 3 && cells.every((c) => [...c.trim()].length <= 12 && !/\d/u.test(c)))) return undefined;
  const known = roles.map((r) => r ?? 'other');
  if (!known.includes('name') && !known.includes('target')) return undefined;
  if (!known.includes('number') && !known.includes('unit') && !known.includes('lead')) return undefined;
  return known;
}

/** A 序号 cell's number: "1", "1.", "(1)", "一", "(二)"; undefined when not one. */
function rowNumber(cell: string): number | undefined {
  const h = toHalfWidth(cell);
  const m = /^\s*\(?(\d{1,3})[.、)]?\s*$/u.exec(h);
  if (m) return Number(m[1]);
  const cn = /^\s*\(?([一二三四五六七八九十]{1,3})[、)]?\s*$/u.exec(h);
  return cn ? parseChineseInteger(cn[1]) : undefined;
}

/** A role before names inside a unit cell: "牵头：区卫健局", "配合单位：区妇联" (half-width colon after toHalfWidth). */
const CELL_ROLE_RE = /(牵头(?:单位|部门)?|责任(?:单位|部门)?|配合(?:单位|部门)?|协办(?:单位)?|参与(?:单位)?)\s*[:：]/u;

/**
 * Adds a cell's unit names to a mention list (no repeats; a lead stays lead). A cell may name roles itself
 * ("牵头：区卫健局\n配合：区妇联"): names after 牵头 are lead, after the others not.
 */
function addUnits(into: TableItem['units'], text: string, lead: boolean): void {
  const parts = text.split(new RegExp(`(${CELL_ROLE_RE.source})`, 'u'));
  let role = lead;
  for (const part of parts) {
    if (part === undefined || part === '') continue;
    const labelled = CELL_ROLE_RE.exec(part);
    if (labelled && labelled[0] === part) {
      role = part.startsWith('牵头');
      continue;
    }
    if (/^(?:牵头|责任|配合|协办|参与)(?:单位|部门)?$/u.test(part)) continue;
    for (const name of splitUnitList(part.replace(/[()（）]/gu, ' '))) {
      const had = into.find((u) => u.name === name);
      if (had) had.lead ||= role;
      else into.push({ name, lead: role });
    }
  }
}

/** Appends a line of text to an item's description. */
function addText(item: TableItem, text: string): void {
  const s = text.trim();
  if (s !== '') item.description = item.description ? `${item.description}\n${s}` : s;
}

/** Reads one row's cells into `item` by the header's roles, the row's cells starting at column `shift` (0-based). */
function readByRoles(item: TableItem, cells: string[], roles: ColumnRole[], isNew: boolean, shift: number): void {
  cells.forEach((cell, i) => {
    const role = roles[i + shift];
    if (role === 'name') {
      const name = cell.replace(/\s*\n\s*/gu, '');
      if (isNew && item.name === '') item.name = name;
      else if (name !== item.name) addText(item, cell);
    } else if (role === 'target') addText(item, cell);
    else if (role === 'unit' || role === 'lead') addUnits(item.units, cell, role === 'lead');
  });
}

/** Reads cells without a header: unit lists are units, deadlines are dropped, the first other text is the name. */
function readByText(item: TableItem, cells: string[]): void {
  for (const cell of cells) {
    if (cell.trim() === '' || rowNumber(cell) !== undefined) continue;
    if (isUnitList(cell)) addUnits(item.units, cell, false);
    else if (isDeadline(cell)) continue;
    else if (item.name === '') item.name = cell.replace(/\s*\n\s*/gu, '').trim();
    else addText(item, cell);
  }
}

/** Items of a block of rows (pipe or tab), with or without a header row. */
function itemsOfRows(rows: TableRow[]): { roles?: ColumnRole[]; items: TableItem[] } {
  const headerAt = rows.findIndex((r) => headerRoles(r.cells) !== undefined);
  const roles = headerAt >= 0 ? headerRoles(rows[headerAt].cells) : undefined;
  const numberCol = roles ? roles.indexOf('number') : 0;
  const items: TableItem[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    // A short row is right-aligned (its 序号 and name cells merged with the row above), unless it starts with the next 序号.
    const leads = numberCol === 0 && rowNumber(row.cells[0] ?? '') === items.length + 1;
    const shift = roles && !leads ? Math.max(0, roles.length - row.cells.length) : 0;
    const numberCell = numberCol >= 0 && numberCol - shift >= 0 ? row.cells[numberCol - shift] : undefined;
    const n = numberCell === undefined ? undefined : rowNumber(numberCell);
    const isNew = n !== undefined && n === items.length + 1;
    if (!isNew && items.length === 0) continue;
    if (isNew) items.push({ number: n, name: '', description: '', units: [], offset: row.offset });
    const item = items[items.length - 1];
    if (roles) readByRoles(item, row.cells, roles, isNew, shift);
    else readByText(item, row.cells);
  }
  return { roles, items };
}

const STOP_RE = /^\s*(?:各|附件|特此|本通知|以上|此件|\(此件|联系|抄送|\d{4}年\d{1,2}月\d{1,2}日\s*$)/u;

/**
 * A one-cell-per-line table in `h` between offsets: an optional header (序号 then label lines), then rows each
 * starting with a bare 序号 line numbered 1, 2, 3 …; a row's lines are classed by their text (`readByText`).
 */
function oneCellTable(h: string, from: number, to: number): { roles?: ColumnRole[]; items: TableItem[]; start: number; end: number } | undefined {
  const lines = linesOf(h, from, to).map((l) => ({ text: l.text.replace(/^\t/u, '').trim(), offset: l.offset })).filter((l) => l.text !== '');
  let i = lines.findIndex((l, k) => rowNumber(l.text) === 1 && k + 1 < lines.length && rowNumber(lines[k + 1].text) === undefined);
  if (i < 0) return undefined;
  let roles: ColumnRole[] | undefined;
  const headStart = (() => {
    let k = i - 1;
    const labels: ColumnRole[] = [];
    while (k >= 0 && headerRole(lines[k].text) !== undefined) {
      const role = headerRole(lines[k].text) as ColumnRole;
      labels.unshift(role);
      k--;
      if (role === 'number') break;
    }
    if (labels.length >= 2 && labels[0] === 'number') roles = labels;
    return roles ? lines[k + 1].offset : lines[i].offset;
  })();
  const items: TableItem[] = [];
  let end = lines[i].offset;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (STOP_RE.test(toHalfWidth(line.text)) || line.text.length > 200) break;
    // The signature ("某某区人民政府办公室" above the date line) ends the table.
    if (i + 1 < lines.length && /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/u.test(toHalfWidth(lines[i + 1].text)) && !isDeadline(line.text)) break;
    const n = rowNumber(line.text);
    if (n !== undefined && n === items.length + 1) {
      items.push({ number: n, name: '', description: '', units: [], offset: line.offset });
    } else if (items.length) readByText(items[items.length - 1], [line.text]);
    end = line.offset + line.text.length;
  }
  if (items.length === 0 || items.some((it) => it.name === '')) return undefined;
  return { roles, items, start: headStart, end };
}

/**
 * The table of items in the text `h` (LF line ends) between offsets `from` and `to`: the block of pipe or tab rows, or
 * the one-cell-per-line table, that gives the most items (at least one, each with a name); undefined when none.
 */
export function findTable(h: string, from: number, to: number): NoticeTable | undefined {
  let best: NoticeTable | undefined;
  for (const block of rowBlocks(h, from, to)) {
    const { roles, items } = itemsOfRows(block);
    const named = items.filter((it) => it.name !== '');
    if (named.length === 0 || named.length !== items.length) continue;
    const last = block[block.length - 1];
    const found = { roles, items, start: block[0].offset, end: last.offset + 1 };
    if (!best || items.length > best.items.length) best = found;
  }
  const flat = oneCellTable(h, from, to);
  if (flat && (!best || flat.items.length > best.items.length)) best = flat;
  return best;
}
