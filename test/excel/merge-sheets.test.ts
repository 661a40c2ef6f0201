import { mergeWorkbookSheets, excelUseCases } from '../../src/taskpane/usecases/excel';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { TEMPLATE_SHEET_NAMES } from '../../src/core/layout/options';
import { a1Range, type Grid } from '../../src/core/sheet/grid';
import { filledBook, LINZI_2026 } from '../helpers/fixtures';
import { fakeExcel, type FakeSheet } from './fake-excel';

const spec = LINZI_2026;

/** A worksheet of the fake workbook holding a grid's values and merges (as a pasted sheet would). */
function fakeSheet(grid: Grid, name = grid.name): FakeSheet {
  const cols = Math.max(1, ...grid.rows.map((r) => r.length));
  const values = grid.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c]?.value ?? ''));
  const merges = grid.merges.length ? grid.merges.map((m) => `${name}!${a1Range(m)}`).join(', ') : null;
  const visibility = grid.visibility === 'veryHidden' ? 'VeryHidden' : grid.visibility === 'hidden' ? 'Hidden' : 'Visible';
  return { name, visibility, used: values.length ? { row: grid.origin.row, col: grid.origin.col, values } : null, merges };
}

/** Each unit's two sheets pasted, renamed after the unit (「区卫健局」, 「区卫健局-指标」), and a cover sheet. */
function workbook(units: string[]): FakeSheet[] {
  const out: FakeSheet[] = [{ name: '封面', used: { row: 0, col: 0, values: [['各单位报送的表']] } }];
  for (const unit of units) {
    const book = filledBook(spec, unit, { quarter: 3 });
    out.push(fakeSheet(book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.progress)!, unit));
    out.push(fakeSheet(book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.indicator)!, `${unit}-指标`));
  }
  return out;
}

describe('merging the sheets of the open workbook', () => {
  it('reads the workbook in 2 syncs and merges each pasted table as a unit’s file', async () => {
    const fake = fakeExcel(workbook(['区卫健局', '区教体局']));
    const c = countSyncs();
    const outcome = await mergeWorkbookSheets(fake.context, spec, { layout: 'official' }, supportUpTo('1.18'));
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
    // nothing written: no values, formats or names set, no sheet added or deleted
    expect(fake.ops.filter((o) => o.kind === 'set' && /\.(values|numberFormat|name|visibility)$|\.format\./.test(o.path))).toEqual([]);
    expect(fake.callsTo('.delete')).toEqual([]);
    expect(fake.added).toEqual([]);
  });

  it('needs no more syncs for 15 tables (ExcelApi 1.1 host)', async () => {
    const fake = fakeExcel(workbook(spec.units.map((u) => u.id)));
    const c = countSyncs();
    const outcome = await mergeWorkbookSheets(fake.context, spec, { quarter: 3, layout: 'per-unit' }, supportUpTo('1.1'));
    c.stop();
    expect(c.count).toBe(2);
    expect(outcome.summary.roster.missing).toEqual([]);
    expect(outcome.summary.totals.submitted).toBe(15);
  });

  it('runs inside Excel.run as the mergeSheets use-case', async () => {
    const fake = fakeExcel(workbook(['区卫健局']));
    const g = globalThis as { Excel?: unknown };
    g.Excel = { run: (job: (context: unknown) => Promise<unknown>) => job(fake.context) };
    try {
      const c = countSyncs();
      const outcome = await excelUseCases(spec).mergeSheets({ quarter: 3, layout: 'official' });
      c.stop();
      expect(c.count).toBeLessThanOrEqual(2);
      expect(outcome.inputs.map((i) => i.file)).toEqual(['工作表「区卫健局」']);
      expect(outcome.summary.roster.units.find((u) => u.unit === '区卫健局')?.status).toBe('submitted');
    } finally {
      delete g.Excel;
    }
  });
});
