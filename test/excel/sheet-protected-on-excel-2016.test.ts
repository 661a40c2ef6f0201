import { clearMarks } from '../../src/excel/mark-findings';
import { validateInExcel } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache } from '../../src/excel/sheet-cache';
import { MARK_FILLS } from '../../src/core/marks/palette';
import type { Finding } from '../../src/core/validate/finding';
import { strictHost } from './strict/host';
import { scaledSpec } from './specs';

/**
 * Found by an independent run under the real client: on ExcelApi 1.1 (Excel 2016 before its updates) protection
 * cannot be read, so a sheet the user protected in Excel made 一键校验 and 清除标记 fail as a whole with AccessDenied.
 * Now, when Excel refuses the one-sync marking or clearing, the add-in goes sheet by sheet (with notes, then fills
 * alone, then not at all): the other sheets are marked or cleared, the protected one is named, and its marks stay
 * remembered for a clear after unprotecting.
 */

const f = (sheet: string, cell: string): Finding => ({ code: 'progress-empty', severity: 'error', sheet, cell, message: '未填写', hint: '请填写' });
const report = { identity: {}, rows: [], findings: [] };
const findings = [f('进展情况表', 'D5'), f('指标完成情况', 'G4')];
const marked = { color: MARK_FILLS.error, pattern: 'Solid' };
const none = { color: '#FFFFFF', pattern: 'None' };

it('a sheet protected on Excel 2016 (ExcelApi 1.1) is left as it was by 一键校验 and 清除标记; the other sheet is changed', async () => {
  const host = strictHost({ level: '1.1', sheets: [{ name: '进展情况表', rows: [['序号']] }, { name: '指标完成情况', rows: [['序号']] }] });
  const store = memoryStore();
  const sheetCache = memorySheetCache();
  const run = () => validateInExcel(host.context(), scaledSpec(2), { validate: () => ({ report, findings }), support: host.support, store, sheetCache });
  expect((await run()).marked).toBe(2);
  host.sheet('指标完成情况')!.protection = { protected: true, options: {} };

  const again = await run();
  expect([again.marked, again.leftAsIs]).toEqual([1, [{ sheet: '指标完成情况', reason: 'protected' }]]);
  expect([host.cell('进展情况表', 'D5').fill, host.cell('指标完成情况', 'G4').fill]).toEqual([marked, marked]);
  expect((await store.read()).map((r) => `${r.sheet}!${r.cell}`).sort()).toEqual(['指标完成情况!G4', '进展情况表!D5']);

  const cleared = await clearMarks(host.context(), { support: host.support, store });
  expect(cleared).toEqual({ restored: 1, skipped: 0, leftAsIs: [{ sheet: '指标完成情况', reason: 'protected' }] });
  expect([host.cell('进展情况表', 'D5').fill, host.cell('指标完成情况', 'G4').fill]).toEqual([none, marked]);

  host.sheet('指标完成情况')!.protection = { protected: false, options: {} };
  expect(await clearMarks(host.context(), { support: host.support, store })).toEqual({ restored: 1, skipped: 0, leftAsIs: [] });
  expect(host.cell('指标完成情况', 'G4').fill).toEqual(none);
});
