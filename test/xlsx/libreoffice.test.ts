import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../src/core/layout/template-workbook';
import { targetsFor } from '../../src/core/spec/targets';
import { writeWorkbook } from '../../src/xlsx/write';
import { convert, CSV_FILTER, parseCsv, pdfPages, pdfPageText, describeWithLibreOffice } from '../helpers/libreoffice';

describeWithLibreOffice('the written template opened by LibreOffice headless', 'the LibreOffice checks of the written template', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-lo-'));
    file = path.join(dir, 'template.xlsx');
    fs.writeFileSync(file, await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' })));
  }, 60000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('CSV (UTF-8) has the same cells as the plan', async () => {
    await convert(file, CSV_FILTER, dir);
    const progress = parseCsv(fs.readFileSync(path.join(dir, 'template-进展情况表.csv'), 'utf8'));
    expect(progress[0][0]).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(progress[1][0]).toBe('填报单位：区卫健局');
    expect(progress[1][3]).toBe('填报日期：      年    月    日');
    expect(progress[2]).toEqual(['序号', '实事名称', '责任单位', '本季度具体措施\n及任务进度情况', '完成时限']);
    const items = progress.slice(3).map((r) => r.slice(0, 5));
    expect(items).toEqual(LINZI_2026.items.map((i) => [String(i.number), i.name, i.units.join('\n'), '', '']));

    const indicator = parseCsv(fs.readFileSync(path.join(dir, 'template-指标完成情况.csv'), 'utf8'));
    expect(indicator[2]).toEqual(['序号', '实事名称', '指标编号', '指标', '目标值', '单位', '责任单位', '本季度完成', '累计完成']);
    expect(indicator.slice(3).map((r) => [r[2], r[4], r[5]])).toEqual(
      targetsFor(LINZI_2026, '区卫健局').map(({ target }) => [target.id, String(target.value), target.measure]),
    );
  }, 150000);

  test('PDF: A4 landscape pages, header repeated, page numbers in the footer', async () => {
    await convert(file, 'pdf', dir);
    const pdf = path.join(dir, 'template.pdf');
    const { count, sizes } = await pdfPages(pdf);
    // As designed: the progress table on two pages (ten items with room to write), the indicator sheet on one.
    expect(count).toBe(3);
    for (const s of sizes) {
      expect(s.width).toBeCloseTo(841.89, 0);
      expect(s.height).toBeCloseTo(595.3, 0);
    }
    const first = await pdfPageText(pdf, 1);
    expect(first).toContain('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(first).toContain('第 1 页，共 3 页');
    const second = await pdfPageText(pdf, 2);
    expect(second).toContain('实事名称');
    expect(second).toContain('深化困难儿童关爱帮扶');
    expect(second).not.toContain('工作进展情况表（第三季度）');
    const third = await pdfPageText(pdf, 3);
    expect(third).toContain('指标完成情况表（第三季度）');
    expect(third).not.toContain('progress-table-addin');
  }, 150000);
});
