import { firstToShow, runValidateCommand } from '../../src/commands/validate-command';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILL } from '../../src/excel/mark-findings';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { Finding } from '../../src/core/validate/finding';
import { fakeExcel } from './fake-excel';

const base = { code: 'c', message: 'm', hint: 'h' };

describe('firstToShow', () => {
  it('goes to the first error, even after warnings', () => {
    const w: Finding = { ...base, severity: 'warning', sheet: 'S', cell: 'A1' };
    const e: Finding = { ...base, severity: 'error', sheet: 'S', cell: 'D9' };
    expect(firstToShow([w, { ...base, severity: 'error', sheet: null, cell: null }, e])).toBe(e);
    expect(firstToShow([])).toBeUndefined();
  });
});

describe('runValidateCommand (ribbon 一键校验)', () => {
  it('validates a workbook without the table, marks nothing it cannot place, and never throws', async () => {
    const fake = fakeExcel([{ name: 'Sheet1', used: { row: 0, col: 0, values: [['随便写的']] } }]);
    const c = countSyncs();
    const findings = await runValidateCommand(fake.context, LINZI_2026, supportUpTo('1.18'));
    c.stop();
    expect(findings?.map((f) => f.code)).toContain('table-not-found');
    expect(c.count).toBeLessThanOrEqual(4);
  });

  it('marks the findings of the table and selects the first error', async () => {
    const values = [
      ['2026年为全区妇女儿童办实事工作进展情况表（第三季度）', '', '', '', ''],
      ['填报单位：区卫健局', '', '', '', ''],
      ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'],
      ...LINZI_2026.items.map((it) => [it.number, it.name, it.units.join('\n'), '', '']),
    ];
    const fake = fakeExcel([{ name: '进展情况表', used: { row: 0, col: 0, values } }]);
    const findings = await runValidateCommand(fake.context, LINZI_2026, supportUpTo('1.18'));
    const errors = (findings ?? []).filter((f) => f.severity === 'error' && f.sheet && f.cell);
    expect(errors.length).toBeGreaterThan(0);
    expect(fake.setsOf(`进展情况表!${errors[0].cell}.format.fill.color`)).toEqual([MARK_FILL.error]);
    expect(fake.callsTo(`进展情况表!${firstToShow(findings!)!.cell}.select`)).toHaveLength(1);
  });

  it('resolves undefined when Excel fails, leaving the button usable', async () => {
    const context = { workbook: { worksheets: { load: () => undefined } }, sync: () => Promise.reject({ code: 'GeneralException' }) };
    await expect(runValidateCommand(context as never, LINZI_2026, supportUpTo('1.18'))).resolves.toBeUndefined();
  });
});
