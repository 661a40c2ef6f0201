/**
 * The pane reads files in a Web Worker (src/browser/read-worker.ts): a file on which SheetJS loops forever
 * (test/fixtures/damaged-formula.xls) must leave the pane responsive and end, after the read timeout (20 s), as
 * "file damaged" on screen; the worker is its own file of the build, served from the add-in's host.
 */
import * as path from 'node:path';
import { STRINGS } from '../../src/taskpane/strings';
import { chooseFiles, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];
const HANGING_XLS = path.join(__dirname, '../fixtures/damaged-formula.xls');

const session = usePaneSession();

test('校验 a file that hangs the reader: the pane stays responsive and says the file is damaged', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.tabValidate }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFile }), [HANGING_XLS]);
  // While the worker loops, the page's own thread answers at once.
  await page.waitForTimeout(2000);
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - start).toBeLessThan(1000);
    await page.waitForTimeout(500);
  }
  expect(session.server.served.some((p) => /read-workbook\.[0-9a-f]+\.js$|read-workbook\.js$/.test(p))).toBe(true);
  await page.getByText(s.readError['file-corrupt']).first().waitFor({ timeout: 40_000 });
}, 90_000);
