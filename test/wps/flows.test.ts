import { templateWorkbookPlan } from '../../src/core/layout';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import { mergeBooks } from '../../src/core/merge/books';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { specOfBook } from '../../src/core/spec/of-book';
import { validateBook } from '../../src/core/validate/index';
import { toBgr } from '../../src/wps/api';
import { insertWorkbookPlan } from '../../src/wps/apply-plan';
import { clearMarks } from '../../src/wps/mark-findings';
import { readGrid } from '../../src/wps/read-grid';
import { readWorkbookSpec, writeWorkbookSpec } from '../../src/wps/spec-store';
import { validateInWps } from '../../src/wps/validate-in-wps';
import { findOwnSummarySheets, writeSummaryPlan } from '../../src/wps/write-summary';
import { filledBook, filledPlan, LINZI_2026, LINZI_UNITS } from '../helpers/fixtures';
import { wpsHost } from './fake/host';

/**
 * Every in-workbook flow of the WPS adapter against the fake WPS object model (test/wps/fake), with the host calls
 * counted: insert the template, read, 一键校验 with marks, 清除标记, the summary new and replaced, the 清单 kept and read.
 */

const spec = LINZI_2026;
const TODAY = '2026-10-08';
const validate = (book: Parameters<typeof validateBook>[0], s: typeof spec, o?: { quarter?: 1 | 2 | 3 | 4 }) => validateBook(book, s, { ...o, today: TODAY });

function departmentHost(unit = '区卫健局') {
  const host = wpsHost({ sheets: [{ name: 'Sheet1' }] });
  insertWorkbookPlan(host.app.ActiveWorkbook!, filledPlan(spec, unit, { quarter: 3 }));
  host.calls = 0;
  return host;
}

describe('WPS flows against the fake object model', () => {
  it('inserts the template next to the user\'s sheet, never over it; strings stay text', () => {
    const host = wpsHost({ sheets: [{ name: '进展情况表', rows: [['我的表']] }] });
    const plan = templateWorkbookPlan(spec, { quarter: 3, unit: '区卫健局', createdAt: '2026-10-08T09:00:00.000Z' });
    const result = insertWorkbookPlan(host.app.ActiveWorkbook!, plan);
    expect(host.values('进展情况表')).toEqual([['我的表']]);
    expect(result.sheets.slice(0, 2)).toEqual(['进展情况表 (2)', '指标完成情况']);
    expect(host.book.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['进展情况表', -1],
      ['进展情况表 (2)', -1],
      ['指标完成情况', -1],
      ['_ptmeta', 2],
    ]);
    expect(String(host.cell('进展情况表 (2)', 'A1')?.value)).toContain('第三季度');
    expect(host.sheet('进展情况表 (2)').protection).toEqual({ formatCells: true, drawingObjects: false });
    expect([...host.book.sheets.flatMap((s) => [...s.cells.values()])].some((c) => c.formula)).toBe(false);
    expect(host.book.active?.name).toBe('进展情况表 (2)');
  });

  it('reads back what it wrote: the same Grid values as the plan, merges found', () => {
    const host = departmentHost();
    const book = readGrid(host.app.ActiveWorkbook!);
    const expected = filledBook(spec, '区卫健局', { quarter: 3 });
    const table = book.sheets.find((s) => s.name === '进展情况表')!;
    expect(table.rows[4][3]?.value).toBe(expected.sheets[0].rows[4][3]?.value);
    expect(table.merges).toEqual(expected.sheets[0].merges);
  });

  it('reading costs the same number of calls for 10 or 200 rows (whole ranges, never cell by cell)', () => {
    const rows = (n: number) => [['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'], ...Array.from({ length: n }, (_, i) => [i + 1, `实事${i}`, '区卫健局', '进展', 46387])];
    const count = (n: number, merges: string[] = []) => {
      const host = wpsHost({ sheets: [{ name: '表', rows: rows(n), merges }] });
      readGrid(host.app.ActiveWorkbook!);
      return host.calls;
    };
    expect(count(200)).toBe(count(10));
    // With merged cells the halving search costs a few calls per doubling of the rows (log), never one per row.
    const doublings = 6;
    expect(count(10 * 2 ** doublings, ['A1:B1']) - count(10, ['A1:B1'])).toBeLessThanOrEqual(doublings * 8);
  });

  it('一键校验 marks the findings (fill + comment), selects the first, and 清除标记 restores exactly', () => {
    const host = departmentHost();
    const table = host.sheet('进展情况表');
    // Blank one own progress text: an error at that cell. Give another cell a fill of its own.
    const book = readGrid(host.app.ActiveWorkbook!);
    const { findings: before } = validate(book, spec, { quarter: 3 });
    expect(before.filter((f) => f.severity === 'error')).toEqual([]);
    const target = [...table.cells.entries()].find(([, c]) => typeof c.value === 'string' && c.value.startsWith('区卫健局围绕'))!;
    target[1].value = null;
    target[1].fill = toBgr('#00FF00');
    host.calls = 0;
    const result = validateInWps(host.app, spec, { validate, quarter: 3, selectFirst: true });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(result.marked).toBeGreaterThan(0);
    const cell = host.cell('进展情况表', errors[0].cell!)!;
    expect(cell.fill).toBe(toBgr(MARK_FILLS.error));
    expect(cell.comment?.startsWith(MARK_PREFIX)).toBe(true);
    expect(host.book.selected).toEqual({ sheet: '进展情况表', cell: errors[0].cell });
    expect(host.book.sheets.find((s) => s.name === '_ptmarks')?.visible).toBe(2);
    // Again: the same marks, no second comment (AddComment on a commented cell throws in WPS).
    validateInWps(host.app, spec, { validate, quarter: 3 });
    const cleared = clearMarks(host.app.ActiveWorkbook!);
    expect(cleared).toEqual({ restored: result.marked, skipped: 0, leftAsIs: [] });
    expect(cell.fill).toBe(toBgr('#00FF00'));
    expect(cell.comment).toBeUndefined();
  });

  it('a protected sheet without formatting allowed is left as it was and named', () => {
    const host = departmentHost();
    host.sheet('进展情况表').protection = { formatCells: false, drawingObjects: true };
    const t = [...host.sheet('进展情况表').cells.values()].find((c) => typeof c.value === 'string' && c.value.startsWith('区卫健局围绕'))!;
    t.value = null;
    const result = validateInWps(host.app, spec, { validate, quarter: 3 });
    expect(result.leftAsIs).toEqual([{ sheet: '进展情况表', reason: 'protected' }]);
    expect([...host.sheet('进展情况表').cells.values()].some((c) => c.comment !== undefined)).toBe(false);
  });

  it('a protected sheet that allows formatting but not objects gets the fills, no comments, and is named', () => {
    const host = departmentHost();
    host.sheet('进展情况表').protection = { formatCells: true, drawingObjects: true };
    const t = [...host.sheet('进展情况表').cells.values()].find((c) => typeof c.value === 'string' && c.value.startsWith('区卫健局围绕'))!;
    t.value = null;
    const result = validateInWps(host.app, spec, { validate, quarter: 3 });
    expect(result.leftAsIs).toEqual([{ sheet: '进展情况表', reason: 'protected-notes' }]);
    expect(t.fill).toBe(toBgr(MARK_FILLS.error));
    expect(t.comment).toBeUndefined();
  });

  it('writes the summary to new sheets, and replaces only its own summary; calls do not grow with the files', () => {
    const run = (units: string[]) => {
      const host = wpsHost({ sheets: [{ name: '汇总表', rows: [['用户自己的汇总表']] }] });
      const { summary } = mergeBooks(units.map((u) => ({ file: `${u}.xlsx`, book: filledBook(spec, u, { quarter: 3 }) })), spec, { quarter: 3 });
      const plan = summaryWorkbookPlan(summary, spec, { createdAt: '2026-10-08T09:00:00.000Z' });
      host.calls = 0;
      const first = writeSummaryPlan(host.app, host.app.ActiveWorkbook!, plan);
      const calls = host.calls;
      expect(host.values('汇总表')).toEqual([['用户自己的汇总表']]);
      expect(findOwnSummarySheets(host.app.ActiveWorkbook!).map((o) => o.sheets)).toEqual([first.sheets.filter((n) => !n.startsWith('_ptmeta'))]);
      const again = writeSummaryPlan(host.app, host.app.ActiveWorkbook!, plan, { replace: true });
      expect(again.sheets).toEqual(first.sheets);
      expect(again.replaced.sort()).toEqual([...first.sheets].sort());
      expect(host.values('汇总表')).toEqual([['用户自己的汇总表']]);
      expect(host.app.DisplayAlerts).toBe(true);
      return calls;
    };
    // 15 files or 3: the same sheets and rectangles but for the roster's statuses (sent / missing styles) and the rows'
    // heights, which depend on the texts; never a call per file.
    const few = run(LINZI_UNITS.slice(0, 3));
    const many = run(LINZI_UNITS.slice(0, 15));
    expect(Math.abs(many - few)).toBeLessThan(30);
  });

  it('keeps the 清单 in the workbook and reads it back; validation then uses it', () => {
    const host = departmentHost();
    const edited = { ...spec, version: `${spec.version}-wps` };
    expect(readWorkbookSpec(host.app.ActiveWorkbook!)).toEqual({ chosen: false });
    const first = writeWorkbookSpec(host.app.ActiveWorkbook!, edited);
    expect(first.added).toBe(true);
    const again = writeWorkbookSpec(host.app.ActiveWorkbook!, edited);
    expect(again).toEqual({ sheet: first.sheet, added: false });
    const kept = readWorkbookSpec(host.app.ActiveWorkbook!);
    expect(kept.chosen).toBe(true);
    expect(JSON.parse(kept.specJson!)).toEqual(edited);
    expect(specOfBook(readGrid(host.app.ActiveWorkbook!)).spec).toEqual(edited);
  });
});
