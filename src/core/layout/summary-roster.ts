import type { SheetPlan } from '../sheet/plan';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import { quarterLabel } from '../text/quarter';
import { word } from '../i18n/words';
import { baseName } from '../merge/roster';
import { rosterCountsText, rosterStatusText } from '../merge/roster-texts';
import { chineseIsoDate } from '../text/date-text';
import type { RosterFileStatus, RosterUnit, RosterUnitStatus, Summary } from '../merge/types';
import { fitRowHeight } from './row-fit';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
import { SUMMARY_SHEET_NAMES, type SummaryStyleKey } from './summary-styles';

/** Columns of the 报送情况 sheet, 0-based: 序号, 责任单位, 报送状态, 文件, 填报日期, 错误, 警告, 说明. */
export const ROSTER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '责任单位', width: 14 },
  { header: '报送状态', width: 16 },
  { header: '文件', width: 30 },
  { header: '填报日期', width: 16 },
  { header: '错误', width: 7 },
  { header: '警告', width: 7 },
  { header: '说明', width: 50 },
] as const;

/** Chinese words of a unit's status in the roster (the catalogue's, core/i18n/words). */
export const UNIT_STATUS_TEXT: Record<RosterUnitStatus, string> = {
  submitted: rosterStatusText('submitted', 'zh-CN'),
  'with-errors': rosterStatusText('with-errors', 'zh-CN'),
  missing: rosterStatusText('missing', 'zh-CN'),
  'wrong-quarter': rosterStatusText('wrong-quarter', 'zh-CN'),
  unreadable: rosterStatusText('unreadable', 'zh-CN'),
};

/** Chinese words of a file's status in the roster (the catalogue's). */
export const FILE_STATUS_TEXT: Record<RosterFileStatus, string> = {
  merged: word('file-status-merged', 'zh-CN'),
  superseded: word('file-status-superseded', 'zh-CN'),
  'wrong-quarter': word('file-status-wrong-quarter', 'zh-CN'),
  'unknown-unit': word('file-status-unknown-unit', 'zh-CN'),
  unreadable: word('file-status-unreadable', 'zh-CN'),
  'own-summary': word('file-status-own-summary', 'zh-CN'),
};

/** The status words of a unit, with （重复报送） when it sent more than one file. */
export function unitStatusText(u: RosterUnit): string {
  return UNIT_STATUS_TEXT[u.status] + (u.duplicate ? word('status-duplicate-suffix', 'zh-CN') : '');
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
 *   status (in coloured words, no fills: green sent, orange with errors, red missing), merged file, 填报日期 in
 *   Chinese (2026年12月2日), error / warning counts and the reason;
 * - then "未纳入汇总的文件": every file not merged (superseded, wrong quarter, unknown unit, unreadable) with the
 *   reason, in the same columns (责任单位 = the unit as recognised or as written);
 * - then "催报提示（可复制）" (roster.reminder) and, when a unit is to be sent back, "退回修改提示（可复制）" (roster.returnText:
 *   each unit's text listing every error by item and column): the ready-to-paste texts, merged across the columns.
 * All texts are string cells in the text format. A4 landscape, one page wide.
 */
export function summaryRosterPlan(summary: Summary): SheetPlan {
  const widths = ROSTER_COLUMNS.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
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
  fullRow(1, `${rosterCountsText(summary.roster.counts, 'zh-CN')}收到文件${t.files}份，纳入汇总${t.merged}份，未纳入${t.notMerged}份。`, 'line', SIZES.line);
  rowHeights[1] = Math.max(rowHeights[1], heightForLines(1, SIZES.line) + 4);
  ROSTER_COLUMNS.forEach((c, col) => put(2, col, c.header, 'header'));
  rowHeights[2] = heightForLines(1, SIZES.header) + 4;

  let row = 3;
  summary.roster.units.forEach((u, i) => {
    dataRow(
      row++,
      [i + 1, u.unit, unitStatusText(u), u.file ? baseName(u.file) : '', u.filledOn ? chineseIsoDate(u.filledOn) : '', u.errors, u.warnings, u.reason],
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
        [i + 1, f.unit ?? f.unitText ?? '', FILE_STATUS_TEXT[f.status], baseName(f.file), f.filledOn ? chineseIsoDate(f.filledOn) : '', f.errors, f.warnings, f.reason],
        f.status === 'superseded' ? 'warn' : 'missing',
      );
    });
  }

  row++;
  fullRow(row++, '催报提示（可复制）', 'section', SIZES.header);
  // Each text in rows of its own, split where a row would pass Excel's 409-point height (never cut: row-fit).
  const pasteRows = (text: string) => {
    for (const part of fitRowHeight(text, total, SIZES.body, '')) fullRow(row++, part, 'paste', SIZES.body);
  };
  pasteRows(summary.roster.reminder || '各单位均已报送。');
  if (summary.roster.returnTexts.length) {
    fullRow(row++, '退回修改提示（可复制）', 'section', SIZES.header);
    for (const r of summary.roster.returnTexts) pasteRows(r.text);
  }

  return sheet.plan({ name: SUMMARY_SHEET_NAMES.roster, role: 'roster', headerRow: 2 });
}
