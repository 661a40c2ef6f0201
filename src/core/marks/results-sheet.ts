import { placeText } from '../i18n/place';
import { word } from '../i18n/words';
import { uniqueSheetName } from '../sheet/names';
import type { CellStyle, PlanCell, SheetPlan } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import type { Finding, Severity } from '../validate/finding';
import { MARK_FILLS, SEVERITY_WORDS } from './palette';

/** Name wanted for the findings sheet; a clash gets "校验结果 (2)" … (core/sheet/names `uniqueSheetName`). */
export const RESULTS_SHEET = '校验结果';

/**
 * The columns of 校验结果, in order, with their widths in Excel character units: what a clerk reads first (the place
 * in words, the severity, the problem, the fix), then where exactly, then the stable code in a narrow last column
 * (for IT staff; never the only words shown).
 */
export const RESULTS_COLUMNS: readonly { header: string; width: number }[] = [
  { header: '序号', width: 5 },
  { header: '位置', width: 30 },
  { header: '级别', width: 6 },
  { header: '问题', width: 48 },
  { header: '建议', width: 40 },
  { header: '工作表', width: 12 },
  { header: '代码', width: 10 },
];

/**
 * The header texts of 校验结果 sheets this add-in wrote, now and before (the older layout had 文件 / 单元格 and the
 * code before the problem): a sheet with one of these header rows and a 校验结果 name is ours (`isResultsSheet`).
 */
export const RESULTS_HEADER_ROWS: readonly (readonly string[])[] = [
  RESULTS_COLUMNS.map((c) => c.header),
  ['序号', '文件', '工作表', '单元格', '级别', '代码', '问题', '建议'],
];

/** The text shown in 问题 when there are no findings. */
export const NO_FINDINGS_TEXT = '未发现问题，可以报送';

/** Font size (points) of the sheet: row heights are computed for it (NOTES: Excel does not autofit on open). */
const FONT_SIZE = 10;

const TEXT: CellStyle = { numberFormat: '@', wrap: true, vertical: 'top', border: 'thin', font: { size: FONT_SIZE } };

function styles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = { header: { ...TEXT, font: { size: FONT_SIZE, bold: true }, fill: '#F2F2F2' }, text: TEXT };
  for (const s of Object.keys(MARK_FILLS) as Severity[]) out[`severity-${s}`] = { ...TEXT, fill: MARK_FILLS[s] };
  return out;
}

/**
 * The 校验结果 sheet as a SheetPlan, in Chinese: a header row (RESULTS_COLUMNS, bold, repeated on every printed page)
 * and one row per finding in the given order: 序号 (1-based), 位置 (`placeText` in zh-CN: "第3项 某某 · 完成时限（E8）",
 * or the cell alone, or 整个文件 / 整张工作表), 级别 (SEVERITY_WORDS, filled with the severity's MARK_FILLS colour), 问题,
 * 建议, 工作表, 代码. Every cell is text (format "@"; a text starting with = stays text), wrapped, top aligned,
 * bordered; each row's height fits its tallest wrapped cell (sheet/text-metrics). Printed landscape on A4, one page
 * wide. Row 1 is frozen. No findings: one row whose 问题 says NO_FINDINGS_TEXT. The name is RESULTS_SHEET made
 * clash-free against `taken` (the workbook's sheet names, any case). Coordinates 0-based.
 */
export function resultsSheetPlan(findings: readonly Finding[], taken: Iterable<string>): SheetPlan {
  const widths = RESULTS_COLUMNS.map((c) => c.width);
  const cells: PlanCell[] = RESULTS_COLUMNS.map((c, col) => ({ row: 0, col, value: c.header, style: 'header' }));
  const rowHeights: Record<number, number> = { 0: rowHeightFor(RESULTS_COLUMNS.map((c) => c.header), widths, FONT_SIZE) };
  const row = (r: number, values: string[], severity?: Severity) => {
    values.forEach((value, col) => cells.push({ row: r, col, value, style: col === 2 && severity ? `severity-${severity}` : 'text' }));
    rowHeights[r] = rowHeightFor(values, widths, FONT_SIZE);
  };
  findings.forEach((f, i) =>
    row(i + 1, [String(i + 1), placeOf(f), SEVERITY_WORDS[f.severity], f.message, f.hint, f.sheet ?? '', f.code], f.severity),
  );
  if (findings.length === 0) row(1, ['', '', '', NO_FINDINGS_TEXT, '', '', '']);
  return {
    name: uniqueSheetName(RESULTS_SHEET, taken),
    role: 'findings',
    styles: styles(),
    cells,
    merges: [],
    columnWidths: widths,
    rowHeights,
    freeze: { rows: 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      titleRows: { r0: 0, r1: 0 },
      footerCenter: '第 &P 页，共 &N 页',
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    },
  };
}

/** 位置 of a finding: its place in words, else 整张工作表 (a sheet-level finding) or 整个文件 (file level). */
function placeOf(f: Finding): string {
  return placeText(f, 'zh-CN') || word(f.sheet ? 'place-sheet' : 'place-file', 'zh-CN');
}

/**
 * True when a sheet is a 校验结果 sheet this add-in wrote: its name is 校验结果 or 校验结果 (n), and its first row is
 * one of RESULTS_HEADER_ROWS (cells after the last header may be blank). A person's sheet of that name with other
 * content is not ours and is kept.
 */
export function isResultsSheet(name: string, firstRow: readonly (string | null | undefined)[]): boolean {
  if (!/^校验结果( \(\d+\))?$/.test(name.trim())) return false;
  const texts = firstRow.map((t) => (t ?? '').trim());
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return RESULTS_HEADER_ROWS.some((h) => h.length === texts.length && h.every((t, i) => t === texts[i]));
}
