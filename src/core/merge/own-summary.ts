import { SUMMARY_SHEET_NAMES } from '../sheet/names';
import type { ProgressReport } from '../read/report';
import { readMetadata } from '../sheet/metadata';
import type { GridBook } from '../sheet/grid';

/**
 * True when a workbook is a summary this add-in wrote (汇总表 / 报送情况 / 指标完成情况汇总), not a unit's table, so a
 * merge skips it instead of reporting "未写明填报单位":
 * - its hidden metadata (core/sheet/metadata) names a summary sheet (role summary, roster or indicator-summary)
 *   while no metadata of the book names a unit or a progress sheet (a coordinator's own filled table that also holds
 *   a summary stays a unit file);
 * - or, metadata lost (e.g. re-saved by another program), it has both sheets 汇总表 and 报送情况 and the report did not
 *   read a 填报单位 from a sheet (a unit guessed from the file name, "区妇联汇总.xlsx", does not count).
 * Never throws on any GridBook.
 */
export function isOwnSummary(book: GridBook, report: ProgressReport | undefined): boolean {
  const metas = readMetadata({ sheets: Array.isArray(book.sheets) ? book.sheets.filter((s) => s && Array.isArray(s.rows)) : [] });
  const unitTable = metas.some((m) => m.unit !== undefined || m.sheets.progress !== undefined);
  if (unitTable) return false;
  if (metas.some((m) => m.sheets.summary !== undefined || m.sheets.roster !== undefined || m.sheets['indicator-summary'] !== undefined)) return true;
  const names = new Set((Array.isArray(book.sheets) ? book.sheets : []).map((s) => s?.name));
  const fromSheet = report?.identity.unit !== undefined && (report.identity.unitSource === 'sheet' || report.identity.unitSource === 'metadata');
  return names.has(SUMMARY_SHEET_NAMES.summary) && names.has(SUMMARY_SHEET_NAMES.roster) && !fromSheet;
}
