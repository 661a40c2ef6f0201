import { mergeBooks } from '../../../src/core/merge/books';
import { sheetLabel, splitSheets } from '../../../src/core/merge/sheets';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { TEMPLATE_SHEET_NAMES } from '../../../src/core/layout/options';
import type { Grid, GridBook } from '../../../src/core/sheet/grid';
import { bookFromPlan, filledBook, gridCell, LINZI_2026 } from '../../helpers/fixtures';

const spec = LINZI_2026;

/** The progress table and indicator sheet of a unit's filled template, renamed as a coordinator pasted them. */
function pasted(unit: string, progress: string, indicator: string): Grid[] {
  const book = filledBook(spec, unit, { quarter: 3 });
  const p = book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.progress)!;
  const i = book.sheets.find((g) => g.name === TEMPLATE_SHEET_NAMES.indicator)!;
  return [{ ...p, name: progress }, { ...i, name: indicator }];
}

const cover: Grid = {
  name: '说明',
  visibility: 'visible',
  origin: { row: 0, col: 0 },
  rows: [[gridCell('2026年第三季度各单位报送的进展情况表，已粘贴为工作表。')]],
  merges: [],
};

/** The add-in's own earlier summary (汇总表, 报送情况, 指标完成情况汇总 and their metadata sheet). */
function ownSummary(): Grid[] {
  const first = mergeBooks([], spec, { quarter: 3 }).summary;
  return bookFromPlan(summaryWorkbookPlan(first, spec)).sheets;
}

function workbook(): GridBook {
  const [wjPro, wjInd] = pasted('区卫健局', '区卫健局', '区卫健局-指标');
  const [jtPro, jtInd] = pasted('区教体局', '教体局表', '指标完成情况（教体局）');
  return { sheets: [cover, wjPro, jtPro, jtInd, wjInd, ...ownSummary()] };
}

describe('splitSheets', () => {
  it('gives one input per pasted table, paired with its indicator sheet, and lists the skipped sheets', () => {
    const split = splitSheets(workbook(), spec);
    expect(split.inputs.map((i) => i.file)).toEqual(['工作表「区卫健局」', '工作表「教体局表」']);
    expect(split.inputs.map((i) => i.book?.sheets.map((g) => g.name))).toEqual([
      ['区卫健局', '区卫健局-指标'],
      ['教体局表', '指标完成情况（教体局）'],
    ]);
    expect(split.tables).toEqual([
      { sheet: '区卫健局', indicator: '区卫健局-指标' },
      { sheet: '教体局表', indicator: '指标完成情况（教体局）' },
    ]);
    expect(split.skipped).toEqual([
      { sheet: '说明', reason: 'no-table' },
      { sheet: '汇总表', reason: 'own-summary' },
      { sheet: '报送情况', reason: 'own-summary' },
      { sheet: '指标完成情况汇总', reason: 'own-summary' },
      { sheet: '_ptmeta', reason: 'metadata' },
    ]);
  });

  it('merges to the same summary as the same tables sent as files', () => {
    const fromSheets = mergeBooks(splitSheets(workbook(), spec).inputs, spec, { quarter: 3 }).summary;
    const fromFiles = mergeBooks(
      ['区卫健局', '区教体局'].map((u) => ({ file: `${u}.xlsx`, book: filledBook(spec, u, { quarter: 3, file: `${u}.xlsx` }) })),
      spec,
      { quarter: 3 },
    ).summary;
    expect(fromSheets.items.map((i) => [i.progressText, i.deadline])).toEqual(fromFiles.items.map((i) => [i.progressText, i.deadline]));
    expect(fromSheets.targets.map((t) => [t.id, t.total, t.pace])).toEqual(fromFiles.targets.map((t) => [t.id, t.total, t.pace]));
    expect(fromSheets.roster.units.map((u) => [u.unit, u.status, u.errors])).toEqual(fromFiles.roster.units.map((u) => [u.unit, u.status, u.errors]));
    expect(fromSheets.roster.files.map((f) => f.file)).toEqual([sheetLabel('区卫健局'), sheetLabel('教体局表')]);
  });

  it('leaves an indicator sheet unpaired when it clearly belongs to no single table', () => {
    const [a] = pasted('区卫健局', '表一', '指标一');
    const [b, ind] = pasted('区教体局', '表二', '指标');
    const blankUnit = (g: Grid): Grid => ({ ...g, rows: g.rows.map((r, k) => (k === 1 ? [] : r)) });
    const split = splitSheets({ sheets: [a, b, blankUnit(ind)] }, spec);
    expect(split.tables).toEqual([{ sheet: '表一' }, { sheet: '表二' }]);
    expect(split.skipped).toEqual([{ sheet: '指标', reason: 'indicator-unpaired' }]);
  });

  it('pairs the template’s two sheets by its metadata and keeps that metadata with the table', () => {
    const book = filledBook(spec, '区卫健局', { quarter: 3 });
    const split = splitSheets(book, spec);
    expect(split.tables).toEqual([{ sheet: '进展情况表', indicator: '指标完成情况' }]);
    expect(split.inputs[0].book?.sheets.map((g) => g.name)).toEqual(['进展情况表', '指标完成情况', '_ptmeta']);
    expect(split.skipped).toEqual([{ sheet: '_ptmeta', reason: 'metadata' }]);
  });

  it('gives no input and never throws for a workbook of empty or malformed sheets', () => {
    const empty: Grid = { name: 'Sheet1', visibility: 'visible', origin: { row: 0, col: 0 }, rows: [], merges: [] };
    const hostile = { sheets: [empty, null, { name: 'x' }] } as unknown as GridBook;
    expect(splitSheets(hostile, spec)).toEqual({ inputs: [], tables: [], skipped: [{ sheet: 'Sheet1', reason: 'no-table' }] });
  });
});
