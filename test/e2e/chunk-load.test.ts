/**
 * The pane's code loads in parts (issue 15: the first load carries the 模板 page only; every job's code and the other
 * pages are fetched on first use, usecases/deferred and App's React.lazy pages). In headless Chromium: when the
 * add-in's server stops answering after the first load (every further .js request refused), a job says so in its own
 * sentence (errorLoadFailed, not the general one), a page that cannot be fetched shows that sentence in an alert
 * instead of a blank pane, the other tabs still work; once the server answers again, the same button works (webpack
 * forgets a failed chunk; usecases/deferred loads again). Nothing leaves 127.0.0.1.
 */
import { STRINGS } from '../../src/taskpane/strings';
import { download, usePaneSession } from './harness';

const zh = STRINGS['zh-CN'];
const session = usePaneSession();

test('server gone after the first load: the job and the page say the add-in’s files could not be fetched; back again, it works', async () => {
  const { page } = session.pane;
  const refusedScripts: string[] = [];
  const refuse = (route: import('playwright-core').Route) => {
    refusedScripts.push(route.request().url());
    return route.abort('connectionrefused');
  };
  await page.route(/\.js(\?|$)/, refuse);

  await page.getByRole('button', { name: zh.downloadTemplate }).click();
  await page.getByRole('alert').getByText(zh.errorLoadFailed).waitFor({ timeout: 30_000 });
  expect(refusedScripts.length).toBeGreaterThan(0);

  await page.getByRole('tab', { name: zh.tabValidate }).click();
  await page.getByRole('alert').getByText(zh.errorLoadFailed).waitFor({ timeout: 30_000 });
  await page.getByRole('tab', { name: zh.tabTemplate }).click();
  const button = page.getByRole('button', { name: zh.downloadTemplate });
  await button.waitFor();

  await page.unroute(/\.js(\?|$)/, refuse);
  const { download: d, bytes } = await download(page, () => button.click());
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(bytes.length).toBeGreaterThan(1000);
});
