import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { templateWorkbookPlan } from '../../src/core/layout';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { fakeExcel } from './fake-excel';

/** Excel row runs ("4:4", "6:7") of sorted 0-based rows. */
function runs(rows: number[]): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && rows[i - 1] === row - 1) out[out.length - 1] = out[out.length - 1].replace(/:\d+$/, `:${row + 1}`);
    else out.push(`${row + 1}:${row + 1}`);
  });
  return out;
}

describe('insertWorkbookPlan: fill rows are autofit, not fixed', () => {
  const plan = templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' });
  const progress = plan.sheets.find((s) => s.role === 'progress')!;
  const fill = progress.autoHeightRows!;

  it('autofits the fill rows after their values, gives them no fixed height, and stays within 3 syncs', async () => {
    const fake = fakeExcel([{ name: 'Sheet1' }]);
    const c = countSyncs();
    await insertWorkbookPlan(fake.context, plan, { support: supportUpTo('1.18') });
    c.stop();
    expect(c.count).toBeLessThanOrEqual(3);
    const name = progress.name;
    const autofit = fake.callsTo('.format.autofitRows').filter((o) => o.path.startsWith(`${name}!`));
    expect(autofit.map((o) => o.path)).toEqual(runs(fill).map((r) => `${name}!${r}.format.autofitRows`));
    // No fill row has a fixed height; the other rows with a planned height do.
    const fixed = fake.ops.filter((o) => o.kind === 'set' && o.path.startsWith(`${name}!`) && o.path.endsWith('.format.rowHeight'));
    const fixedRows = fixed.flatMap((o) => {
      const [from, to] = /!(\d+):(\d+)\./.exec(o.path)!.slice(1).map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => from - 1 + k);
    });
    expect(fixedRows.filter((r) => fill.includes(r))).toEqual([]);
    expect(fixedRows.sort((a, b) => a - b)).toEqual(
      Object.keys(progress.rowHeights)
        .map(Number)
        .filter((r) => !fill.includes(r)),
    );
    // Autofit comes after the values are written and before the sheet is protected.
    const index = (path: string) => fake.ops.findIndex((o) => o.path === path);
    const values = fake.ops.findIndex((o) => o.path.startsWith(`${name}!`) && o.path.endsWith('.values'));
    const firstAutofit = index(autofit[0].path);
    expect(values).toBeGreaterThanOrEqual(0);
    expect(firstAutofit).toBeGreaterThan(values);
    expect(index(`${name}.protection.protect`)).toBeGreaterThan(firstAutofit);
  });

  it('on ExcelApi 1.1 (Excel 2016) nothing is autofit (row sizes need 1.2)', async () => {
    const fake = fakeExcel([]);
    await insertWorkbookPlan(fake.context, plan, { support: supportUpTo('1.1') });
    expect(fake.callsTo('.format.autofitRows')).toEqual([]);
  });
});
