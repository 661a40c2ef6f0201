import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { templateWorkbookPlan } from '../../src/core/layout';
import type { WorkbookPlan } from '../../src/core/sheet/plan';
import { fakeExcel } from './fake-excel';
import { scaledSpec } from './specs';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';

const all = supportUpTo('1.18');

function plan(items: number): WorkbookPlan {
  return templateWorkbookPlan(scaledSpec(items), { quarter: 3, unit: '区测1局' });
}

describe('insertWorkbookPlan', () => {
  it('inserts the template in 2 syncs, and in the same 2 for a spec ten times larger', async () => {
    const counts: number[] = [];
    for (const items of [10, 100]) {
      const fake = fakeExcel([{ name: 'Sheet1' }]);
      const c = countSyncs();
      const result = await insertWorkbookPlan(fake.context, plan(items), { support: all });
      c.stop();
      counts.push(c.count);
      expect(result.sheets).toEqual(fake.added);
      expect(result.skipped).toEqual([]);
      expect(c.labels).toEqual(['insert:names', 'insert:write']);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('inserts the 2026 Linzi table for 区卫健局 in 2 syncs, without clashing names', async () => {
    const fake = fakeExcel([{ name: 'Sheet1' }]);
    const c = countSyncs();
    const result = await insertWorkbookPlan(fake.context, templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' }), { support: all });
    c.stop();
    expect(c.count).toBe(2);
    expect(result.sheets).toEqual(['进展情况表', '指标完成情况', '_ptmeta']);
    expect(fake.ops.some((o) => o.kind === 'set' && o.path.startsWith('进展情况表!') && o.path.endsWith('.values'))).toBe(true);
  });

  it('never overwrites an existing sheet of the same name', async () => {
    const p = plan(10);
    const wanted = p.sheets.map((s) => s.name);
    const fake = fakeExcel([{ name: wanted[0] }, { name: '_ptmeta' }]);
    const result = await insertWorkbookPlan(fake.context, p, { support: all });
    expect(result.sheets).toEqual([`${wanted[0]} (2)`, wanted[1], '_ptmeta (2)']);
    expect(fake.added).toEqual(result.sheets);
    expect(fake.callsTo('worksheets.getItem')).toEqual([]);
  });

  it('keeps a string starting with = as text: number format "@" is set before the values', async () => {
    const p: WorkbookPlan = {
      sheets: [
        {
          name: 'T',
          role: 'summary',
          styles: {},
          cells: [
            { row: 0, col: 0, value: '=1+1' },
            { row: 0, col: 1, value: 42 },
            { row: 1, col: 0, value: '+86 123' },
            { row: 1, col: 1, value: null },
          ],
          merges: [],
          columnWidths: [],
          rowHeights: {},
        },
      ],
    };
    const fake = fakeExcel([]);
    await insertWorkbookPlan(fake.context, p, { support: all });
    const paths = fake.ops.filter((o) => o.kind === 'set' && o.path.startsWith('T!A1:B2.')).map((o) => o.path);
    expect(paths).toEqual(['T!A1:B2.numberFormat', 'T!A1:B2.values']);
    expect(fake.setsOf('T!A1:B2.numberFormat')).toEqual([[['@', null], ['@', null]]]);
    expect(fake.setsOf('T!A1:B2.values')).toEqual([[['=1+1', 42], ['+86 123', '']]]);
  });

  it('applies merges, widths in points, locking, validation, print setup and protection on ExcelApi 1.18', async () => {
    const fake = fakeExcel([]);
    const p = plan(10);
    await insertWorkbookPlan(fake.context, p, { support: all });
    const progress = p.sheets[0];
    const name = progress.name;
    expect(fake.callsTo(`.merge`).filter((o) => o.path.startsWith(`${name}!`)).length).toBe(progress.merges.length);
    const widthSets = fake.ops.filter((o) => o.path.startsWith(`${name}!`) && o.path.endsWith('.format.columnWidth'));
    expect(widthSets.length).toBeGreaterThan(0);
    for (const o of widthSets) expect(Number.isFinite(o.value)).toBe(true);
    expect(fake.ops.some((o) => o.path.startsWith(`${name}!`) && o.path.endsWith('.format.protection.locked') && o.value === false)).toBe(true);
    expect(fake.callsTo(`${name}.pageLayout.setPrintTitleRows`)).toHaveLength(progress.print?.titleRows ? 1 : 0);
    expect(fake.callsTo(`${name}.protection.protect`)).toEqual([
      { kind: 'call', path: `${name}.protection.protect`, args: [{ allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true, allowEditObjects: true }] },
    ]);
    expect(fake.setsOf('_ptmeta.visibility')).toEqual(['VeryHidden']);
    // protection is the last thing queued on the sheet
    const onSheet = fake.ops.filter((o) => (o.path.startsWith(`${name}!`) || o.path.startsWith(`${name}.`)) && !o.path.endsWith(".activate"));
    expect(onSheet[onSheet.length - 1].path).toBe(`${name}.protection.protect`);
  });

  it('degrades on ExcelApi 1.1 (Excel 2016): values and styles only, no metadata sheet, names what it skipped', async () => {
    const fake = fakeExcel([]);
    const p = plan(10);
    const result = await insertWorkbookPlan(fake.context, p, { support: supportUpTo('1.1') });
    expect(result.sheets).toEqual(p.sheets.map((s) => s.name));
    expect(result.skipped).toEqual(expect.arrayContaining(['merges', 'sizes', 'protection', 'print', 'validation']));
    expect(fake.callsTo('.merge')).toEqual([]);
    expect(fake.callsTo('.protection.protect')).toEqual([]);
    expect(fake.ops.filter((o) => o.path.includes('dataValidation') || o.path.includes('pageLayout') || o.path.endsWith('protection.locked'))).toEqual([]);
  });
});
