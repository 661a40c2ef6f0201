import type { LedgerQuarter } from '../ledger/types';
import type { SheetPlan } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import type { TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { ledgerRosterName, ledgerRosterRole, ledgerTitle } from './ledger-names';
import { SIZES } from './styles';
import { summarySheetBuilder } from './summary-sheet';
import { UNIT_STATUS_TEXT } from './summary-roster';
import { word } from '../i18n/words';
import { chineseIsoDate } from '../text/date-text';

/** 0-based row of the column headers. */
export const LEDGER_ROSTER_HEADER_ROW = 2;
const WIDTHS = [6, 14, 18, 30, 12, 8, 8, 40];

/** The file name of a path as the roster shows it (the folder left out). */
function fileName(file: string | undefined): string {
  return file ? (file.split(/[\\/]/).pop() ?? file) : '';
}

/**
 * 报送情况（第N季度） (role ledger-roster-N): one quarter's roster as merged: 序号 / 单位 / 报送情况 / 文件 / 填报日期 /
 * 错误 / 警告 / 说明, one row per spec unit (0-based rows: 0 title, 1 the counts and merge time, 2 header, 3… units),
 * then the 催报 and 退回修改 texts of that merge.
 */
export function ledgerRosterPlan(record: LedgerQuarter, spec: TemplateSpec): SheetPlan {
  const b = summarySheetBuilder(WIDTHS);
  const c = record.counts;
  b.fullRow(0, ledgerTitle(spec.tableTitle, `${quarterLabel(record.quarter)}报送情况`), 'title', SIZES.title);
  const when = record.mergedAt ? `；汇总时间：${record.mergedAt.slice(0, 16).replace('T', ' ')}` : '';
  b.fullRow(1, `应报${c.units}个单位，已报送${c.submitted}个（其中有错误${c.withErrors}个），未报送${c.missing}个；收到文件${c.files}份，纳入汇总${c.merged}份${when}`, 'line', SIZES.body);
  b.headerRow(LEDGER_ROSTER_HEADER_ROW, ['序号', '单位', '报送情况', '文件', '填报日期', '错误', '警告', '说明']);
  let row = LEDGER_ROSTER_HEADER_ROW + 1;
  record.roster.forEach((u, i) => {
    // The same words as the summary's 报送情况: （重复报送） after the status, the 填报日期 in Chinese.
    const status = UNIT_STATUS_TEXT[u.status] + (u.duplicate ? word('status-duplicate-suffix', 'zh-CN') : '');
    const filledOn = u.filledOn ? chineseIsoDate(u.filledOn) : '';
    const style = u.status === 'submitted' ? 'ok' : u.status === 'with-errors' || u.status === 'unreadable' ? 'warn' : 'missing';
    const values = [i + 1, u.unit, status, fileName(u.file), filledOn, u.errors, u.warnings, u.reason];
    b.put(row, 0, i + 1, 'index');
    b.put(row, 1, u.unit, 'center');
    b.put(row, 2, status, style);
    b.put(row, 3, fileName(u.file), 'left');
    b.put(row, 4, filledOn, 'center');
    b.put(row, 5, u.errors, 'number');
    b.put(row, 6, u.warnings, 'number');
    b.put(row, 7, u.reason, 'text');
    b.rowHeights[row] = rowHeightFor(values.map(String), WIDTHS, SIZES.body);
    row++;
  });
  row++;
  if (record.reminder) b.fullRow(row++, `催报提示：${record.reminder}`, 'paste', SIZES.body);
  if (record.returnText) b.fullRow(row++, `退回修改提示：${record.returnText}`, 'paste', SIZES.body);
  return b.plan({ name: ledgerRosterName(record.quarter), role: ledgerRosterRole(record.quarter), headerRow: LEDGER_ROSTER_HEADER_ROW });
}
