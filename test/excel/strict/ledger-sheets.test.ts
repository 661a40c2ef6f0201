import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findWorkbookLedger, writeLedgerSheets } from '../../../src/excel/ledger-sheets';
import { OwnSheetsExist, writeSummaryPlan } from '../../../src/excel/write-summary';
import { readGrid } from '../../../src/excel/read-grid';
import { countSyncs } from '../../../src/excel/sync';
import { registerMerge } from '../../../src/cli/merge';
import { readLedger } from '../../../src/core/ledger/store';
import { emptyLedger } from '../../../src/core/ledger/upsert';
import type { Ledger } from '../../../src/core/ledger/types';
import { mergeBooks } from '../../../src/core/merge/books';
import { splitSheets } from '../../../src/core/merge/sheets';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import type { Quarter } from '../../../src/core/spec/schema';
import { withLedger } from '../../../src/taskpane/usecases/ledger';
import { excelHost } from '../../../src/taskpane/usecases/excel';
import { paneCanDownload } from '../../../src/taskpane/usecases/ledger-workbook';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { cliRunner } from '../../helpers/cli';
import { quarterBooks, quarterPlans, spec } from '../../core/ledger/fixtures';
import { PACE_CHART_TITLE } from '../../../src/core/layout/ledger-pace';
import { HOST_LEVELS, strictHost, type HostLevel, type StrictHost } from './host';
import { metadataSheet } from './metadata-sheet';

/**
 * Issue 14, the ledger (工作台账) kept in the coordinator's open workbook (excel/ledger-sheets), under the real
 * Office.js client at every ExcelApi level that can hide a sheet (1.2 up; 1.1 refuses, writing nothing): found
 * by its very hidden data sheet's keys (not its name) and checked against the spec, written new or in place of exactly
 * the add-in's own ledger sheets after confirmation, atomically, beside the summary without either deleting the
 * other; the quarters recorded equal the CLI's `merge --ledger` of the same files; the round trips do not grow with
 * the files.
 */

const FILE = '本工作簿';
const LEVELS = HOST_LEVELS.filter((l) => l !== '1.1');
const user = { name: '我的表', rows: [['自己的数据']] };
const names = (host: StrictHost) => host.book.sheets.map((s) => s.name);
const snapshot = (host: StrictHost) => host.book.sheets.map((s) => `${s.name}:${s.visibility}`);

/** The ledger after merging quarter q of `units` (all units when omitted) into `before`, as the pane does. */
function recorded(before: Ledger | undefined, q: Quarter, units?: readonly string[]): Ledger {
  const merged = mergeBooks(quarterBooks(q, undefined, units), spec, { quarter: q });
  return withLedger(merged, spec, before, `2026-0${q * 3}-28T09:00:00.000Z`).ledger;
}

const Q1 = recorded(undefined, 1, ['区卫健局', '区教体局', '区民政局']);

async function find(host: StrictHost) {
  return findWorkbookLedger(host.context(), spec, { file: FILE, support: host.support });
}

describe.each(LEVELS)('the ledger in the workbook at ExcelApi %s', (level: HostLevel) => {
  it('finds none in a workbook without one (2 round trips), and writes it new: visible views, data very hidden', async () => {
    const host = strictHost({ level, sheets: [user, metadataSheet('_ptmeta', { templateId: spec.id, templateVersion: spec.version, year: 2026, quarter: 1, sheets: { progress: '我的表' } })] });
    const c = countSyncs();
    expect(await find(host)).toEqual({ own: [] });
    expect(c.labels).toEqual(['ledger-find:sheets', 'ledger-find:metadata']);
    c.stop();
    const w = await writeLedgerSheets(host.context(), Q1, spec, { support: host.support });
    expect(w.replaced).toEqual([]);
    expect(snapshot(host)).toEqual([
      '我的表:Visible',
      '_ptmeta:VeryHidden',
      // The hidden sheets are added first (the metadata marked 'writing', then the data), so they come first in tab order.
      '_ptmeta (2):VeryHidden',
      '_ptledger:VeryHidden',
      '进展台账:Visible',
      '指标台账:Visible',
      '进度一览:Visible',
      '报送情况（第一季度）:Visible',
    ]);
    expect(host.values('我的表')).toEqual([['自己的数据']]);
    expect(host.sheet('_ptledger')!.protection.protected).toBe(true);
    // 进度一览's 完成率 chart (issue 14, "a chart in the workbook"): drawn where the host can chart two columns apart
    // (ExcelApi 1.7), left out and named below it.
    const charts = host.sheet('进度一览')!.charts;
    if (level === '1.4') {
      expect(charts).toEqual([]);
      expect(w.skipped.join(' ')).toMatch(/chart/);
    } else {
      expect(charts.map((c) => [c.type, (c.props.Title as { Text: string }).Text])).toEqual([['BarClustered', PACE_CHART_TITLE]]);
    }
    expect(host.cell('_ptledger', 'B7').numberFormat).toBe('@');
    // After a reload (a new context: only what the workbook holds), the same ledger.
    const again = await find(host);
    expect(again.ledger).toEqual(Q1);
    expect(again.finding).toBeUndefined();
    expect(again.own).toEqual([{ metadataSheet: '_ptmeta (2)', sheets: ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）', '_ptledger'] }]);
  });

  it('replaces only after confirmation, exactly its own sheets: a sheet the user named 进展台账 is never touched', async () => {
    const mine = { name: '进展台账', rows: [['我自己的台账']] };
    const host = strictHost({ level, sheets: [mine] });
    const first = await writeLedgerSheets(host.context(), Q1, spec, { support: host.support });
    expect(first.sheets[0]).toBe('进展台账 (2)');
    const before = snapshot(host);
    const Q2 = recorded(Q1, 2, ['区卫健局']);
    // Not confirmed: refused after reading, nothing written.
    await expect(writeLedgerSheets(host.context(), Q2, spec, { support: host.support })).rejects.toBeInstanceOf(OwnSheetsExist);
    expect(snapshot(host)).toEqual(before);
    const c = countSyncs();
    const second = await writeLedgerSheets(host.context(), Q2, spec, { support: host.support, replace: true });
    c.stop();
    expect(c.labels).toEqual(['ledger:sheets', 'ledger:metadata', 'ledger:format', 'ledger:values', 'ledger:finish']);
    expect(second.replaced).toEqual([...first.sheets.filter((n) => !n.startsWith('_ptmeta')), first.sheets.find((n) => n.startsWith('_ptmeta'))]);
    expect(host.values('进展台账')).toEqual([['我自己的台账']]);
    expect(names(host)).toEqual(['进展台账', '_ptmeta', '_ptledger', '进展台账 (2)', '指标台账', '进度一览', '报送情况（第一季度）', '报送情况（第二季度）']);
    expect((await find(host)).ledger).toEqual(Q2);
  });

  it('refuses a ledger of another list or year with the core’s message, and never crashes', async () => {
    const other = { ...spec, id: 'other-list' };
    const host = strictHost({ level, sheets: [user] });
    await writeLedgerSheets(host.context(), emptyLedger(other), other, { support: host.support });
    const r = await find(host);
    expect(r.ledger).toBeUndefined();
    expect(r.finding).toMatchObject({ code: 'ledger-other-list', severity: 'error', file: FILE });
    expect(r.finding!.message).toBe(`台账 ${FILE} 属于另一份清单（other-list），不是本清单（${spec.id}）的台账，未使用`);
    const next = { ...spec, year: 2027 };
    const host2 = strictHost({ level, sheets: [user] });
    await writeLedgerSheets(host2.context(), emptyLedger(next), next, { support: host2.support });
    expect((await find(host2)).finding).toMatchObject({ code: 'ledger-other-year' });
  });

  it('keeps the summary and the ledger apart: neither replace deletes the other’s sheets, and 汇总本工作簿 skips the ledger', async () => {
    const host = strictHost({ level, sheets: [user] });
    const merged = mergeBooks(quarterBooks(1, undefined, ['区卫健局']), spec, { quarter: 1 });
    const summary = summaryWorkbookPlan(merged.summary, spec, { createdAt: '2026-03-28T09:00:00.000Z' });
    await writeSummaryPlan(host.context(), summary, { support: host.support });
    await writeLedgerSheets(host.context(), Q1, spec, { support: host.support });
    const both = names(host);
    const s2 = await writeSummaryPlan(host.context(), summary, { support: host.support, replace: true });
    expect(s2.replaced.some((n) => ['进展台账', '_ptledger'].includes(n))).toBe(false);
    expect((await find(host)).ledger).toEqual(Q1);
    const l2 = await writeLedgerSheets(host.context(), Q1, spec, { support: host.support, replace: true });
    expect(l2.replaced.some((n) => ['汇总表', '报送情况'].includes(n))).toBe(false);
    expect(new Set(names(host))).toEqual(new Set(both));
    const { inputs, skipped } = splitSheets(await readGrid(host.context(), { support: host.support }), spec);
    expect(inputs).toHaveLength(0);
    expect(skipped.filter((s) => s.reason === 'own-ledger').map((s) => s.sheet)).toEqual(['_ptledger', '进展台账', '指标台账', '进度一览', '报送情况（第一季度）']);
  });

  it('removes what it added when a values request fails (cell-edit mode), and rejects with that code', async () => {
    const host = strictHost({ level, sheets: [user] });
    await writeLedgerSheets(host.context(), Q1, spec, { support: host.support });
    const before = snapshot(host);
    let once = false;
    host.failWhen((r) => {
      if (once || !r.names.includes('Values') || r.names.includes('Add')) return undefined;
      once = true;
      return 'InvalidOperationInCellEditMode';
    });
    await expect(writeLedgerSheets(host.context(), recorded(Q1, 2, ['区卫健局']), spec, { support: host.support, replace: true })).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(snapshot(host)).toEqual(before);
    expect((await find(host)).ledger).toEqual(Q1);
  });
});

describe('the pane’s workbook-ledger use-cases through the Excel host object (loaded on first use; Excel.run of the real client)', () => {
  it('find and write name only the visible sheets; the download is offered on Windows and the web only', async () => {
    const host = strictHost({ level: '1.18', sheets: [user] });
    const restore = host.install();
    try {
      const cases = excelHost(spec).workbook.workbookLedger!;
      expect(await cases.find(FILE)).toEqual({ sheets: [] });
      expect(await cases.write(Q1, false)).toEqual({ sheets: ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）'] });
      expect(await cases.find(FILE)).toEqual({ ledger: Q1, sheets: ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）'] });
      const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
      const platform = (p: string) => {
        office.context.diagnostics = { platform: p };
        return paneCanDownload();
      };
      expect(['PC', 'OfficeOnline', 'Mac', 'iOS', ''].map(platform)).toEqual([true, true, false, false, false]);
    } finally {
      restore();
    }
  });
});

describe('the ledger in the workbook at ExcelApi 1.1 (Office 2016 volume: no very hidden sheets)', () => {
  it('finds none without a round trip and refuses to write, writing nothing', async () => {
    const host = strictHost({ level: '1.1', sheets: [user] });
    expect(await find(host)).toEqual({ own: [] });
    await expect(writeLedgerSheets(host.context(), Q1, spec, { support: host.support })).rejects.toMatchObject({ code: 'UnsupportedFeature' });
    expect(snapshot(host)).toEqual(['我的表:Visible']);
    expect(host.requests).toHaveLength(0);
  });
});

describe('the ledger in the workbook, quarter after quarter', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-sheets-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('Q1, Q2, then Q2 again recorded in the workbook equal the CLI’s merge --ledger of the same files', async () => {
    const units = ['区卫健局', '区教体局', '区民政局', '区妇联'];
    const dirs: Record<number, string> = {};
    for (const q of [1, 2] as Quarter[]) {
      dirs[q] = path.join(root, `Q${q}`);
      fs.mkdirSync(dirs[q]);
      for (const { file, plan } of quarterPlans(q, undefined, units)) fs.writeFileSync(path.join(dirs[q], file), await writeWorkbook(plan));
    }
    // The pane in Excel: the files read as the pane reads them, the ledger found in and written to the workbook.
    const host = strictHost({ level: 'web', sheets: [user] });
    for (const q of [1, 2, 2] as Quarter[]) {
      const books = fs.readdirSync(dirs[q]).sort().map((f) => ({ file: f, book: readWorkbook(new Uint8Array(fs.readFileSync(path.join(dirs[q], f))), f) }));
      const kept = await find(host);
      const result = withLedger(mergeBooks(books, spec, { quarter: q }), spec, kept.ledger, new Date().toISOString());
      await writeLedgerSheets(host.context(), result.ledger, spec, { support: host.support, replace: kept.own.length > 0 });
    }
    // The CLI, run in each quarter's folder on the file names (it records a file as the path it was given; the pane
    // has the name alone).
    const run = cliRunner('merge', registerMerge);
    const file = path.join(root, '台账.xlsx');
    const cwd = process.cwd();
    try {
      for (const [q, force] of [[1, []], [2, ['--force']], [2, ['--force']]] as const) {
        process.chdir(dirs[q]);
        const r = await run([...fs.readdirSync(dirs[q]).sort(), '--quarter', String(q), '--ledger', file, ...force]);
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
      }
    } finally {
      process.chdir(cwd);
    }
    const cli = readLedger(readWorkbook(new Uint8Array(fs.readFileSync(file)), '台账.xlsx'), spec, '台账.xlsx').ledger!;
    const pane = (await find(host)).ledger!;
    const noTime = (l: Ledger) => ({ ...l, quarters: l.quarters.map(({ mergedAt: _, ...q }) => q) });
    expect(pane.quarters.map((q) => q.quarter)).toEqual([1, 2]);
    expect(noTime(pane)).toEqual(noTime(cli));
    expect(names(host).filter((n) => !n.startsWith('_pt'))).toEqual(['我的表', '进展台账', '指标台账', '进度一览', '报送情况（第一季度）', '报送情况（第二季度）']);
  });

  it.each(['1.4', 'web'] as const)('takes the same round trips for 3 files as for 15 (ExcelApi %s)', async (level) => {
    const labels = async (units?: readonly string[]) => {
      const host = strictHost({ level, sheets: [user] });
      await writeLedgerSheets(host.context(), recorded(undefined, 1, units), spec, { support: host.support });
      const c = countSyncs();
      const kept = await find(host);
      await writeLedgerSheets(host.context(), recorded(kept.ledger, 2, units), spec, { support: host.support, replace: true });
      c.stop();
      return c.labels;
    };
    const three = await labels(['区卫健局', '区教体局', '区民政局']);
    const fifteen = await labels();
    expect(spec.units.length).toBe(15);
    expect(three).toEqual(['ledger-find:sheets', 'ledger-find:metadata', 'ledger:sheets', 'ledger:metadata', 'ledger:format', 'ledger:values', 'ledger:finish']);
    expect(fifteen).toEqual(three);
  });

  it('takes 2 round trips to find the ledger among 40 sheets, and the same to write four quarters as one; no user sheet is read', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `表${i + 1}`, rows: [[`第${i + 1}张表的数据`]] }));
    const host = strictHost({ level: 'web', sheets: many });
    let all: Ledger | undefined;
    for (const q of [1, 2, 3, 4] as Quarter[]) all = recorded(all, q, ['区卫健局']);
    const write = async (l: Ledger, replace: boolean) => {
      const c = countSyncs();
      await writeLedgerSheets(host.context(), l, spec, { support: host.support, replace });
      c.stop();
      return c.labels;
    };
    const one = await write(recorded(undefined, 1, ['区卫健局']), false);
    const four = await write(all!, true);
    expect(four).toEqual(one);
    const c = countSyncs();
    const before = host.requests.length;
    expect((await find(host)).ledger).toEqual(all);
    c.stop();
    expect(c.count).toBe(2);
    // Only the two very hidden sheets (the metadata and the data) are read: a used range and merged areas each.
    const queries = host.requests.slice(before).map((r) => r.actions.filter((a) => a.type === 'query').length);
    expect(queries).toEqual([1, 4]);
  });
});
