/**
 * The task pane as a plain web page on files (no Office host), driven in headless Chromium the way a person uses it:
 * 模板 → download the table for 区卫健局, 第三季度; 校验 → the example file with errors, findings by row, the annotated
 * copy; 汇总 → all example files, the roster on screen, the summary workbook. Every request that is not to
 * 127.0.0.1 is blocked and counted: the count must be 0. Screenshots at the pane's 350-pixel width go to
 * test-artifacts/screenshots/, and nothing may be wider than the pane.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { validateBook } from '../../src/core/validate';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readReport } from '../../src/core/read';
import type { GridBook } from '../../src/core/sheet/grid';
import { parseA1 } from '../../src/core/sheet/grid';
import { STRINGS, fill } from '../../src/taskpane/strings';
import { rosterCountsText } from '../../src/core/merge/roster-texts';
import { readWorkbook } from '../../src/xlsx/read';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { chooseFiles, clippedElements, download, EXAMPLES, exampleFiles, PANE, screenshot, scrollWidth, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];
const ERROR_FILE = path.join(EXAMPLES, '区卫健局-2026年第三季度进展情况表.xlsx');

const session = usePaneSession();

/** The examples' counts (core roster.counts): 15 due, 14 sent (13 clean, 1 with errors), 1 missing. */
const COUNTS = { due: 15, sent: 14, clean: 13, withErrors: 1, unreadable: 0, missing: 1 };

/** All visible values of a book, flattened to one string for "contains" checks. */
function allText(book: GridBook): string {
  return book.sheets.map((g) => g.rows.map((r) => r.map((c) => (c ? String(c.value) : '')).join('\t')).join('\n')).join('\n');
}

test('the pane opens outside Office as a page on files, in Chinese, and loads office.js from its own host', async () => {
  const { page } = session.pane;
  expect(await page.getByRole('heading', { name: s.appTitle }).isVisible()).toBe(true);
  expect(await page.getByText(s.hostBrowser).isVisible()).toBe(true);
  for (const tab of [s.tabTemplate, s.tabValidate, s.tabSummary]) expect(await page.getByRole('tab', { name: tab }).isVisible()).toBe(true);
  expect(session.server.served.some((p) => /office-js\/office\.js$/.test(p))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  // office.js keeps working seconds after the page is up (outside Office it adds a telemetry frame later): idle a
  // while so late attempts to reach other hosts are counted too (afterEach asserts none got out).
  await page.waitForTimeout(6000);
});

test('the guard blocks and counts a request to another host (so a count of 0 means something)', async () => {
  const { page, external } = session.pane;
  // The page's Content-Security-Policy (connect-src 'self' blob: data:) already stops fetch/XHR to other hosts …
  const fetched = await page.evaluate(() =>
    fetch('https://cdn.example.invalid/office.js').then(
      () => 'loaded',
      () => 'refused',
    ),
  );
  // … and img-src 'self' data: blob: refuses an off-host image; the context still sees the request (it is counted in
  // `external`) and the route would block it had the policy let it through.
  const image = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
        img.src = 'https://cdn.example.invalid/pixel.png';
      }),
  );
  expect({ fetched, image, external }).toEqual({ fetched: 'refused', image: 'blocked', external: ['https://cdn.example.invalid/pixel.png'] });
  expect(session.pane.refused).toEqual(['https://cdn.example.invalid/office.js', 'https://cdn.example.invalid/pixel.png']);
  external.length = 0;
  session.pane.refused.length = 0;
});

test('模板: choose 第三季度 and 区卫健局, 下载模板 gives the official table for that unit and quarter', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.tabTemplate }).click();
  await page.getByLabel(s.quarter).selectOption({ label: '第三季度' });
  await page.getByLabel(s.unit).selectOption({ label: '区卫健局' });
  const { download: d, bytes } = await download(page, () => page.getByRole('button', { name: s.downloadTemplate }).click());
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.getByText(fill(s.downloaded, { file: d.suggestedFilename() })).waitFor();

  const book = readWorkbook(bytes, d.suggestedFilename());
  const report = readReport(book, LINZI_2026);
  expect(report.identity).toMatchObject({ unit: '区卫健局', quarter: 3 });
  const text = allText(book);
  expect(text).toContain('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
  expect(text).toContain('填报单位：区卫健局');
  expect(book.sheets.filter((g) => g.visibility === 'visible').map((g) => g.name)).toEqual(['进展情况表', '指标完成情况']);

  expect(await scrollWidth(page)).toBeLessThanOrEqual(PANE.width);
  expect(await clippedElements(page)).toEqual([]);
  await screenshot(page, 'template');
});

test('校验: the example file with errors shows its findings grouped by row, and the annotated copy downloads', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.tabValidate }).click();
  // The check defaults to the quarter being reported; this example is the 第三季度 table.
  await page.getByLabel(s.quarter).selectOption({ label: '第三季度' });
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFile }), [ERROR_FILE]);

  // What the core says about this file (the pane must show the same).
  const expected = validateBook(readWorkbook(new Uint8Array(fs.readFileSync(ERROR_FILE)), path.basename(ERROR_FILE)), LINZI_2026, { quarter: 3 }).findings;
  const errors = expected.filter((f) => f.severity === 'error');
  const warnings = expected.filter((f) => f.severity === 'warning');
  expect(errors.map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort()).toEqual(
    ['deadline-empty 进展情况表!E8', 'deadline-unreadable 进展情况表!E5', 'indicator-rate-over-100 指标完成情况!I8', 'progress-empty 进展情况表!D8'].sort(),
  );

  await page.getByText(fill(s.notReady, { errors: errors.length })).waitFor({ timeout: 30_000 });
  await page.getByText(fill(s.counts, { errors: errors.length, warnings: warnings.length })).first().waitFor();
  // Each finding names its item and its column in words as well as the cell.
  await page.getByText(/第\d+项 .+ · 完成时限（E8）/).first().waitFor();

  // Grouped by row: each finding's message sits in the group titled with its sheet and 1-based row.
  for (const f of expected) {
    if (!f.sheet || !f.cell) continue;
    const row = (parseA1(f.cell)?.row ?? 0) + 1;
    const title = `${f.sheet} · ${fill(s.row, { n: row })}`;
    const group = page.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
    await group.first().waitFor();
    expect(await group.first().innerText()).toContain(f.message);
    expect(await group.first().innerText()).toContain(f.cell);
  }

  expect(await scrollWidth(page)).toBeLessThanOrEqual(PANE.width);
  expect(await clippedElements(page)).toEqual([]);
  await screenshot(page, 'validate');

  const { download: d, bytes } = await download(page, () => page.getByRole('button', { name: s.downloadAnnotated }).click());
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  // The copy keeps the contents and marks the cells: each error cell has a note or a fill it did not have before.
  const copy = readWorkbook(bytes, d.suggestedFilename());
  expect(allText(copy)).toContain('1—9月，共开展“两癌”免费检查1.42万人');
  const before = new ExcelJS.Workbook();
  await before.xlsx.load(fs.readFileSync(ERROR_FILE) as unknown as ArrayBuffer);
  const after = new ExcelJS.Workbook();
  await after.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const f of errors) {
    const was = before.getWorksheet(f.sheet!)!.getCell(f.cell!);
    const now = after.getWorksheet(f.sheet!)!.getCell(f.cell!);
    const marked = Boolean(now.note) || JSON.stringify(now.fill ?? null) !== JSON.stringify(was.fill ?? null);
    expect({ cell: `${f.sheet}!${f.cell}`, marked }).toEqual({ cell: `${f.sheet}!${f.cell}`, marked: true });
  }

  // The clerk checks the annotated copy again and downloads 清除标记后的文件（可报送）: read back, it has none of the
  // add-in's notes, fills or sheets, and each cell's fill is what the original file had.
  const annotatedPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pane-clean-')), d.suggestedFilename());
  fs.writeFileSync(annotatedPath, bytes);
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFile }), [annotatedPath]);
  await page.getByText(fill(s.counts, { errors: errors.length, warnings: warnings.length })).first().waitFor();
  const clean = await download(page, () => page.getByRole('button', { name: s.desk.downloadClean }).click());
  expect(clean.download.suggestedFilename()).toMatch(/可报送\.xlsx$/);
  const cleaned = new ExcelJS.Workbook();
  await cleaned.xlsx.load(Buffer.from(clean.bytes) as unknown as ArrayBuffer);
  expect(cleaned.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  for (const f of errors) {
    const was = before.getWorksheet(f.sheet!)!.getCell(f.cell!);
    const now = cleaned.getWorksheet(f.sheet!)!.getCell(f.cell!);
    expect({ cell: `${f.sheet}!${f.cell}`, note: String(now.note ?? '').includes(MARK_PREFIX), fill: JSON.stringify(now.fill ?? null) }).toEqual({
      cell: `${f.sheet}!${f.cell}`,
      note: false,
      fill: JSON.stringify(was.fill ?? null),
    });
  }
});

test('汇总: all example files give the roster on screen and a summary workbook to download', async () => {
  const { page } = session.pane;
  const files = exampleFiles();
  await page.getByRole('tab', { name: s.tabSummary }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFiles }), files);
  await page.getByText(fill(s.filesChosen, { n: files.length })).waitFor();
  await page.getByRole('button', { name: s.merge }).click();

  await page.getByRole('heading', { name: s.roster }).waitFor({ timeout: 60_000 });
  await page.locator('#roster-counts').getByText(rosterCountsText(COUNTS, 'zh-CN')).waitFor();
  const statusOf = async (unit: string) => (await page.getByRole('row', { name: unit, exact: false }).first().innerText()).replace(/\s+/g, ' ');
  expect(await statusOf('区科协')).toContain(s.statusMissing);
  expect(await statusOf('区妇联')).toContain(s.statusDuplicate);
  expect(await statusOf('区卫健局')).toContain(s.statusWithErrors);
  await page.getByLabel(s.desk.show).selectOption('all');
  expect(await statusOf('区民政局')).toContain(s.statusSubmitted);
  expect(await page.getByRole('textbox', { name: s.reminder }).inputValue()).toContain('区科协');

  expect(await scrollWidth(page)).toBeLessThanOrEqual(PANE.width);
  expect(await clippedElements(page)).toEqual([]);
  await screenshot(page, 'summary');

  const { download: d, bytes } = await download(page, () => page.getByRole('button', { name: s.downloadSummary }).click());
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = readWorkbook(bytes, d.suggestedFilename());
  expect(book.sheets.filter((g) => g.visibility === 'visible').map((g) => g.name)).toEqual(expect.arrayContaining(['汇总表', '报送情况']));
  const text = allText(book);
  expect(text).toContain('1—9月，共开展“两癌”免费检查1.42万人');
  expect(text).toContain('资助困境女童68名'); // 区妇联's corrected file won
  expect(text).toContain('为符合条件的14名孤儿发放'); // the hand-made file merged
  expect(text).toMatch(/区科协\s+未报送/);
});

test('清单: at 350 px the list editor (every item card with its fields) fits the pane, nothing clipped', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.spec.tab }).click();
  await page.getByText(s.spec.help).first().waitFor();
  await page.waitForTimeout(500);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PANE.width);
  expect(await clippedElements(page)).toEqual([]);
});
