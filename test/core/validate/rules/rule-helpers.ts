import { fillTemplate } from '../../../../src/core/i18n/catalogue';
import { readReport } from '../../../../src/core/read';
import type { ProgressReport } from '../../../../src/core/read/report';
import type { GridBook } from '../../../../src/core/sheet/grid';
import type { Rule, ValidateOptions } from '../../../../src/core/validate/context';
import type { Finding, Severity } from '../../../../src/core/validate/finding';
import golden from '../../i18n/zh-CN.golden.json';
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

/**
 * The finding a rule should give (file t.xlsx), its words from the reviewed zh-CN golden file (not from the
 * catalogue, so a rule test fails when the wording changes unreviewed). `place` adds the item and column that
 * `validateBook` gives a finding at a cell.
 */
export function expected(
  code: string,
  sheet: string | null,
  cell: string | null,
  params: Record<string, string | number> = {},
  severity?: Severity,
  place: Pick<Finding, 'item' | 'column' | 'columnKey'> = {},
): Finding {
  const words = (golden.messages as Record<string, { severity: string; message: string; hint: string }>)[code];
  if (!words) throw new Error(`no golden words for ${code}`);
  const f: Finding = {
    code,
    severity: severity ?? (words.severity as Severity),
    file: FILE,
    sheet,
    cell,
    message: fillTemplate(words.message, params),
    hint: fillTemplate(words.hint, params),
    ...place,
  };
  if (Object.keys(params).length) f.params = params;
  return f;
}
