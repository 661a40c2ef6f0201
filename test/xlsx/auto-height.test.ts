import JSZip from 'jszip';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../src/core/layout/template-workbook';
import { progressTablePlan, PROGRESS_ROWS } from '../../src/core/layout/progress-table';
import { releaseRowHeightsOnWrite, writeWorkbook } from '../../src/xlsx/write';

/** Each `<row>` of a sheet part: its 1-based number, its `ht`, and whether it says customHeight="1". */
async function rowsOf(bytes: Uint8Array, part: string): Promise<{ r: number; ht: number | undefined; custom: boolean }[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file(part)!.async('string');
  return [...xml.matchAll(/<row [^>]*>/g)].map(([tag]) => ({
    r: Number(/ r="(\d+)"/.exec(tag)![1]),
    ht: /ht="([\d.]+)"/.test(tag) ? Number(/ ht="([\d.]+)"/.exec(tag)![1]) : undefined,
    custom: / customHeight="1"/.test(tag),
  }));
}

/** 1-based Excel rows of the progress table's items whose 0-based rows are `rows`. */
const excelRows = (rows: number[]) => rows.map((r) => r + 1);

describe('fill rows grow when people type: written without customHeight', () => {
  test('progressTablePlan lists the chosen unit’s item rows as autoHeightRows, every item row when none is chosen', () => {
    const mine = LINZI_2026.items.flatMap((item, k) => (item.units.includes('区卫健局') ? [PROGRESS_ROWS.firstItem + k] : []));
    expect(progressTablePlan(LINZI_2026, { quarter: 3, unit: '区卫健局' }).autoHeightRows).toEqual(mine);
    expect(progressTablePlan(LINZI_2026, { quarter: 3 }).autoHeightRows).toEqual(LINZI_2026.items.map((_, k) => PROGRESS_ROWS.firstItem + k));
  });

  test('the template’s fill rows keep their starting height without customHeight; every other row stays custom', async () => {
    const plan = templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' });
    const progress = plan.sheets.find((s) => s.role === 'progress')!;
    const auto = new Set(excelRows(progress.autoHeightRows!));
    const bytes = await writeWorkbook(plan);
    const rows = await rowsOf(bytes, 'xl/worksheets/sheet1.xml');
    const withHeight = rows.filter((row) => row.ht !== undefined);
    expect(withHeight.map((row) => row.r)).toEqual(Object.keys(progress.rowHeights).map((r) => Number(r) + 1));
    for (const row of withHeight) {
      expect({ r: row.r, ht: row.ht, custom: row.custom }).toEqual({ r: row.r, ht: progress.rowHeights[row.r - 1], custom: !auto.has(row.r) });
    }
    expect(auto.size).toBeGreaterThan(0);
    expect(withHeight.filter((row) => row.custom).length).toBe(withHeight.length - auto.size);
  });

  test('other sheets (指标完成情况) keep every height custom', async () => {
    const bytes = await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 3 }));
    const rows = (await rowsOf(bytes, 'xl/worksheets/sheet2.xml')).filter((row) => row.ht !== undefined);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.custom)).toBe(true);
  });
});

describe('releaseRowHeightsOnWrite works on each ExcelJS build the product runs', () => {
  // The pane runs ExcelJS's prebuilt browser bundle (package.json "browser": dist/exceljs.min.js), the CLI the
  // esbuild bundle dist-cli/exceljs.js, tests the package's lib/ sources: the hook must find addWorksheets in each.
  /** A JavaScript build of ExcelJS, typed as the package (these files have no declarations of their own). */
  const importBuild = (id: string) => import(id) as Promise<typeof import('exceljs')>;
  const builds: [string, () => Promise<typeof import('exceljs')>][] = [
    ['dist/exceljs.min.js (the pane)', () => importBuild('exceljs/dist/exceljs.min.js')],
    ['dist-cli/exceljs.js (the CLI, built by npm ci\'s prepare)', () => importBuild('../../dist-cli/exceljs.js')],
    ['lib (Node)', () => import('exceljs')],
  ];
  test.each(builds)('%s: only the listed rows lose customHeight', async (_name, load) => {
    const loaded = (await load()) as typeof import('exceljs') & { default?: typeof import('exceljs') };
    const { Workbook } = loaded.default ?? loaded;
    const wb = new Workbook();
    const ws = wb.addWorksheet('表');
    for (const r of [1, 2, 3]) {
      ws.getRow(r).height = 30;
      ws.getCell(r, 1).value = `第${r}行`;
    }
    releaseRowHeightsOnWrite(wb as never, new Map([[`xl/worksheets/sheet${ws.id}.xml`, [1]]]));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const rows = await rowsOf(bytes, `xl/worksheets/sheet${ws.id}.xml`);
    expect(rows.map((row) => [row.r, row.ht, row.custom])).toEqual([
      [1, 30, true],
      [2, 30, false],
      [3, 30, true],
    ]);
  });

  test('an ExcelJS without addWorksheets is refused with a TypeError, not written with custom heights', () => {
    const wb = { xlsx: {} };
    expect(() => releaseRowHeightsOnWrite(wb as never, new Map([['xl/worksheets/sheet1.xml', [0]]]))).toThrow(TypeError);
  });
});
