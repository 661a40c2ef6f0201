import type { Finding } from './finding';
import type { Lang } from './template';
import { word, WORDS, type WordKey } from './words';

/**
 * Where a finding points, in words: "第3项 某某 · 完成时限（E8）" (zh-CN) / "Item 3 某某 · Deadline (E8)" (en-US).
 * Parts, each only when known: the item (序号 and 实事名称, which stay as the notice wrote them), then the column in
 * words with the cell in brackets; a cell with no known column is shown bare. A cell on another sheet than
 * `mainSheet` (the progress table's, when given) is prefixed with its sheet ("指标完成情况 I8"). In zh-CN the column
 * is the table's own header (`finding.column`); in en-US the catalogue's word for `finding.columnKey`, else the
 * header. Returns '' for a file- or sheet-level finding with no item.
 */
export function placeText(finding: Finding, lang: Lang, mainSheet?: string): string {
  const parts: string[] = [];
  if (finding.item) parts.push(word('place-item', lang, { number: finding.item.number, name: finding.item.name }));
  const cell = finding.cell
    ? finding.sheet && mainSheet !== undefined && finding.sheet !== mainSheet
      ? word('place-sheet-cell', lang, { sheet: finding.sheet, cell: finding.cell })
      : finding.cell
    : '';
  const column = columnWords(finding, lang);
  if (column && cell) parts.push(word('place-column-cell', lang, { column, cell }));
  else if (cell) parts.push(cell);
  else if (column) parts.push(column);
  return parts.join(word('place-separator', lang));
}

/** The finding's column in `lang` ('' when unknown). */
function columnWords(finding: Finding, lang: Lang): string {
  const key = finding.columnKey ? (`column-${finding.columnKey}` as WordKey) : undefined;
  if (lang === 'zh-CN' || !key || !(key in WORDS)) return finding.column ?? (key && key in WORDS ? word(key, lang) : '');
  return word(key, lang);
}
