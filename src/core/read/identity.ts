import type { TemplateSpec, Unit } from '../spec/schema';
import type { Grid, GridBook } from '../sheet/grid';
import { a1 } from '../sheet/grid';
import { readMetadata, type WorkbookMetadata } from '../sheet/metadata';
import { parseDay } from '../text/deadline';
import { matchKey, toHalfWidth } from '../text/normalize';
import { isQuarter, parseQuarter } from '../text/quarter';
import { resolveUnit } from '../text/units';
import { parseYear } from '../text/year';
import { cellText, colSpan, rowSpan } from './cells';
import type { ReportIdentity } from './report';

/** The 填报单位 label in its forms: 填报单位：, 填报单位(盖章)：, 报送单位, 填表单位, 上报单位 (half-width text). */
const UNIT_LABEL = /(?:填报|报送|填表|上报)单位\s*(?:\(\s*(?:盖章|公章|签章)\s*\))?\s*[:：]?\s*/;
/** What ends the unit text on a shared line: 填报日期, 日期, 联系人, or a run of 2+ spaces. */
const UNIT_END = /\s{2,}|(?:填报|报送|填表)?日期|联系人|联系电话|填表人|填报人/;
const DATE_LABEL = /(?:填报|报送|填表)日期\s*[:：]?\s*/;

/** Rows above the header scanned for the title and the 填报单位 line (all of them when the header is lower). */
function linesAbove(grid: Grid, headerRow: number | undefined): { row: number; col: number; text: string }[] {
  const { first, end } = rowSpan(grid);
  const cols = colSpan(grid);
  const stop = headerRow ?? Math.min(end, first + 12);
  const out: { row: number; col: number; text: string }[] = [];
  for (let r = first; r < stop && r < end; r++) {
    const row = grid.rows[r - first];
    if (!Array.isArray(row)) continue;
    for (let c = cols.first; c < cols.first + row.length; c++) {
      const text = cellText(row[c - cols.first]);
      if (text.trim() !== '') out.push({ row: r, col: c, text });
    }
  }
  return out;
}

/**
 * The unit a text mentions anywhere (a file name "区卫健局-第三季度.xlsx"): the longest unit name or alias (by
 * `matchKey`) contained in it; undefined when none.
 */
export function unitMentioned(text: string, spec: TemplateSpec): Unit | undefined {
  const key = matchKey(text);
  let best: { unit: Unit; len: number } | undefined;
  for (const u of spec.units) {
    for (const name of [u.id, u.fullName, ...u.aliases]) {
      const k = matchKey(name);
      if (k.length >= 2 && key.includes(k) && (!best || k.length > best.len)) best = { unit: u, len: k.length };
    }
  }
  return best?.unit;
}

/** The metadata that belongs to the sheet `sheet` (its recorded progress sheet), else the first found. */
export function metadataFor(book: GridBook, sheet: string | undefined): WorkbookMetadata | undefined {
  const all = readMetadata(book);
  return all.find((m) => sheet !== undefined && m.sheets.progress === sheet) ?? all[0];
}

/**
 * Who and when a file is from (see `ReportIdentity`).
 * - Unit: the 填报单位 line above the header (in any of its forms; the text after the label, or the next cell to the
 *   right when the label stands alone) wins, because it is what the person wrote; then the hidden metadata; then a
 *   unit named in the file name. A line whose text does not resolve keeps `unitText` and leaves `unit` undefined (the
 *   validator reports it with the closest names); it does not fall back to metadata.
 * - Quarter: the title (any cell above the header naming one quarter), then the sheet name (第三季度, 2026Q3), then
 *   metadata, then the file name.
 * - Year (计划年度): the same way: the title (the first cell above the header naming one year: 2026年…, 2026年第三季度…),
 *   then the sheet name (2026年第三季度, 2026Q3), then metadata, then the file name (`parseYear`). Never from the 填报日期
 *   line nor from a date or deadline (a Q4 table is often filled in January of the next year).
 * - Template id/version: metadata. 填报日期: the 填报日期 line, when it holds a readable day.
 */
export function readIdentity(book: GridBook, grid: Grid | undefined, headerRow: number | undefined, spec: TemplateSpec): ReportIdentity {
  const id: ReportIdentity = {};
  const lines = grid ? linesAbove(grid, headerRow) : [];

  for (const l of lines) {
    const t = toHalfWidth(l.text);
    const m = UNIT_LABEL.exec(t);
    if (!m || id.unitCell !== undefined) continue;
    id.unitCell = a1(l.row, l.col);
    let rest = t.slice(m.index + m[0].length);
    const end = UNIT_END.exec(rest);
    if (end) rest = rest.slice(0, end.index);
    rest = rest.trim();
    if (rest === '') {
      const next = lines.find((o) => o.row === l.row && o.col > l.col && !DATE_LABEL.test(toHalfWidth(o.text)));
      if (next) rest = toHalfWidth(next.text).trim();
    }
    if (rest !== '') {
      id.unitText = rest;
      id.unitSource = 'sheet';
      const match = resolveUnit(rest, spec);
      if (match.kind === 'unit') id.unit = match.unit.id;
    }
  }

  for (const l of lines) {
    const t = toHalfWidth(l.text);
    const m = DATE_LABEL.exec(t);
    if (!m) continue;
    id.filledOnCell = a1(l.row, l.col);
    const day = parseDay(t.slice(m.index + m[0].length).trim(), spec.year);
    if (day) id.filledOn = day;
    break;
  }

  for (const l of lines) {
    if (UNIT_LABEL.test(toHalfWidth(l.text)) || DATE_LABEL.test(toHalfWidth(l.text))) continue;
    id.titleCell ??= a1(l.row, l.col);
    const q = id.quarter === undefined ? parseQuarter(l.text) : undefined;
    if (q !== undefined) {
      id.quarter = q;
      id.quarterSource = 'title';
      id.quarterCell = a1(l.row, l.col);
    }
    const y = id.year === undefined ? parseYear(l.text) : undefined;
    if (y !== undefined) {
      id.year = y;
      id.yearSource = 'title';
      id.yearCell = a1(l.row, l.col);
    }
    if (id.quarter !== undefined && id.year !== undefined) break;
  }

  if (grid && typeof grid.name === 'string') {
    // A workbook keeping one sheet per quarter names them so (二季度, 第三季度, 2026Q3, 2025年第四季度).
    const q = id.quarter === undefined ? parseQuarter(grid.name) : undefined;
    if (q !== undefined) {
      id.quarter = q;
      id.quarterSource = 'sheet';
    }
    const y = id.year === undefined ? parseYear(grid.name) : undefined;
    if (y !== undefined) {
      id.year = y;
      id.yearSource = 'sheet';
    }
  }

  const meta = metadataFor(book, grid?.name);
  if (meta) {
    id.templateId = meta.templateId;
    id.templateVersion = meta.templateVersion;
    if (id.unitText === undefined && meta.unit) {
      const match = resolveUnit(meta.unit, spec);
      id.unitText = meta.unit;
      id.unitSource = 'metadata';
      if (match.kind === 'unit') id.unit = match.unit.id;
    }
    if (id.quarter === undefined && isQuarter(meta.quarter)) {
      id.quarter = meta.quarter;
      id.quarterSource = 'metadata';
    }
    if (id.year === undefined) {
      id.year = meta.year;
      id.yearSource = 'metadata';
    }
  }

  if (book.file) {
    const base = book.file.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{2,5}$/, '');
    if (id.unitText === undefined) {
      const u = unitMentioned(base, spec);
      if (u) {
        id.unit = u.id;
        id.unitText = u.id;
        id.unitSource = 'file-name';
      }
    }
    if (id.quarter === undefined) {
      const q = parseQuarter(base);
      if (q !== undefined) {
        id.quarter = q;
        id.quarterSource = 'file-name';
      }
    }
    if (id.year === undefined) {
      const y = parseYear(base);
      if (y !== undefined) {
        id.year = y;
        id.yearSource = 'file-name';
      }
    }
  }
  return id;
}
