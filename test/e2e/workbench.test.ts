/**
 * Issue 12's workbench in headless Chromium, at the pane's 350 px and at 1280 px, in zh-CN and en-US: the coordinator
 * adds files in two goes and removes one (the result follows the set), reads the roster problems first, types a
 * due date and a contact that go into the 催报 text, copies it, downloads one unit's annotated copy from its row and
 * prints only the roster; the language switch turns every word of ours into English without merging again; the
 * department's check defaults to the quarter being reported. No card is wider than itself; after an action the
 * focus is on its result; axe-core finds no violation. Nothing leaves 127.0.0.1.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { rosterCountsText } from '../../src/core/merge/roster-texts';
import { currentQuarter, quarterText } from '../../src/taskpane/context';
import { STRINGS, fill } from '../../src/taskpane/strings';
import { chooseFiles, clippedElements, download, EXAMPLES, exampleFiles, isFocused, PANE, screenshot, scrollWidth, tabTo, usePaneSession } from './harness';

const zh = STRINGS['zh-CN'];
const en = STRINGS['en-US'];
const session = usePaneSession();
const ERROR_FILE = path.join(EXAMPLES, '区卫健局-2026年第三季度进展情况表.xlsx');
const LATE = '区科协';

/** Elements (cards, sections, fields) whose content is wider than their box. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main section, main fieldset, main [class*="fui-Field"], main table, main ul, main li'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`),
  );
}

async function layoutOk(page: Page): Promise<void> {
  const width = page.viewportSize()!.width;
  expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
  expect(await clippedElements(page)).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
}

/** Merge all examples but one (区妇联's correction held back), then add it in a second go. */
async function mergeInTwoGoes(page: Page, s = zh): Promise<void> {
  const files = exampleFiles();
  const late = files.find((f) => f.includes('更正'))!;
  await page.getByRole('tab', { name: s.tabSummary }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFiles }), files.filter((f) => f !== late));
  await page.getByRole('button', { name: s.merge }).click();
  await page.getByRole('heading', { name: s.roster }).waitFor({ timeout: 60_000 });
  await chooseFiles(page, page.getByRole('button', { name: s.desk.addFiles }), [late]);
  await page.getByText(fill(s.desk.chosenFiles, { n: files.length })).waitFor();
  await page.getByText(fill(s.desk.filesAdded, { n: 1, total: files.length })).waitFor({ timeout: 60_000 });
}

test('汇总 at 350 px: files in two goes, one removed, problems first, 催报 with due date and contact, 复制, one unit’s copy, print', async () => {
  const { page, context } = session.pane;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await mergeInTwoGoes(page);
  const counts = { due: 15, sent: 14, clean: 13, withErrors: 1, unreadable: 0, missing: 1 };
  await page.locator('#roster-counts').getByText(rosterCountsText(counts, 'zh-CN')).waitFor();
  expect(counts.sent + counts.missing).toBe(counts.due);

  // Problems first; the clean units fold into one line (no "错误 0 个").
  const rows = await page.locator('#roster-heading ~ table tr th').allInnerTexts();
  expect(rows[0]).toBe('区卫健局');
  expect(rows).toContain(LATE);
  expect(rows).not.toContain('区民政局');
  await page.getByText(/已报送、无误的 \d+ 个单位：/).waitFor();
  expect(await page.locator('main').innerText()).not.toContain('错误 0 个');

  // 报送期限 and 联系人 / 电话 go into the 催报 text at once.
  await page.getByLabel(zh.desk.dueDate).fill('2026-10-10');
  await page.getByLabel(zh.desk.contactName).fill('王芳');
  await page.getByLabel(zh.desk.contactPhone).fill('0533-7212345');
  const reminder = page.getByLabel(zh.reminder, { exact: true });
  expect(await reminder.inputValue()).toBe(
    `请以下单位于2026年10月10日前报送2026年第三季度工作进展情况表：${LATE}。\n联系人：王芳，电话：0533-7212345。`,
  );
  // The box is as high as its text.
  expect(await reminder.evaluate((el) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
  await page.getByRole('button', { name: fill(zh.desk.copyNamed, { label: zh.reminder }) }).click();
  await page.getByText(zh.desk.copied).or(page.getByText(zh.desk.copySelected)).first().waitFor();

  // 退回修改 for 区卫健局 lists every error, and its annotated copy downloads from its row.
  const back = await page.getByLabel(fill(zh.desk.returnFor, { unit: '区卫健局' }), { exact: true }).inputValue();
  expect(back.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(4);
  const { download: d } = await download(page, () => page.getByRole('button', { name: fill(zh.desk.downloadUnitAnnotated, { unit: '区卫健局' }) }).click());
  expect(d.suggestedFilename()).toMatch(/区卫健局.*\.xlsx$/);

  await layoutOk(page);
  await screenshot(page, 'summary');

  // Remove one file: the result follows (区人社局 becomes missing) and the banner says so.
  const gone = '区人社局-2026年第三季度进展情况表.xlsx';
  await page.getByRole('button', { name: fill(zh.desk.removeFile, { file: gone }) }).click();
  await page.getByText(fill(zh.desk.fileRemoved, { file: gone }), { exact: false }).waitFor({ timeout: 60_000 });
  expect(await page.getByLabel(zh.reminder, { exact: true }).inputValue()).toContain('区人社局');
  expect(await isFocused(page.locator('[role="status"]').first())).toBe(true);

  // Print: the roster and texts, not the interface.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('tablist').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: zh.desk.addFiles }).isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: zh.roster }).isVisible()).toBe(true);
  expect(await page.getByLabel(zh.reminder, { exact: true }).isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
});

test('en-US through the switch, at 1280 px: the roster, reminders and lists in English without merging again', async () => {
  const { page } = session.pane;
  await page.setViewportSize({ width: 1280, height: 900 });
  await mergeInTwoGoes(page);
  await page.getByLabel(zh.desk.language).selectOption('en-US');
  await page.getByRole('heading', { name: en.roster }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
  await page.locator('#roster-counts').getByText('15 units due: 14 sent (13 clean, 1 with errors, 0 unreadable), 1 not sent.').waitFor();
  const reminder = await page.getByLabel(en.reminder, { exact: true }).inputValue();
  expect(reminder).toBe(`Please send the 2026 Q3 progress table as soon as possible: ${LATE}.`);
  const back = await page.getByLabel(fill(en.desk.returnFor, { unit: '区卫健局' }), { exact: true }).inputValue();
  expect(back).toMatch(/^区卫健局: the 2026 Q3 progress table you sent \(.+\) has 4 errors\./);
  // Only names from the notice and the files stay Chinese; no Chinese punctuation in our English.
  const words = await page.locator('#roster-counts').innerText();
  expect(words).not.toMatch(/[，。：；（）]/);
  await layoutOk(page);
  await screenshot(page, 'summary-en-1280');
  // Remembered: a new page opens in English.
  await page.reload();
  await page.getByRole('tab', { name: en.tabTemplate }).waitFor({ timeout: 30_000 });
});

test('校验 at 350 px: the quarter being reported by default; last quarter’s file is not 可以报送; the place in words; two languages', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: zh.tabValidate }).click();
  const q = currentQuarter();
  expect(await page.getByLabel(zh.quarter).inputValue()).toBe(String(q));
  await page.getByText(fill(zh.desk.checkingQuarter, { quarter: quarterText(q, 'zh-CN') })).waitFor();
  await chooseFiles(page, page.getByRole('button', { name: zh.chooseFile }), [ERROR_FILE]);
  const bar = page.locator('[role="alert"], [role="status"]').first();
  await bar.waitFor({ timeout: 30_000 });
  if (q !== 3) {
    await page.getByText(fill(zh.desk.fileQuarterDiffers, { fileQuarter: '第三季度', quarter: quarterText(q, 'zh-CN') }), { exact: false }).waitFor();
    expect(await page.getByText(zh.readyToSubmit).count()).toBe(0);
  }
  await page.getByText(/第\d+项 .+ · 完成时限（E8）：/).first().waitFor();
  expect(await isFocused(bar)).toBe(true);
  await layoutOk(page);
  await screenshot(page, 'validate');
  await page.getByLabel(zh.desk.language).selectOption('en-US');
  await page.getByText(/Item \d+ .+ · Deadline \(E8\): /).first().waitFor();
  await layoutOk(page);
});

test('keyboard alone: add files, merge, the focus lands on the result; 复制 with Enter', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: zh.tabSummary }).click();
  const choose = page.getByRole('button', { name: zh.chooseFiles });
  // Wait for the chooser before tabbing: Playwright turns on file-chooser interception when the wait starts, and a
  // key press sent at once can reach the button before that (the click then opens nothing Playwright sees).
  const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
  await tabTo(page, choose);
  await page.keyboard.press('Space');
  await (await chooser).setFiles(exampleFiles());
  await tabTo(page, page.getByRole('button', { name: zh.merge }), 80);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: zh.roster }).waitFor({ timeout: 60_000 });
  const bar = page.locator('[role="status"]').first();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
  expect(await isFocused(bar)).toBe(true);
  await tabTo(page, page.getByRole('button', { name: fill(zh.desk.copyNamed, { label: zh.reminder }) }), 120);
  await page.keyboard.press('Enter');
  await page.getByText(zh.desk.copied).or(page.getByText(zh.desk.copySelected)).first().waitFor();
});

test('axe-core finds no violation on each page, after a merge and after a check', async () => {
  const { browser, server } = session;
  const context = await browser.newContext({ viewport: { ...PANE }, locale: 'zh-CN', bypassCSP: true });
  await context.route('**/*', (route) => (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: zh.tabTemplate }).waitFor({ timeout: 30_000 });
  const axe = async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const r = await page.evaluate(async () => {
      const res = await (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ exclude: [['[data-tabster-dummy]']] });
      return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    return r;
  };
  expect(await axe()).toEqual([]);
  await page.getByRole('tab', { name: zh.tabSummary }).click();
  await chooseFiles(page, page.getByRole('button', { name: zh.chooseFiles }), exampleFiles());
  await page.getByRole('button', { name: zh.merge }).click();
  await page.getByRole('heading', { name: zh.roster }).waitFor({ timeout: 60_000 });
  expect(await axe()).toEqual([]);
  await page.getByRole('tab', { name: zh.tabValidate }).click();
  await chooseFiles(page, page.getByRole('button', { name: zh.chooseFile }), [ERROR_FILE]);
  await page.locator('[role="alert"], [role="status"]').first().waitFor({ timeout: 30_000 });
  expect(await axe()).toEqual([]);
  await page.getByRole('tab', { name: zh.spec.tab }).click();
  await page.waitForTimeout(500);
  expect(await axe()).toEqual([]);
  await context.close();
});
