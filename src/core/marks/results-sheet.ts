import { uniqueSheetName } from '../sheet/names';
import type { CellStyle, PlanCell, SheetPlan } from '../sheet/plan';
import type { Finding, Severity } from '../validate/finding';
import { MARK_FILLS, SEVERITY_WORDS } from './palette';

/** Name wanted for the findings sheet; a clash gets "校验结果 (2)" … (core/sheet/names `uniqueSheetName`). */
export const RESULTS_SHEET = '校验结果';

/** The columns of 校验结果, in order, with their widths in Excel character units. */
export const RESULTS_COLUMNS: readonly { header: string; width: number }[] = [
  { header: '序号', width: 6 },
  { header: '文件', width: 20 },
  { header: '工作表', width: 14 },
  { header: '单元格', width: 8 },
  { header: '级别', width: 6 },
  { header: '代码', width: 26 },
  { header: '问题', width: 60 },
  { header: '建议', width: 50 },
];

/** The text shown in 问题 when there are no findings. */
export const NO_FINDINGS_TEXT = '未发现问题，可以报送';

const TEXT: CellStyle = { numberFormat: '@', wrap: true, vertical: 'top' };

function styles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = { header: { ...TEXT, font: { bold: true } }, text: TEXT };
  for (const s of Object.keys(MARK_FILLS) as Severity[]) out[`severity-${s}`] = { ...TEXT, fill: MARK_FILLS[s] };
  return out;
}

/**
 * The 校验结果 sheet as a SheetPlan: a header row (RESULTS_COLUMNS, bold) and one row per finding in the given order:
 * 序号 (1-based), 文件, 工作表, 单元格, 级别 (SEVERITY_WORDS, filled with the severity's MARK_FILLS colour), 代码, 问题, 建议.
 * Every cell is text (format "@"; a text starting with = stays text, as every SheetPlan string does), wrapped, top
 * aligned; row 1 is frozen. No findings: one row whose 问题 says NO_FINDINGS_TEXT. The name is RESULTS_SHEET made
 * clash-free against `taken` (the workbook's sheet names, any case). Coordinates 0-based.
 */
export function resultsSheetPlan(findings: readonly Finding[], taken: Iterable<string>): SheetPlan {
  const cells: PlanCell[] = RESULTS_COLUMNS.map((c, col) => ({ row: 0, col, value: c.header, style: 'header' }));
  const row = (r: number, values: string[], severity?: Severity) =>
    values.forEach((value, col) => cells.push({ row: r, col, value, style: col === 4 && severity ? `severity-${severity}` : 'text' }));
  findings.forEach((f, i) =>
    row(i + 1, [String(i + 1), f.file ?? '', f.sheet ?? '', f.cell ?? '', SEVERITY_WORDS[f.severity], f.code, f.message, f.hint], f.severity),
  );
  if (findings.length === 0) row(1, ['', '', '', '', '', '', NO_FINDINGS_TEXT, '']);
  return {
    name: uniqueSheetName(RESULTS_SHEET, taken),
    role: 'findings',
    styles: styles(),
    cells,
    merges: [],
    columnWidths: RESULTS_COLUMNS.map((c) => c.width),
    rowHeights: {},
    freeze: { rows: 1, cols: 0 },
  };
}
