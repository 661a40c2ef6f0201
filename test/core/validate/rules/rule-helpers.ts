import { findingFrom } from '../../../../src/core/i18n/catalogue';
import { readReport } from '../../../../src/core/read';
import type { ProgressReport } from '../../../../src/core/read/report';
import type { GridBook } from '../../../../src/core/sheet/grid';
import type { Rule, ValidateOptions } from '../../../../src/core/validate/context';
import type { Finding, Severity } from '../../../../src/core/validate/finding';
import { VALIDATE_MESSAGES } from '../../../../src/core/validate/messages';
import { cloneBook, filledBook, LINZI_2026, sheetOf } from '../../../helpers/fixtures';

export { LINZI_2026 };
export const FILE = 't.xlsx';
export const PROGRESS = '进展情况表';
export const INDICATOR = '指标完成情况';

/**
 * 区卫健局's correctly filled table for quarter 3 (file t.xlsx). Its items are 2 and 5 (rows 5 and 8: D5/E5, D8/E8);
 * its indicator rows are targets 2.1, 2.2, 2.3, 5.1, 5.2 on rows 4..8 (本季度完成 H, 累计完成 I).
 */
export function healthBook(unit = '区卫健局'): GridBook {
  return cloneBook(filledBook(LINZI_2026, unit, { file: FILE }));
}

export const progressSheet = (book: GridBook) => sheetOf(book, PROGRESS);
export const indicatorSheet = (book: GridBook) => sheetOf(book, INDICATOR);

/** Run one rule on a book (read with readReport) or a report. */
export function run(rule: Rule, book: GridBook | ProgressReport, opts: ValidateOptions = {}): Finding[] {
  const report = 'sheets' in book ? readReport(book, LINZI_2026) : book;
  return rule({ report, spec: LINZI_2026, opts });
}

/** The finding a rule should give (words from the catalogue, file t.xlsx). */
export function expected(code: string, sheet: string | null, cell: string | null, params: Record<string, string | number> = {}, severity?: Severity): Finding {
  return findingFrom(VALIDATE_MESSAGES, code, { file: FILE, sheet, cell }, params, 'zh-CN', severity);
}
