/**
 * The ribbon 一键校验's result dialog (result.html) as Chromium shows it: the counts from the query string as a
 * sentence, 可以报送 when there is no error, a failure's sentence as text (never markup), and a 关闭 button that does
 * not throw outside Office. Nothing leaves 127.0.0.1 (the session's checks after each test).
 */
import { usePaneSession } from './harness';

const session = usePaneSession();

test('shows the errors and warnings found, or 可以报送', async () => {
  const { page } = session.pane;
  await page.goto(`${session.server.url}result.html?e=2&w=1`);
  await page.getByText('发现 2 个错误、1 个警告，已在单元格上标出。').waitFor();
  expect(await page.locator('#title').textContent()).toBe('暂不能报送');
  await page.goto(`${session.server.url}result.html?e=0&w=0`);
  await page.getByText('没有发现问题。').waitFor();
  expect(await page.locator('#title').textContent()).toBe('可以报送');
  await page.getByRole('button', { name: '关闭' }).click();
});

test('shows a failure sentence as text, never as markup', async () => {
  const { page } = session.pane;
  await page.goto(`${session.server.url}result.html?m=${encodeURIComponent('<img src=x onerror=alert(1)>工作表太大')}`);
  await page.getByText('校验未完成').waitFor();
  expect(await page.locator('#text').textContent()).toBe('<img src=x onerror=alert(1)>工作表太大');
  expect(await page.locator('img').count()).toBe(0);
});
