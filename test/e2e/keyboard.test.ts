/**
 * The pane with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys; no mouse): move between the pages with
 * the arrow keys on the tab list, choose 第三季度 and 区卫健局 in the pickers with the arrow keys, press 下载模板
 * with Enter; then on 校验 open the file chooser with Space. No request leaves 127.0.0.1.
 */
import type { Locator, Page } from 'playwright-core';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readReport } from '../../src/core/read';
import { STRINGS } from '../../src/taskpane/strings';
import { readWorkbook } from '../../src/xlsx/read';
import { download, isFocused, tabTo, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];

const session = usePaneSession();

/** Press ArrowDown/ArrowUp on a focused native select until its value is `value` (at most `max` presses). */
async function arrowToValue(page: Page, select: Locator, value: string, max = 30): Promise<void> {
  const values = await select.evaluate((el) => Array.from((el as HTMLSelectElement).options).map((o) => o.value));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${values.join(', ')}`);
  for (let i = 0; i < max; i++) {
    const now = values.indexOf(await select.inputValue());
    if (now === target) return;
    await page.keyboard.press(now < target ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

test('keyboard alone: tabs with arrow keys, pickers with arrow keys, 下载模板 with Enter, file chooser with Space', async () => {
  const { page } = session.pane;
  const templateTab = page.getByRole('tab', { name: s.tabTemplate });
  const validateTab = page.getByRole('tab', { name: s.tabValidate });

  // Into the tab list, then → to 校验 and select it with Enter.
  await tabTo(page, templateTab);
  await page.keyboard.press('ArrowRight');
  expect(await isFocused(validateTab)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByText(s.validateHelpBrowser).waitFor();
  expect(await validateTab.getAttribute('aria-selected')).toBe('true');

  // Space on 选择文件… opens the browser's file chooser (the picker is reachable without a mouse).
  const choose = page.getByRole('button', { name: s.chooseFile });
  await tabTo(page, choose);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), page.keyboard.press('Space')]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles([]);

  // Back to 模板 with ← and Space.
  await tabTo(page, validateTab, 40, 'Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  expect(await isFocused(templateTab)).toBe(true);
  await page.keyboard.press('Space');
  await page.getByText(s.templateHelp).waitFor();

  // Quarter and unit with the arrow keys, then Enter on 下载模板.
  const quarter = page.getByLabel(s.quarter);
  await tabTo(page, quarter);
  await arrowToValue(page, quarter, '3');
  const unit = page.getByLabel(s.unit);
  await tabTo(page, unit);
  await arrowToValue(page, unit, '区卫健局');
  const button = page.getByRole('button', { name: s.downloadTemplate });
  await tabTo(page, button);
  // The keyboard focus is shown: Fluent marks the element (data-fui-focus-visible) and draws an inset ring (box-shadow).
  const ring = await button.evaluate((el) => ({
    marked: el.hasAttribute('data-fui-focus-visible'),
    insetRing: getComputedStyle(el).boxShadow.includes('inset'),
  }));
  expect(ring).toEqual({ marked: true, insetRing: true });
  const { download: d, bytes } = await download(page, () => page.keyboard.press('Enter'));

  const report = readReport(readWorkbook(bytes, d.suggestedFilename()), LINZI_2026);
  expect(report.identity).toMatchObject({ unit: '区卫健局', quarter: 3 });
});
