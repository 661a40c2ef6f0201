import { insertWorkbookPlan } from '../../../src/excel/apply-plan';
import { readGrid } from '../../../src/excel/read-grid';
import { writeSummaryPlan, findOwnSummarySheets } from '../../../src/excel/write-summary';
import { mergeWorkbookSheets } from '../../../src/taskpane/usecases/excel-jobs';
import { templateWorkbookPlan } from '../../../src/core/layout';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { mergeBooks } from '../../../src/core/merge/books';
import { filledBook, filledPlan, LINZI_2026 } from '../../helpers/fixtures';
import { countSyncs } from '../../../src/excel/sync';
import { HOST_LEVELS, strictHost, type HostLevel, type StrictHost } from './host';

/**
 * Issue 9, Build 2: the flows that do not mark (insert the template, read the workbook, merge the sheets pasted into
 * it, write the summary new and again with replace) under the real Office.js client at every host level, with the
 * round trips and the request / response bytes counted. The marking flows (一键校验, 清除标记, the ribbon command,
 * the 清单 kept in the workbook) are in marks-flows.test.ts.
 */

const spec = LINZI_2026;
const CREATED = '2026-10-08T09:00:00.000Z';

/** A workbook as a department has it: the filled template of `unit` for the third quarter, inserted by the add-in. */
async function departmentBook(level: HostLevel, ids: boolean, unit = '区卫健局'): Promise<StrictHost> {
  const host = strictHost({ level, ids, sheets: [{ name: 'Sheet1' }] });
  await insertWorkbookPlan(host.context(), filledPlan(spec, unit, { quarter: 3 }), { support: host.support });
  host.requests.length = 0;
  return host;
}

describe.each(HOST_LEVELS.flatMap((l) => [[l, true], [l, false]] as const))('Excel flows under the real client at ExcelApi %s (ids in answers: %s)', (level, ids) => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('inserts the template in 2 round trips, next to the user\'s sheet, never over it', async () => {
    const host = strictHost({ level, ids, sheets: [{ name: '进展情况表', rows: [['我的表']] }] });
    restore = host.install();
    const plan = templateWorkbookPlan(spec, { quarter: 3, unit: '区卫健局', createdAt: CREATED });
    const result = await insertWorkbookPlan(host.context(), plan, { support: host.support });
    expect(host.requests).toHaveLength(2);
    expect(host.values('进展情况表')).toEqual([['我的表']]);
    const names = host.book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['进展情况表', '进展情况表 (2)', '指标完成情况']);
    expect(result.sheets.slice(0, 2)).toEqual(['进展情况表 (2)', '指标完成情况']);
    const title = host.cell('进展情况表 (2)', 'A1').value;
    expect(String(title)).toContain('第三季度');
    // Excel 2016 (ExcelApi 1.1) cannot hide a sheet: no metadata sheet there; elsewhere it is very hidden.
    const meta = host.book.sheets.filter((s) => s.name.startsWith('_ptmeta'));
    expect(meta.map((s) => s.visibility)).toEqual(level === '1.1' ? [] : ['VeryHidden']);
    // Locked table, unlocked fill cells: the progress cell of item 2 (row 5) is unlocked wherever locking exists.
    expect(host.cell('进展情况表 (2)', 'D5').locked).toBe(level === '1.1');
    expect(host.sheet('进展情况表 (2)')!.protection.protected).toBe(level !== '1.1');
  });

  it('reads the whole workbook in 2 round trips, whatever the number of sheets', async () => {
    const host = await departmentBook(level, ids);
    const book = await readGrid(host.context(), { support: host.support });
    expect(host.requests).toHaveLength(2);
    const table = book.sheets.find((s) => s.name === '进展情况表')!;
    expect(table.rows[4][3]?.value).toBe(filledBook(spec, '区卫健局').sheets[0].rows[4][3]?.value);
    for (let i = 0; i < 20; i++) host.book.sheets.push({ ...host.book.sheets[0], id: `{extra-${i}}`, name: `备用${i}`, cells: new Map() });
    host.requests.length = 0;
    const bigger = await readGrid(host.context(), { support: host.support });
    expect(host.requests).toHaveLength(2);
    expect(bigger.sheets).toHaveLength(book.sheets.length + 20);
  });

  it('merges the tables pasted into the workbook: the same entries as the files give', async () => {
    const host = await departmentBook(level, ids);
    const outcome = await mergeWorkbookSheets(host.context(), spec, { quarter: 3, layout: 'official' }, host.support);
    expect(host.requests).toHaveLength(2);
    const fromFile = mergeBooks([{ file: '区卫健局.xlsx', book: filledBook(spec, '区卫健局', { quarter: 3 }) }], spec, { quarter: 3 });
    const texts = (o: typeof fromFile) => o.summary.items.map((i) => i.entries.map((e) => [e.unit, e.progressText]));
    expect(texts(outcome)).toEqual(texts(fromFile));
  });

  it('writes the summary to new sheets in 4 round trips plus one per value chunk, and replaces only its own summary', async () => {
    const host = strictHost({ level, ids, sheets: [{ name: '汇总表', rows: [['用户自己的汇总表']] }] });
    restore = host.install();
    const files = ['区卫健局', '区教体局', '区妇联'].map((u) => ({ file: `${u}.xlsx`, book: filledBook(spec, u, { quarter: 3 }) }));
    const { summary } = mergeBooks(files, spec, { quarter: 3 });
    const plan = summaryWorkbookPlan(summary, spec, { createdAt: CREATED });
    const syncs = countSyncs();
    const first = await writeSummaryPlan(host.context(), plan, { support: host.support });
    expect(syncs.count).toBe(4 + first.chunks);
    expect(host.requests.length).toBeLessThanOrEqual(syncs.count);
    expect(host.values('汇总表')).toEqual([['用户自己的汇总表']]);
    expect(first.sheets[0]).toBe('汇总表 (2)');
    const table = host.values(first.sheets[0]).flat().filter((v) => typeof v === 'string').join('\n');
    for (const f of files) {
      const text = summary.items.flatMap((i) => i.entries).find((e) => e.unit === f.file.replace('.xlsx', ''))?.progressText;
      if (text) expect(table).toContain(text);
    }
    const metaVisible = host.book.sheets.filter((s) => s.name.startsWith('_ptmeta') && s.visibility !== 'VeryHidden');
    expect(metaVisible).toEqual([]);

    const before = host.book.sheets.length;
    host.requests.length = 0;
    if (level === '1.1') return; // no metadata sheet on Excel 2016: nothing to recognise as its own
    const own = await findOwnSummarySheets(host.context(), host.support);
    expect(own.map((o) => o.sheets)).toEqual([first.sheets.filter((n) => !n.startsWith('_ptmeta'))]);
    const syncsAgain = countSyncs();
    const again = await writeSummaryPlan(host.context(), plan, { support: host.support, replace: true });
    syncs.stop();
    syncsAgain.stop();
    expect(syncsAgain.count).toBe(4 + again.chunks);
    expect(host.book.sheets.length).toBe(before);
    expect(again.sheets).toEqual(first.sheets);
    expect(host.values('汇总表')).toEqual([['用户自己的汇总表']]);
  });

  it('keeps every request and response of a summary of several MB under the web\'s 5 MB (values sent in chunks)', async () => {
    if (level !== 'web' && level !== '1.18') return;
    const host = strictHost({ level, ids, sheets: [{ name: 'Sheet1' }] });
    restore = host.install();
    const text = '本季度开展专题活动，覆盖全区各镇街道，'.repeat(3200);
    const files = spec.units.map((u, i) => {
      const book = filledBook(spec, u.id, { quarter: 3 });
      for (const row of book.sheets[0].rows) {
        const cell = row[3];
        if (cell && typeof cell.value === 'string' && cell.value.includes('围绕')) row[3] = { value: `${text}${i}`, text: `${text}${i}` };
      }
      return { file: `${u.id}.xlsx`, book };
    });
    const { summary } = mergeBooks(files, spec, { quarter: 3 });
    const plan = summaryWorkbookPlan(summary, spec, { createdAt: CREATED });
    const result = await writeSummaryPlan(host.context(), plan, { support: host.support });
    const sent = host.requests.reduce((n, r) => n + r.bytesIn, 0);
    expect(sent).toBeGreaterThan(5 * 1024 * 1024);
    expect(result.chunks).toBeGreaterThan(1);
    expect(Math.max(...host.requests.map((r) => r.bytesIn))).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...host.requests.map((r) => r.bytesOut))).toBeLessThan(5 * 1024 * 1024);
  });
});
