import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { SUMMARY_SHEET_NAMES } from '../../../src/core/layout/summary-styles';
import { SIZES } from '../../../src/core/layout/styles';
import { mergeReports } from '../../../src/core/merge/merge';
import type { MergeInput } from '../../../src/core/merge/types';
import { columnWidthFor } from '../../../src/core/sheet/text-metrics';
import type { Finding } from '../../../src/core/validate/finding';
import { writeWorkbook } from '../../../src/xlsx/write';
import { convert, CSV_FILTER, parseCsv, soffice } from '../../helpers/libreoffice';
import { makeReport, testSpec } from './fixtures';

/**
 * Issue 12, the printed summary: no fills in the summary sheets (the template's grey / yellow never print); 完成时限
 * normalised and in Chinese, one 【unit】 label per line and the column wide enough that no label breaks; an entry the
 * unit's own file flags as an error marked （有错误）; 报送情况 dates in Chinese.
 */
const spec = testSpec();

function inputs(): MergeInput[] {
  const mk = (unit: string, deadline: string, texts: Record<number, string>, filledOn: string): MergeInput => ({
    file: `${unit}.xlsx`,
    report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, filledOn, texts, deadlines: { 10: deadline } }),
    findings: [],
  });
  const civil = mk('区民政局', '2026/12/31', { 10: '开展儿童福利走访。' }, '2026-12-02');
  const insurance = mk('临淄医保分局', '长期坚持', { 10: '同上' }, '2026-12-01');
  const women = mk('区妇联', '2026.12', { 10: '组织关爱活动。' }, '2026-11-30');
  const cell = insurance.report!.rows.find((r) => r.itemNumber === 10)!.progressText.cell;
  const flag: Finding = { code: 'progress-placeholder', severity: 'error', file: insurance.file, sheet: insurance.report!.sheet!, cell, message: '进度情况只写了“同上”', hint: '' };
  insurance.findings = [flag];
  return [civil, insurance, women];
}

const summary = mergeReports(inputs(), spec, { quarter: 3 });
const plan = summaryWorkbookPlan(summary, spec);

test('完成时限 normalised in Chinese, labels on their own lines, the column wide enough for every line', () => {
  const item = summary.items[9];
  expect(item.deadline).toBe('【区民政局】\n2026年12月31日\n【临淄医保分局】\n长期坚持\n【区妇联】\n2026年12月');
  const table = plan.sheets.find((s) => s.name === SUMMARY_SHEET_NAMES.summary)!;
  const col = spec.columns.findIndex((c) => c.key === 'deadline');
  for (const line of item.deadline.split('\n')) expect([line, columnWidthFor(line, SIZES.body) <= table.columnWidths[col]]).toEqual([line, true]);
});

test('an entry its own file flags as an error is marked （有错误）', () => {
  expect(summary.items[9].progressText).toBe('【区民政局】开展儿童福利走访。\n【临淄医保分局】（有错误）同上\n【区妇联】组织关爱活动。');
});

test('no style of the summary sheets has a fill', () => {
  for (const sheet of plan.sheets.filter((s) => s.visibility !== 'veryHidden')) {
    for (const [key, style] of Object.entries(sheet.styles)) expect([sheet.name, key, style.fill]).toEqual([sheet.name, key, undefined]);
  }
});

test('报送情况 gives 填报日期 in Chinese', () => {
  const roster = plan.sheets.find((s) => s.name === SUMMARY_SHEET_NAMES.roster)!;
  const values = roster.cells.map((c) => c.value);
  expect(values).toContain('2026年12月2日');
  expect(values.filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))).toEqual([]);
});

(soffice() ? describe : describe.skip)('read back from the written file', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-print-'));
    file = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(file, await writeWorkbook(plan));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('ExcelJS: no cell of the visible sheets is filled', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      ws.eachRow((row) => row.eachCell((c) => expect([ws.name, c.address, (c.fill as { pattern?: string } | undefined)?.pattern ?? 'none']).toEqual([ws.name, c.address, 'none'])));
    }
  });

  test('LibreOffice: the 报送情况 sheet shows 2026年12月2日 and the 汇总表 the Chinese 完成时限', async () => {
    await convert(file, CSV_FILTER, dir);
    const roster = parseCsv(fs.readFileSync(path.join(dir, `summary-${SUMMARY_SHEET_NAMES.roster}.csv`), 'utf8'));
    expect(roster.find((r) => r[1] === '区民政局')?.[4]).toBe('2026年12月2日');
    const table = parseCsv(fs.readFileSync(path.join(dir, `summary-${SUMMARY_SHEET_NAMES.summary}.csv`), 'utf8'));
    expect(table.find((r) => r[0] === '10')?.[4]).toBe('【区民政局】\n2026年12月31日\n【临淄医保分局】\n长期坚持\n【区妇联】\n2026年12月');
  }, 120000);
});
