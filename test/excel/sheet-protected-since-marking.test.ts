import { clearMarks } from '../../src/excel/mark-findings';
import { validateInExcel } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache } from '../../src/excel/sheet-cache';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILLS } from '../../src/core/marks/palette';
import type { Finding } from '../../src/core/validate/finding';
import { strictHost, type HostLevel } from './strict/host';
import { scaledSpec } from './specs';

/**
 * Issue 9: a sheet protected after it was marked made the next 一键校验 and 清除标记 fail as a whole with
 * AccessDenied (restoring its marks' fills, deleting its notes). Such a sheet is now left as it was, the others are
 * marked or cleared, and the result names it and why; its marks stay remembered, so a clear after unprotecting it
 * restores them.
 */

const f = (sheet: string, cell: string): Finding => ({ code: 'progress-empty', severity: 'error', sheet, cell, message: '未填写', hint: '请填写' });
const report = { identity: {}, rows: [], findings: [] };
const findings = [f('进展情况表', 'D5'), f('指标完成情况', 'G4')];
const marked = { color: MARK_FILLS.error, pattern: 'Solid' };

describe.each(['1.8', '1.14', 'web'] as HostLevel[])('a sheet protected since marking, at host level %s', (level) => {
  it('is left as it was by 一键校验 and 清除标记, which change the other sheets and name it', async () => {
    const host = strictHost({ level, sheets: [{ name: '进展情况表', rows: [['序号']] }, { name: '指标完成情况', rows: [['序号']] }] });
    const store = memoryStore();
    const sheetCache = memorySheetCache();
    const run = () => validateInExcel(host.context(), scaledSpec(2), { validate: () => ({ report, findings }), support: host.support, store, sheetCache });
    expect((await run()).marked).toBe(2);
    const comments = host.book.annotations.length;
    host.sheet('指标完成情况')!.protection = { protected: true, options: {} };

    const c = countSyncs();
    const again = await run();
    const syncs = c.count;
    expect(again.marked).toBe(1);
    expect(again.leftAsIs).toEqual([{ sheet: '指标完成情况', reason: 'protected' }]);
    // Locating the add-in's notes first costs one more sync where there are notes (comments from ExcelApi 1.10).
    expect(syncs).toBe(comments ? 3 : 2);
    expect([host.cell('进展情况表', 'D5').fill, host.cell('指标完成情况', 'G4').fill]).toEqual([marked, marked]);
    expect(host.book.annotations.length).toBe(comments);

    const cleared = await clearMarks(host.context(), { support: host.support, store });
    c.stop();
    expect(cleared).toEqual({ restored: 1, skipped: 0, leftAsIs: [{ sheet: '指标完成情况', reason: 'protected' }] });
    expect(host.cell('进展情况表', 'D5').fill.pattern).toBe('None');
    expect(host.cell('指标完成情况', 'G4').fill).toEqual(marked);
    expect(host.book.annotations.map((a) => host.book.sheets.find((s) => s.id === a.sheetId)!.name)).toEqual(comments ? ['指标完成情况'] : []);

    host.sheet('指标完成情况')!.protection = { protected: false, options: {} };
    expect(await clearMarks(host.context(), { support: host.support, store })).toEqual({ restored: 1, skipped: 0, leftAsIs: [] });
    expect(host.cell('指标完成情况', 'G4').fill.pattern).toBe('None');
    expect(host.book.annotations).toEqual([]);
  });

  it('protected with formatting allowed: fills are changed there, notes left, and the result says so', async () => {
    const host = strictHost({ level, sheets: [{ name: '进展情况表', rows: [['序号']] }, { name: '指标完成情况', rows: [['序号']] }] });
    const store = memoryStore();
    const sheetCache = memorySheetCache();
    const run = () => validateInExcel(host.context(), scaledSpec(2), { validate: () => ({ report, findings }), support: host.support, store, sheetCache });
    await run();
    const comments = host.book.annotations.length > 0;
    host.sheet('指标完成情况')!.protection = { protected: true, options: { allowFormatCells: true } };
    const again = await run();
    expect([again.marked, again.leftAsIs]).toEqual([2, comments ? [{ sheet: '指标完成情况', reason: 'protected-notes' }] : []]);
    expect(host.cell('指标完成情况', 'G4').fill).toEqual(marked);
    // 清除标记 restores the fills there but leaves the add-in's note; the next 一键校验 must not try to delete it.
    const cleared = await clearMarks(host.context(), { support: host.support, store });
    expect(cleared).toEqual({ restored: 2, skipped: 0, leftAsIs: comments ? [{ sheet: '指标完成情况', reason: 'protected-notes' }] : [] });
    expect(host.book.annotations.length).toBe(comments ? 1 : 0);
    expect((await run()).leftAsIs).toEqual(comments ? [{ sheet: '指标完成情况', reason: 'protected-notes' }] : []);
    host.sheet('指标完成情况')!.protection = { protected: false, options: {} };
    expect((await clearMarks(host.context(), { support: host.support, store })).leftAsIs).toEqual([]);
    expect(host.book.annotations).toEqual([]);
  });
});
