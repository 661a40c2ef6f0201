import { clearMarks, selectCell } from '../../src/excel/mark-findings';
import { MARK_FILLS as MARK_FILL } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { validateInExcel, type BookValidator } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache } from '../../src/excel/sheet-cache';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import type { Finding } from '../../src/core/validate/finding';
import type { ProgressReport } from '../../src/core/read/report';
import { fakeExcel, type FakeSheet } from './fake-excel';
import { scaledSpec } from './specs';

const spec = scaledSpec(2);
const all = supportUpTo('1.18');

const finding = (severity: Finding['severity'], sheet: string | null, cell: string | null, code = 'progress-empty'): Finding => ({
  code,
  severity,
  sheet,
  cell,
  message: `问题 ${code}`,
  hint: '请填写',
});

const sheets: FakeSheet[] = [
  { name: '进展情况表', used: { row: 0, col: 0, values: [['序号']] }, cells: { D5: { fill: '#FFF2CC' } }, protected: false },
  { name: '指标完成情况', used: { row: 0, col: 0, values: [['序号']] }, protected: true },
];

const findings: Finding[] = [
  finding('error', '进展情况表', 'D5'),
  finding('warning', '进展情况表', 'D5', 'deadline-passed'),
  finding('warning', '进展情况表', 'E6', 'deadline-passed'),
  finding('error', '指标完成情况', 'G4', 'indicator-not-number'),
  finding('error', null, null, 'file-unreadable'),
  finding('error', '不存在', 'A1', 'table-not-found'),
];

const report: ProgressReport = { identity: {}, rows: [], findings: [] };

function validatorGiving(f: Finding[]): BookValidator & { books: unknown[] } {
  const books: unknown[] = [];
  const v: BookValidator = (book) => {
    books.push(book);
    return { report, findings: f };
  };
  return Object.assign(v, { books });
}

describe('validateInExcel', () => {
  it('reads, validates and marks in 3 syncs without a kept sheet list, remembering each cell’s own fill', async () => {
    const fake = fakeExcel(sheets, [{ sheet: '进展情况表', cell: 'E6', content: '填报人自己的批注' }]);
    const store = memoryStore();
    const validate = validatorGiving(findings);
    const c = countSyncs();
    const result = await validateInExcel(fake.context, spec, { validate, support: all, store, sheetCache: memorySheetCache() });
    c.stop();
    expect(c.labels).toEqual(['validate:sheets', 'validate:ranges', 'validate:mark']);
    expect(result).toEqual({ report, findings, marked: 3, notes: 'notes', leftAsIs: [{ sheet: '指标完成情况', reason: 'protected-notes' }], spec });
    expect((validate.books[0] as { sheets: { name: string }[] }).sheets.map((s) => s.name)).toEqual(['进展情况表', '指标完成情况']);
    expect(fake.setsOf('进展情况表!D5.format.fill.color')).toEqual([MARK_FILL.error]);
    expect(fake.setsOf('进展情况表!E6.format.fill.color')).toEqual([MARK_FILL.warning]);
    expect(fake.setsOf('指标完成情况!G4.format.fill.color')).toEqual([MARK_FILL.error]);
    expect(await store.read()).toEqual([
      { sheet: '进展情况表', cell: 'D5', fill: '#FFF2CC', note: true },
      { sheet: '进展情况表', cell: 'E6', fill: null, note: false },
      { sheet: '指标完成情况', cell: 'G4', fill: null, note: false },
    ]);
    const notes = fake.callsTo('notes.add');
    expect(notes).toHaveLength(1);
    expect(notes[0].args?.[1]).toBe(`${MARK_PREFIX}\n【错误】问题 progress-empty\n建议：请填写\n【警告】问题 deadline-passed\n建议：请填写`);
  });

  it('restores the previous marks before marking again, and deletes only its own notes', async () => {
    const fake = fakeExcel(sheets, [
      { sheet: '进展情况表', cell: 'D5', content: `${MARK_PREFIX}\n旧的问题` },
      { sheet: '进展情况表', cell: 'B2', content: '填报人自己的批注' },
    ]);
    const store = memoryStore([
      { sheet: '进展情况表', cell: 'D9', fill: null, note: false },
      { sheet: '进展情况表', cell: 'D5', fill: '#FFF2CC', note: true },
      { sheet: '已删除的表', cell: 'A1', fill: null, note: false },
    ]);
    await validateInExcel(fake.context, spec, { validate: validatorGiving([finding('error', '进展情况表', 'D5')]), support: all, store });
    expect(fake.callsTo('进展情况表!D9.format.fill.clear')).toHaveLength(1);
    expect(fake.setsOf('进展情况表!D5.format.fill.color')).toEqual(['#FFF2CC', MARK_FILL.error]);
    expect(fake.callsTo(`notes[进展情况表!D5].delete`)).toHaveLength(1);
    expect(fake.callsTo(`notes[进展情况表!B2].delete`)).toEqual([]);
    expect(fake.ops.some((o) => o.path.startsWith('已删除的表'))).toBe(false);
  });

  it('marks with fills only on ExcelApi 1.1, where white counts as no fill', async () => {
    const fake = fakeExcel(sheets);
    const store = memoryStore();
    const c = countSyncs();
    await validateInExcel(fake.context, spec, { validate: validatorGiving(findings), support: supportUpTo('1.1'), store });
    c.stop();
    expect(c.count).toBe(3);
    expect(fake.callsTo('notes.add')).toEqual([]);
    expect((await store.read()).map((r) => r.fill)).toEqual(['#FFF2CC', null, null]);
  });

  it('does not mark a sheet protected against formatting, where a fill would fail the whole batch', async () => {
    const locked: FakeSheet[] = [sheets[0], { ...sheets[1], allowFormatCells: false }];
    const fake = fakeExcel(locked);
    const store = memoryStore();
    const result = await validateInExcel(fake.context, spec, { validate: validatorGiving(findings), support: all, store });
    expect(result.marked).toBe(2);
    expect(fake.ops.some((o) => o.path.startsWith('指标完成情况!'))).toBe(false);
  });
});

describe('clearMarks', () => {
  /** The sheets with D5 and G4 showing the add-in's marks. */
  const marked: FakeSheet[] = [
    { ...sheets[0], cells: { ...sheets[0].cells, D5: { fill: MARK_FILL.error } } },
    { ...sheets[1], cells: { ...sheets[1].cells, G4: { fill: MARK_FILL.warning.toLowerCase() } } },
  ];

  it('restores every marked cell’s own fill and deletes the add-in’s notes in 2 syncs', async () => {
    const fake = fakeExcel(marked, [{ sheet: '进展情况表', cell: 'D5', content: `${MARK_PREFIX}\n问题` }]);
    const store = memoryStore([
      { sheet: '进展情况表', cell: 'D5', fill: '#FFF2CC', note: true },
      { sheet: '指标完成情况', cell: 'G4', fill: null, note: false },
    ]);
    const c = countSyncs();
    expect(await clearMarks(fake.context, { support: all, store })).toEqual({ restored: 2, skipped: 0, leftAsIs: [] });
    c.stop();
    expect(c.count).toBe(2);
    expect(fake.setsOf('进展情况表!D5.format.fill.color')).toEqual(['#FFF2CC']);
    expect(fake.callsTo('指标完成情况!G4.format.fill.clear')).toHaveLength(1);
    expect(fake.callsTo('notes[进展情况表!D5].delete')).toHaveLength(1);
    expect(await store.read()).toEqual([]);
  });

  it('leaves alone a stored address that no longer shows a mark (rows inserted or deleted) and counts it', async () => {
    // A row was inserted above D5: the mark moved to D6, and D5 now holds another cell (light yellow, the user's).
    const moved: FakeSheet[] = [{ ...sheets[0], cells: { D5: { fill: '#FFFF99' }, D6: { fill: MARK_FILL.error } } }, marked[1]];
    const fake = fakeExcel(moved);
    const store = memoryStore([
      { sheet: '进展情况表', cell: 'D5', fill: null, note: false },
      { sheet: '指标完成情况', cell: 'G4', fill: null, note: false },
    ]);
    const c = countSyncs();
    expect(await clearMarks(fake.context, { support: all, store })).toEqual({ restored: 1, skipped: 1, leftAsIs: [] });
    c.stop();
    expect(c.count).toBe(2);
    expect(fake.callsTo('进展情况表!D5.format.fill.clear')).toHaveLength(0);
    expect(fake.setsOf('进展情况表!D5.format.fill.color')).toEqual([]);
    expect(fake.callsTo('指标完成情况!G4.format.fill.clear')).toHaveLength(1);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const fake = fakeExcel(sheets);
    const c = countSyncs();
    await selectCell(fake.context, '指标完成情况', 'G4');
    c.stop();
    expect(c.count).toBe(1);
    expect(fake.callsTo('指标完成情况.activate')).toHaveLength(1);
    expect(fake.callsTo('指标完成情况!G4.select')).toHaveLength(1);
  });
});
