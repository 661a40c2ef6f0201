import { BookMerger, mergeBooks } from '../../src/core/merge';
import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { LINZI_2026 } from '../helpers/fixtures';
import { handXlsx, officialRows, textOf, titleFor, type HandSheet } from '../helpers/received';

/**
 * Issue 10: a workbook holding several progress tables (last quarter's sheet kept before this quarter's, a draft next
 * to the final one) is read at the quarter being checked or merged; the others are history (info), never errors.
 */

const spec = LINZI_2026;

function quarterSheet(name: string, q: string, unit: string, marker: string): HandSheet {
  const rows = officialRows(unit).map((r) => (typeof r[3] === 'string' ? [...r.slice(0, 3), `${r[3]}（${marker}）`, r[4]] : r));
  return { name, title: titleFor(q), unitLine: `填报单位：${unit}`, rows };
}

test('last quarter sheet kept before this quarter: merged as this quarter, with its texts', async () => {
  const bytes = await handXlsx([quarterSheet('二季度', '第二季度', '区卫健局', '二季度'), quarterSheet('三季度', '第三季度', '区卫健局', '三季度')]);
  const book = readWorkbook(bytes, '区卫健局进展情况.xlsx');
  for (const quarter of [3, undefined] as const) {
    const { summary, inputs } = mergeBooks([{ file: '区卫健局进展情况.xlsx', book }], spec, quarter ? { quarter } : {});
    expect(summary.quarter).toBe(3);
    expect(summary.roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({ status: 'submitted', file: '区卫健局进展情况.xlsx' });
    expect(summary.items[1].entries[0].progressText).toBe(`${textOf('区卫健局', 2)}（三季度）`);
    expect(inputs[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(inputs[0].findings.filter((f) => f.code === 'table-not-chosen')).toEqual([
      {
        code: 'table-not-chosen',
        severity: 'info',
        file: '区卫健局进展情况.xlsx',
        sheet: '二季度',
        cell: null,
        message: '工作簿中还有一张进展情况表“二季度”（第二季度），作为历史表未读取；读取的是工作表“三季度”',
        hint: '如果要报送的是“二季度”，请删除其他进展情况表后再发送',
        params: { sheet: '二季度', quarter: '（第二季度）', chosen: '三季度' },
      },
    ]);
  }
});

test('a workbook of several tables is read again at the quarter the other files decide (BookMerger keeps it for that)', async () => {
  const bytes = await handXlsx([quarterSheet('二季度', '第二季度', '区卫健局', '二季度'), quarterSheet('三季度', '第三季度', '区卫健局', '三季度')]);
  const others = await Promise.all(
    ['区妇联', '区教体局'].map(async (unit) => ({ file: `${unit}.xlsx`, book: readWorkbook(await handXlsx([quarterSheet('Sheet1', '第二季度', unit, '二季度')]), `${unit}.xlsx`) })),
  );
  const merger = new BookMerger(spec);
  merger.add({ file: '区卫健局进展情况.xlsx', book: readWorkbook(bytes, '区卫健局进展情况.xlsx') });
  for (const b of others) merger.add(b);
  const { summary, inputs } = merger.finish();
  expect(summary.quarter).toBe(2);
  expect(inputs[0].report?.sheet).toBe('二季度');
  expect(summary.items[1].entries[0].progressText).toBe(`${textOf('区卫健局', 2)}（二季度）`);
});

test('checking last quarter on the same workbook reads last quarter sheet', async () => {
  const bytes = await handXlsx([quarterSheet('二季度', '第二季度', '区卫健局', '二季度'), quarterSheet('三季度', '第三季度', '区卫健局', '三季度')]);
  const { report, findings } = validateBook(readWorkbook(bytes, 'a.xlsx'), spec, { quarter: 2 });
  expect([report.sheet, report.identity.quarter, findings.filter((f) => f.severity === 'error')]).toEqual(['二季度', 2, []]);
});

test('sheets named by quarter with titles that name none: the sheet name tells the quarter', async () => {
  const a = { ...quarterSheet('第二季度', '第二季度', '区卫健局', '二'), title: '工作进展情况表' };
  const b = { ...quarterSheet('第三季度', '第三季度', '区卫健局', '三'), title: '工作进展情况表' };
  const { report } = validateBook(readWorkbook(await handXlsx([a, b]), 'a.xlsx'), spec, { quarter: 3 });
  expect([report.sheet, report.identity.quarter, report.identity.quarterSource]).toEqual(['第三季度', 3, 'sheet']);
});

test('a draft next to the final table of the same quarter: the final one is read', async () => {
  const bytes = await handXlsx([quarterSheet('草稿', '第三季度', '区卫健局', '草稿'), quarterSheet('报送', '第三季度', '区卫健局', '定稿')]);
  const { report, findings } = validateBook(readWorkbook(bytes, 'a.xlsx'), spec, { quarter: 3 });
  expect(report.sheet).toBe('报送');
  expect(findings.filter((f) => f.code === 'table-not-chosen').map((f) => [f.severity, f.sheet])).toEqual([['info', '草稿']]);
});

test('one workbook with two units tables: the unit of the file name is read', async () => {
  const bytes = await handXlsx([quarterSheet('妇联', '第三季度', '区妇联', '妇联'), quarterSheet('卫健', '第三季度', '区卫健局', '卫健')]);
  const { report } = validateBook(readWorkbook(bytes, '区卫健局-第三季度.xlsx'), spec, { quarter: 3 });
  expect([report.sheet, report.identity.unit]).toEqual(['卫健', '区卫健局']);
});
