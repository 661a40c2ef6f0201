import { readGrid, parseAreas } from '../../src/excel/read-grid';
import { isDateFormat } from '../../src/excel/date-format';
import { countSyncs } from '../../src/excel/sync';
import { excelHost } from '../../src/taskpane/usecases/excel';
import { mergeWorkbookSheets } from '../../src/taskpane/usecases/excel-jobs';
import { TEMPLATE_SHEET_NAMES } from '../../src/core/layout/options';
import { a1, a1Range, type Grid } from '../../src/core/sheet/grid';
import { filledBook, LINZI_2026 } from '../helpers/fixtures';
import { strictHost, type HostLevel, type SheetSpec, type StrictHost } from './strict/host';

/**
 * Reading the open workbook (excel/read-grid) and merging the tables pasted into it (taskpane/usecases/excel) under
 * the strict host: what comes back of each cell (value, text, number format, date), merges by level, and the round
 * trips; the merge writes nothing. (Ported from the office-addin-mock tests; the flows at every level are in
 * strict/flows.test.ts.)
 */

/** 进展情况表: the used range is B3:D5 (nothing in row 1–2 but merged title areas, nothing in column A). */
const table: SheetSpec = {
  name: '进展情况表',
  rows: [
    [],
    [],
    [null, '序号', '实事名称', 46387],
    [null, 1, '=不是公式', null],
    [null, true, 'a\r\nb', 'x_x000D_\ny'],
  ],
  numberFormats: { D3: 'yyyy/m/d', B4: '0', C4: '@' },
  merges: ['B1:F1', 'B2:C2'],
};
const sheets: SheetSpec[] = [{ name: '封面', visibility: 'Hidden', rows: [['说明']] }, table, { name: 'Sheet3' }];

describe('readGrid', () => {
  it('reads every sheet into a GridBook in 2 syncs', async () => {
    const host = strictHost({ level: '1.18', sheets });
    const c = countSyncs();
    const book = await readGrid(host.context(), { support: host.support });
    c.stop();
    expect(c.labels).toEqual(['read:sheets', 'read:ranges']);
    expect(book).toEqual({
      sheets: [
        { name: '封面', visibility: 'hidden', origin: { row: 0, col: 0 }, rows: [[{ value: '说明', text: '说明', numberFormat: 'General' }]], merges: [] },
        {
          name: '进展情况表',
          visibility: 'visible',
          origin: { row: 2, col: 1 },
          rows: [
            [
              { value: '序号', text: '序号', numberFormat: 'General' },
              { value: '实事名称', text: '实事名称', numberFormat: 'General' },
              { value: 46387, text: '2026/12/31', numberFormat: 'yyyy/m/d', isDate: true },
            ],
            [{ value: 1, text: '1', numberFormat: '0' }, { value: '=不是公式', text: '=不是公式', numberFormat: '@' }, null],
            [
              { value: true, text: 'TRUE', numberFormat: 'General' },
              { value: 'a\nb', text: 'a\nb', numberFormat: 'General' },
              { value: 'x\ny', text: 'x\ny', numberFormat: 'General' },
            ],
          ],
          merges: [
            { r0: 0, c0: 1, r1: 0, c1: 5 },
            { r0: 1, c0: 1, r1: 1, c1: 2 },
          ],
        },
        { name: 'Sheet3', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [], merges: [] },
      ],
    });
  });

  it('makes the same 2 syncs for ten times the sheets', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...table, name: `S${i}` }));
    const host = strictHost({ level: '1.18', sheets: many });
    const c = countSyncs();
    const book = await readGrid(host.context(), { support: host.support });
    c.stop();
    expect([c.count, host.requests.length]).toEqual([2, 2]);
    expect(book.sheets.map((s) => s.name)).toEqual(many.map((s) => s.name));
  });

  it.each(['1.1', '1.9'] as HostLevel[])('reads without merges below ExcelApi 1.13 (%s), using getUsedRange below 1.4', async (level) => {
    const host = strictHost({ level, sheets });
    const book = await readGrid(host.context(), { support: host.support });
    expect(book.sheets[1].merges).toEqual([]);
    const methods = host.requests.flatMap((r) => r.actions.map((a) => a.name));
    expect(methods).not.toContain('GetMergedAreasOrNullObject');
    expect(book.sheets[1].rows[0][0]).toEqual({ value: '序号', text: '序号', numberFormat: 'General' });
    expect(book.sheets[1].rows[0][2]).toMatchObject({ value: 46387, text: '2026/12/31', isDate: true });
    // A blank sheet: no rows from getUsedRangeOrNullObject (1.4), the empty A1 from getUsedRange (1.1, documented).
    expect(book.sheets[2].rows.flat().filter(Boolean)).toEqual([]);
  });

  it('leaves out sheets the caller skips', async () => {
    const host = strictHost({ level: '1.18', sheets });
    const book = await readGrid(host.context(), { support: host.support, skip: (n) => n === '封面' });
    expect(book.sheets.map((s) => s.name)).toEqual(['进展情况表', 'Sheet3']);
  });
});

describe('parseAreas', () => {
  it('reads quoted sheet names with commas', () => {
    expect(parseAreas("'a, b'!A1:B2, 'a, b'!$C$3:$D$4")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 2, c0: 2, r1: 3, c1: 3 },
    ]);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy年m月d日', true],
    ['h:mm', true],
    ['[h]:mm', true],
    ['General', false],
    ['@', false],
    ['0.00', false],
    ['#,##0;[Red]-#,##0', false],
    ['0.0%', false],
    ['"第"0"场"', false],
  ])('%s -> %s', (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });
});

const spec = LINZI_2026;

/** A sheet holding a grid's cells where the grid has them (values, number formats, merges), as a pasted sheet. */
function pasted(grid: Grid, name: string): SheetSpec {
  const rows: (string | number | boolean | null)[][] = [];
  const numberFormats: Record<string, string> = {};
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      const R = grid.origin.row + r;
      const C = grid.origin.col + c;
      (rows[R] ??= [])[C] = cell.value;
      if (cell.numberFormat && cell.numberFormat !== 'General') numberFormats[a1(R, C)] = cell.numberFormat;
    }),
  );
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null);
  const visibility = grid.visibility === 'veryHidden' ? 'VeryHidden' : grid.visibility === 'hidden' ? 'Hidden' : 'Visible';
  return { name, visibility, rows, numberFormats, merges: grid.merges.map((m) => a1Range(m)) };
}

/** Each unit's two sheets pasted, renamed after the unit (「区卫健局」, 「区卫健局-指标」), and a cover sheet. */
function workbook(units: string[]): SheetSpec[] {
  const out: SheetSpec[] = [{ name: '封面', rows: [['各单位报送的表']] }];
  for (const unit of units) {
    const book = filledBook(spec, unit, { quarter: 3 });
    out.push(pasted(book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.progress)!, unit));
    out.push(pasted(book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.indicator)!, `${unit}-指标`));
  }
  return out;
}

/** Everything a write could change, to compare before and after. */
const state = (host: StrictHost) =>
  JSON.stringify(host.book.sheets.map((s) => [s.name, s.visibility, [...s.cells], s.merges, [...s.columnWidths], [...s.rowHeights], s.protection])) +
  JSON.stringify(host.book.annotations);

describe('merging the sheets of the open workbook', () => {
  it('reads the workbook in 2 syncs and merges each pasted table as a unit’s file', async () => {
    const host = strictHost({ level: '1.18', sheets: workbook(['区卫健局', '区教体局']) });
    const before = state(host);
    const c = countSyncs();
    const outcome = await mergeWorkbookSheets(host.context(), spec, { layout: 'official' }, host.support);
    c.stop();
    expect(c.labels).toEqual(['read:sheets', 'read:ranges']);
    expect(outcome.inputs.map((i) => [i.file, i.report?.identity.unit, i.report?.indicators?.sheet])).toEqual([
      ['工作表「区卫健局」', '区卫健局', '区卫健局-指标'],
      ['工作表「区教体局」', '区教体局', '区教体局-指标'],
    ]);
    expect(outcome.quarterSource).toBe('files');
    expect(outcome.summary.quarter).toBe(3);
    expect(outcome.summary.roster.units.filter((u) => u.status === 'submitted').map((u) => u.unit)).toEqual(['区卫健局', '区教体局']);
    expect(outcome.skippedSheets).toEqual([{ sheet: '封面', reason: 'no-table' }]);
    // nothing written: no value, format, name, visibility, sheet or comment changed
    expect(state(host)).toBe(before);
  });

  it('needs no more syncs for 15 tables (ExcelApi 1.1 host)', async () => {
    const host = strictHost({ level: '1.1', sheets: workbook(spec.units.map((u) => u.id)) });
    const c = countSyncs();
    const outcome = await mergeWorkbookSheets(host.context(), spec, { quarter: 3, layout: 'per-unit' }, host.support);
    c.stop();
    expect([c.count, host.requests.length]).toEqual([2, 2]);
    expect(outcome.summary.roster.missing).toEqual([]);
    expect(outcome.summary.totals.submitted).toBe(15);
  });

  it('runs inside Excel.run as the mergeSheets use-case', async () => {
    const host = strictHost({ level: 'web', sheets: workbook(['区卫健局']) });
    const restore = host.install();
    try {
      const c = countSyncs();
      const outcome = await excelHost(spec).workbook.mergeSheets({ quarter: 3, layout: 'official' });
      c.stop();
      expect(c.count).toBeLessThanOrEqual(2);
      expect(outcome.inputs.map((i) => i.file)).toEqual(['工作表「区卫健局」']);
      expect(outcome.summary.roster.units.find((u) => u.unit === '区卫健局')?.status).toBe('submitted');
    } finally {
      restore();
    }
  });
});
