import { MARK_FILLS as MARK_FILL } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { validateInExcel, type BookValidator } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { documentSheetCache, memorySheetCache, parseSheetList, SHEETS_SETTING, type SheetList } from '../../src/excel/sheet-cache';
import { runValidateCommand } from '../../src/commands/validate-command';
import type { Grid, GridBook } from '../../src/core/sheet/grid';
import type { Finding } from '../../src/core/validate/finding';
import type { ProgressReport } from '../../src/core/read/report';
import { fakeExcel, type FakeSheet } from './fake-excel';
import { scaledSpec } from './specs';

/**
 * Issue 3, item 3: "Reading and marking take at most 2 syncs, however many rows or findings". With the sheet list
 * kept from the last read, 一键校验 reads in one sync and marks in the next; when the sheets changed since (or there
 * is no kept list, or the host is below ExcelApi 1.4) it takes 3 and still reads everything.
 */

const spec = scaledSpec(2);
const all = supportUpTo('1.18');
const report: ProgressReport = { identity: {}, rows: [], findings: [] };

/** A sheet whose used range is A1:B2 holding its name and a row number. */
function sheet(name: string, visibility: FakeSheet['visibility'] = 'Visible'): FakeSheet {
  return { name, visibility, used: { row: 0, col: 0, values: [[name, '序号'], [1, '实事']] } };
}

/** The Grid the adapter should make of `sheet(name)`. */
function grid(name: string, visibility: Grid['visibility'] = 'visible'): Grid {
  return {
    name,
    visibility,
    origin: { row: 0, col: 0 },
    rows: [
      [
        { value: name, text: name, numberFormat: 'General' },
        { value: '序号', text: '序号', numberFormat: 'General' },
      ],
      [
        { value: 1, text: '1', numberFormat: 'General' },
        { value: '实事', text: '实事', numberFormat: 'General' },
      ],
    ],
    merges: [],
  };
}

/** The kept list for these sheet names, all visible, no other notes. */
function kept(...names: string[]): SheetList {
  return { sheets: names.map((name) => ({ name, visibility: 'visible' })), otherNotes: [] };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `表${i + 1}`);

const finding = (sheetName: string, cell: string, severity: Finding['severity'] = 'error'): Finding => ({
  code: 'progress-empty',
  severity,
  sheet: sheetName,
  cell,
  message: '未填写',
  hint: '请填写',
});

/** A validator that records the book it was given and returns `findings`. */
function validatorGiving(findings: Finding[]): BookValidator & { books: GridBook[] } {
  const books: GridBook[] = [];
  const v: BookValidator = (book) => {
    books.push(book);
    return { report, findings };
  };
  return Object.assign(v, { books });
}

async function run(fake: ReturnType<typeof fakeExcel>, findings: Finding[], options: Partial<Parameters<typeof validateInExcel>[2]> = {}) {
  const validate = validatorGiving(findings);
  const c = countSyncs();
  try {
    const result = await validateInExcel(fake.context, spec, { validate, support: all, store: memoryStore(), ...options });
    return { result, book: validate.books[0], labels: [...c.labels] };
  } finally {
    c.stop();
  }
}

describe('一键校验 with the sheet list kept from the last read', () => {
  it('reads and marks 1 sheet with no finding in exactly 2 syncs', async () => {
    const fake = fakeExcel([sheet('进展情况表')]);
    const { result, book, labels } = await run(fake, [], { sheetCache: memorySheetCache(kept('进展情况表')) });
    expect(labels).toEqual(['validate:read', 'validate:mark']);
    expect(book).toEqual({ sheets: [grid('进展情况表')] });
    expect(result.marked).toBe(0);
  });

  it('reads 15 sheets and marks 500 findings in exactly 2 syncs', async () => {
    const fake = fakeExcel(names(15).map((n) => sheet(n)));
    const findings = Array.from({ length: 500 }, (_, i) => finding(`表${(i % 15) + 1}`, `D${i + 1}`, i % 2 ? 'warning' : 'error'));
    const cache = memorySheetCache(kept(...names(15)));
    const { result, book, labels } = await run(fake, findings, { sheetCache: cache });
    expect(labels).toEqual(['validate:read', 'validate:mark']);
    expect(book).toEqual({ sheets: names(15).map((n) => grid(n)) });
    expect(result.marked).toBe(500);
    for (const f of findings) expect(fake.setsOf(`${f.sheet}!${f.cell}.format.fill.color`)).toEqual([MARK_FILL[f.severity]]);
    expect(fake.callsTo('notes.add')).toHaveLength(500);
  });

  it('reads 15 sheets with 0 findings and 1 sheet with 500 findings in 2 syncs each', async () => {
    const many = await run(fakeExcel(names(15).map((n) => sheet(n))), [], { sheetCache: memorySheetCache(kept(...names(15))) });
    expect(many.labels).toHaveLength(2);
    expect(many.book.sheets).toHaveLength(15);
    const fake = fakeExcel([sheet('进展情况表')]);
    const findings = Array.from({ length: 500 }, (_, i) => finding('进展情况表', `E${i + 1}`));
    const one = await run(fake, findings, { sheetCache: memorySheetCache(kept('进展情况表')) });
    expect(one.labels).toHaveLength(2);
    expect(one.result.marked).toBe(500);
    expect(fake.setsOf('进展情况表!E500.format.fill.color')).toEqual([MARK_FILL.error]);
  });

  it('takes the visibility from the sheet list loaded in the same sync, not from the kept one', async () => {
    const fake = fakeExcel([sheet('封面'), sheet('进展情况表', 'Hidden')]);
    const { book, labels } = await run(fake, [], { sheetCache: memorySheetCache(kept('封面', '进展情况表')) });
    expect(labels).toHaveLength(2);
    expect(book).toEqual({ sheets: [grid('封面'), grid('进展情况表', 'hidden')] });
  });

  it('keeps the tab order of the workbook when the sheets were only moved (2 syncs)', async () => {
    const fake = fakeExcel([sheet('指标完成情况'), sheet('进展情况表')]);
    const { book, labels } = await run(fake, [], { sheetCache: memorySheetCache(kept('进展情况表', '指标完成情况')) });
    expect(labels).toHaveLength(2);
    expect(book.sheets.map((s) => s.name)).toEqual(['指标完成情况', '进展情况表']);
  });

  it('leaves out a sheet deleted since the last read, in 2 syncs', async () => {
    const fake = fakeExcel([sheet('进展情况表')]);
    const cache = memorySheetCache(kept('进展情况表', '已删除的表'));
    const { book, labels } = await run(fake, [finding('已删除的表', 'A1')], { sheetCache: cache });
    expect(labels).toHaveLength(2);
    expect(book).toEqual({ sheets: [grid('进展情况表')] });
    expect(fake.ops.some((o) => o.path.startsWith('已删除的表!'))).toBe(false);
    expect(cache.read()).toEqual(kept('进展情况表'));
  });
});

describe('一键校验 when the kept sheet list is stale or missing', () => {
  it('still reads a sheet added since the last read, in 3 syncs, and keeps the new list', async () => {
    const fake = fakeExcel([sheet('进展情况表'), sheet('新增表'), sheet('指标完成情况')]);
    const cache = memorySheetCache(kept('进展情况表', '指标完成情况'));
    const { book, labels } = await run(fake, [finding('新增表', 'B2')], { sheetCache: cache });
    expect(labels).toEqual(['validate:read', 'validate:read-changed', 'validate:mark']);
    expect(book).toEqual({ sheets: [grid('进展情况表'), grid('新增表'), grid('指标完成情况')] });
    expect(fake.setsOf('新增表!B2.format.fill.color')).toEqual([MARK_FILL.error]);
    expect(cache.read()).toEqual(kept('进展情况表', '新增表', '指标完成情况'));
    // The next run is back to 2.
    expect((await run(fake, [], { sheetCache: cache })).labels).toHaveLength(2);
  });

  it('still reads a renamed sheet under its new name, in 3 syncs', async () => {
    const fake = fakeExcel([sheet('进展情况表（区卫健局）')]);
    const cache = memorySheetCache(kept('进展情况表'));
    const { book, labels } = await run(fake, [finding('进展情况表（区卫健局）', 'D5'), finding('进展情况表', 'D5')], { sheetCache: cache });
    expect(labels).toHaveLength(3);
    expect(book).toEqual({ sheets: [grid('进展情况表（区卫健局）')] });
    expect(fake.setsOf('进展情况表（区卫健局）!D5.format.fill.color')).toEqual([MARK_FILL.error]);
    expect(fake.ops.some((o) => o.path.startsWith('进展情况表!'))).toBe(false);
    expect(cache.read()).toEqual(kept('进展情况表（区卫健局）'));
  });

  it('reads without a kept list in 3 syncs (sheet list, used ranges, marks) and keeps the list for next time', async () => {
    const fake = fakeExcel([sheet('进展情况表'), sheet('_ptmeta', 'VeryHidden')]);
    const cache = memorySheetCache();
    const first = await run(fake, [finding('进展情况表', 'D5')], { sheetCache: cache });
    expect(first.labels).toEqual(['validate:sheets', 'validate:ranges', 'validate:mark']);
    expect(first.book).toEqual({ sheets: [grid('进展情况表'), grid('_ptmeta', 'veryHidden')] });
    expect(cache.read()).toEqual({ sheets: [{ name: '进展情况表', visibility: 'visible' }, { name: '_ptmeta', visibility: 'veryHidden' }], otherNotes: [] });
    const second = await run(fake, [finding('进展情况表', 'D5')], { sheetCache: cache });
    expect(second.labels).toEqual(['validate:read', 'validate:mark']);
    expect(second.book).toEqual(first.book);
  });

  it('keeps the 3-sync read on an ExcelApi 1.3 host, which has no getItemOrNullObject', async () => {
    const fake = fakeExcel([sheet('进展情况表')]);
    const { book, labels } = await run(fake, [finding('进展情况表', 'D5')], { support: supportUpTo('1.3'), sheetCache: memorySheetCache(kept('进展情况表')) });
    expect(labels).toEqual(['validate:sheets', 'validate:ranges', 'validate:mark']);
    expect(book.sheets.map((s) => s.name)).toEqual(['进展情况表']);
    expect(book.sheets[0].rows).toEqual(grid('进展情况表').rows);
    expect(fake.callsTo('worksheets.getItemOrNullObject')).toEqual([]);
    expect(fake.setsOf('进展情况表!D5.format.fill.color')).toEqual([MARK_FILL.error]);
  });

  it('falls back to the 3-sync read when the kept-list read fails', async () => {
    const fake = fakeExcel([sheet('进展情况表')]);
    fake.context.workbook.worksheets.getItemOrNullObject = () => {
      throw new Error('GeneralException');
    };
    const { book, labels } = await run(fake, [], { sheetCache: memorySheetCache(kept('进展情况表')) });
    expect(labels).toEqual(['validate:sheets', 'validate:ranges', 'validate:mark']);
    expect(book).toEqual({ sheets: [grid('进展情况表')] });
  });
});

describe('一键校验 and the notes of others', () => {
  const own = { sheet: '进展情况表', cell: 'D5', content: `${MARK_PREFIX}\n旧的问题` };
  const others = { sheet: '进展情况表', cell: 'E6', content: '填报人自己的批注' };

  it('uses the kept cells of other notes whose text is unchanged: no note over theirs, 2 syncs', async () => {
    const fake = fakeExcel([sheet('进展情况表')], [own, others]);
    const cache = memorySheetCache({ ...kept('进展情况表'), otherNotes: [{ content: others.content, cell: '进展情况表!E6' }] });
    const onTheirs: Finding = { ...finding('进展情况表', 'E6'), message: '他人批注处的问题' };
    const { labels } = await run(fake, [finding('进展情况表', 'D5'), onTheirs], { sheetCache: cache });
    expect(labels).toHaveLength(2);
    expect(fake.callsTo('notes[进展情况表!D5].delete')).toHaveLength(1);
    expect(fake.callsTo('notes[进展情况表!E6].delete')).toEqual([]);
    expect(fake.callsTo('notes.add').map((o) => o.args?.[1])).toEqual([`${MARK_PREFIX}\n【错误】未填写\n建议：请填写`]);
    expect(fake.setsOf('进展情况表!E6.format.fill.color')).toEqual([MARK_FILL.error]);
  });

  it('reads the cells of other notes added since the last read (3 syncs) and keeps them', async () => {
    const fake = fakeExcel([sheet('进展情况表')], [others]);
    const cache = memorySheetCache(kept('进展情况表'));
    const { labels } = await run(fake, [finding('进展情况表', 'E6')], { sheetCache: cache });
    expect(labels).toEqual(['validate:read', 'validate:read-changed', 'validate:mark']);
    expect(fake.callsTo('notes.add')).toEqual([]);
    expect(fake.setsOf('进展情况表!E6.format.fill.color')).toEqual([MARK_FILL.error]);
    expect(cache.read()?.otherNotes).toEqual([{ content: others.content, cell: '进展情况表!E6' }]);
  });
});

describe('the ribbon 一键校验', () => {
  it('reads and marks in 2 syncs from the second run on, sharing the kept list', async () => {
    const fake = fakeExcel([sheet('进展情况表')]);
    const cache = memorySheetCache();
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      const c = countSyncs();
      const outcome = await runValidateCommand(fake.context, { support: all, sheetCache: cache });
      c.stop();
      expect(outcome.kind).toBe('done');
      counts.push(c.count);
    }
    expect(counts).toEqual([3, 2]);
  });
});

describe('the kept sheet list in the document settings', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  it('reads and writes Office.context.document.settings, saving the document settings', () => {
    const store = new Map<string, unknown>();
    const saveAsync = jest.fn();
    g.Office = { context: { document: { settings: { get: (k: string) => store.get(k) ?? null, set: (k: string, v: unknown) => store.set(k, v), saveAsync } } } };
    const cache = documentSheetCache();
    expect(cache.read()).toBeUndefined();
    cache.write(kept('进展情况表'));
    expect(store.get(SHEETS_SETTING)).toEqual(kept('进展情况表'));
    expect(saveAsync).toHaveBeenCalledTimes(1);
    expect(documentSheetCache().read()).toEqual(kept('进展情况表'));
  });

  it('treats a malformed kept list as no list', () => {
    expect(parseSheetList({ sheets: [{ name: 1, visibility: 'visible' }], otherNotes: [] })).toBeUndefined();
    expect(parseSheetList({ sheets: [{ name: 'A', visibility: 'shown' }], otherNotes: [] })).toBeUndefined();
    expect(parseSheetList('[]')).toBeUndefined();
    expect(parseSheetList(null)).toBeUndefined();
    expect(parseSheetList(kept('A'))).toEqual(kept('A'));
  });
});
