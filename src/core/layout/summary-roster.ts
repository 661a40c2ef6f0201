import type { SheetPlan } from '../sheet/plan';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import { quarterLabel } from '../text/quarter';
import { baseName } from '../merge/roster';
import type { RosterFileStatus, RosterUnit, RosterUnitStatus, Summary } from '../merge/types';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
import { SUMMARY_SHEET_NAMES, type SummaryStyleKey } from './summary-styles';

/** Columns of the 报送情况 sheet, 0-based: 序号, 责任单位, 报送状态, 文件, 填报日期, 错误, 警告, 说明. */
export const ROSTER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '责任单位', width: 14 },
  { header: '报送状态', width: 16 },
  { header: '文件', width: 30 },
  { header: '填报日期', width: 12 },
  { header: '错误', width: 7 },
  { header: '警告', width: 7 },
  { header: '说明', width: 50 },
] as const;

/** Chinese words of a unit's status in the roster. */
export const UNIT_STATUS_TEXT: Record<RosterUnitStatus, string> = {
  submitted: '已报送',
  'with-errors': '已报送（有错误）',
  missing: '未报送',
  'wrong-quarter': '未报送（季度不符）',
  unreadable: '已报送 · 无法读取',
};

/** Chinese words of a file's status in the roster. */
export const FILE_STATUS_TEXT: Record<RosterFileStatus, string> = {
  merged: '已汇总',
  superseded: '已被替代',
  'wrong-quarter': '季度不符',
  'unknown-unit': '单位无法识别',
  unreadable: '无法读取',
  'own-summary': '汇总结果文件',
};

/** The status words of a unit, with （重复报送） when it sent more than one file. */
export function unitStatusText(u: RosterUnit): string {
  return UNIT_STATUS_TEXT[u.status] + (u.duplicate ? '（重复报送）' : '');
}

const STATUS_STYLE: Record<RosterUnitStatus, SummaryStyleKey> = {
  submitted: 'ok',
  'with-errors': 'warn',
  missing: 'missing',
  'wrong-quarter': 'missing',
  unreadable: 'warn',
};

/**
 * The 报送情况 sheet (the roster):
 * - row 0: title "2026年第三季度工作进展情况表报送情况"; row 1: the counts;
 * - row 2: header (ROSTER_COLUMNS), repeated on printed pages; then one row per spec unit in spec order with its
 *   status (coloured: green sent, yellow with errors, red missing), merged file, 填报日期, error / warning counts and
 *   the reason;
 * - then "未纳入汇总的文件": every file not merged (superseded, wrong quarter, unknown unit, unreadable) with the
 *   reason, in the same columns (责任单位 = the unit as recognised or as written);
 * - then "催报提示（可复制）" (roster.reminder) and, when a merged file has errors, "退回修改提示（可复制）" (roster.returnText,
 *   naming each unit's first errors and cells): the ready-to-paste texts, merged across the columns.
 * All texts are string cells in the text format. A4 landscape, one page wide.
 */
export function summaryRosterPlan(summary: Summary): SheetPlan {
  const widths = ROSTER_COLUMNS.map((c) => c.width);
  const sheet = summarySheetBuilder(widths);
  const { put, fullRow, rowHeights } = sheet;
  const dataRow = (row: number, values: (string | number)[], statusStyle: SummaryStyleKey): void => {
    values.forEach((v, col) => {
      const style: SummaryStyleKey = col === 2 ? statusStyle : col === 0 || col === 5 || col === 6 ? 'index' : col === 4 ? 'center' : 'left';
      put(row, col, v, style);
    });
    rowHeights[row] = rowHeightFor(values.map(String), widths, SIZES.body);
  };

  const title = `${summary.year}年${quarterLabel(summary.quarter)}工作进展情况表报送情况`;
  fullRow(0, title, 'title', SIZES.title);
  const t = summary.totals;
  fullRow(
    1,
    `应报${t.units}个单位，已报送${t.submitted}个（其中有错误${t.withErrors}个${t.unreadable ? `、无法读取${t.unreadable}个` : ''}），未报送${t.missing}个；收到文件${t.files}份，纳入汇总${t.merged}份，未纳入${t.notMerged}份。`,
    'line',
    SIZES.line,
  );
  rowHeights[1] = Math.max(rowHeights[1], heightForLines(1, SIZES.line) + 4);
  ROSTER_COLUMNS.forEach((c, col) => put(2, col, c.header, 'header'));
  rowHeights[2] = heightForLines(1, SIZES.header) + 4;

  let row = 3;
  summary.roster.units.forEach((u, i) => {
    dataRow(
      row++,
      [i + 1, u.unit, unitStatusText(u), u.file ? baseName(u.file) : '', u.filledOn ?? '', u.errors, u.warnings, u.reason],
      STATUS_STYLE[u.status],
    );
  });

  const others = summary.roster.files.filter((f) => f.status !== 'merged');
  if (others.length) {
    row++;
    fullRow(row++, '未纳入汇总的文件', 'section', SIZES.header);
    others.forEach((f, i) => {
      dataRow(
        row++,
        [i + 1, f.unit ?? f.unitText ?? '', FILE_STATUS_TEXT[f.status], baseName(f.file), f.filledOn ?? '', f.errors, f.warnings, f.reason],
        f.status === 'superseded' ? 'warn' : 'missing',
      );
    });
  }

  row++;
  fullRow(row++, '催报提示（可复制）', 'section', SIZES.header);
  fullRow(row++, summary.roster.reminder || '各单位均已报送。', 'paste', SIZES.body);
  if (summary.roster.returnText) {
    fullRow(row++, '退回修改提示（可复制）', 'section', SIZES.header);
    fullRow(row++, summary.roster.returnText, 'paste', SIZES.body);
  }

  return sheet.plan({ name: SUMMARY_SHEET_NAMES.roster, role: 'roster', headerRow: 2 });
}
