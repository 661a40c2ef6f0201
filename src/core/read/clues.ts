import type { Quarter, TemplateSpec } from '../spec/schema';
import type { Grid } from '../sheet/grid';
import { METADATA_MARKER } from '../sheet/metadata';
import { parseQuarter } from '../text/quarter';
import { resolveUnit } from '../text/units';
import { parseYear } from '../text/year';
import { readIdentity, unitMentioned } from './identity';
import type { IdentitySource } from './report';

/**
 * Every file that arrives belongs to someone. When a file cannot be read as a workbook, the file adapter still
 * gathers what it can (`FileClues`): what kind of file it is, the sheet names in a damaged workbook's zip, the first
 * texts (shared strings, a Word document's paragraphs, the metadata sheet's strings), the names of files inside a zip
 * archive. `identifyFromClues` turns them, with the file name, into the unit and quarter, so the roster lists that
 * unit as 已报送 · 无法读取 (with the fix to ask for) instead of 未报送.
 */

/**
 * What a file that is no workbook is: 'word' (.docx, .doc), 'wps-writer' (WPS 文字 .wps), 'pdf', 'image' (PNG, JPEG,
 * GIF, BMP, TIFF, WebP), 'archive' (a zip of other files), 'presentation' (.pptx, .ppt), 'text' (plain text, HTML).
 */
export type ForeignKind = 'word' | 'wps-writer' | 'pdf' | 'image' | 'archive' | 'presentation' | 'text';

/** What could still be read from a file that cannot be read as a workbook. Every field optional; texts untrimmed. */
export interface FileClues {
  kind?: ForeignKind;
  /** Sheet names from the workbook part of a damaged workbook, in tab order. */
  sheetNames?: string[];
  /** The first texts found (shared strings, document paragraphs, core properties' title), in file order. */
  texts?: string[];
  /** Names of the files inside a zip archive (kind 'archive'). */
  entries?: string[];
}

/** Who a file that could not be read is from, as far as can be told. */
export interface CluedIdentity {
  /** Spec unit id, when recognised. */
  unit?: string;
  /** The unit text as found (填报单位 line, metadata, a name). */
  unitText?: string;
  /** Where the unit came from: 'sheet' = a text of the file (填报单位 line or title), 'metadata', 'file-name'. */
  unitSource?: IdentitySource | 'sheet-name' | 'archive-entry';
  quarter?: Quarter;
  /** The table's year (计划年度), when a text, a sheet name or the file name names one (`parseYear`). */
  year?: number;
}

/** Texts read from clues at most (a table's title and 填报单位 line come first in a file's strings). */
const TEXTS_SCANNED = 40;

/** The unit recorded in the add-in's metadata strings ("generator", marker, …, "unit", value), when present. */
function metadataUnit(texts: readonly string[]): string | undefined {
  const marker = texts.indexOf(METADATA_MARKER);
  if (marker < 0) return undefined;
  const at = texts.indexOf('unit', marker);
  return at >= 0 && at + 1 < texts.length ? texts[at + 1] : undefined;
}

/**
 * The unit and quarter of a file that could not be read, from its clues and its name (`file`, a name or path), in
 * this order: a 填报单位 line among the texts (what the person wrote), the add-in's metadata strings, the file name, a
 * sheet name, a file inside the archive, then any text naming a unit (a title "区卫健局2026年第三季度…"). Quarter and
 * year: the texts, then sheet names, then the file name. Pure; never throws; an empty object when nothing tells.
 */
export function identifyFromClues(file: string, clues: FileClues | undefined, spec: TemplateSpec): CluedIdentity {
  const all = (clues?.texts ?? []).filter((t) => typeof t === 'string' && t.trim() !== '');
  const texts = all.slice(0, TEXTS_SCANNED);
  const grid: Grid = {
    name: '',
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    rows: texts.map((t) => [{ value: t, text: t }]),
    merges: [],
  };
  const base = readIdentity({ sheets: [] }, grid, texts.length, spec);
  const out: CluedIdentity = {};
  if (base.unitText !== undefined) {
    out.unitText = base.unitText;
    out.unitSource = 'sheet';
    if (base.unit) out.unit = base.unit;
  }
  if (base.quarter !== undefined) out.quarter = base.quarter;
  if (base.year !== undefined) out.year = base.year;
  const meta = out.unitText === undefined ? metadataUnit(all) : undefined;
  if (meta !== undefined) {
    const m = resolveUnit(meta, spec);
    out.unitText = meta;
    out.unitSource = 'metadata';
    if (m.kind === 'unit') out.unit = m.unit.id;
  }
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{2,5}$/, '');
  const tries: [string[], NonNullable<CluedIdentity['unitSource']>][] = [
    [[name], 'file-name'],
    [clues?.sheetNames ?? [], 'sheet-name'],
    [(clues?.entries ?? []).map((e) => e.replace(/^.*[\\/]/, '')), 'archive-entry'],
    [texts, 'sheet'],
  ];
  for (const [list, source] of tries) {
    if (out.unitText !== undefined) break;
    for (const t of list) {
      const u = unitMentioned(t, spec);
      if (!u) continue;
      out.unit = u.id;
      out.unitText = u.id;
      out.unitSource = source;
      break;
    }
  }
  const names = [...(clues?.sheetNames ?? []), name, ...(clues?.entries ?? [])];
  for (const t of names) {
    if (out.quarter !== undefined) break;
    const q = parseQuarter(t);
    if (q !== undefined) out.quarter = q;
  }
  for (const t of names) {
    if (out.year !== undefined) break;
    const y = parseYear(t);
    if (y !== undefined) out.year = y;
  }
  return out;
}
