/**
 * Old webviews in Chromium (issue 9, Build 5): with the user agent of Internet Explorer 11 (Trident, as Office 2016/2019
 * volume editions show add-ins) or of Microsoft Edge Legacy (EdgeHTML, older retail builds), every page of the add-in
 * (taskpane.html, the function file commands.html, the dialog result.html) shows the Chinese fallback page, never a
 * blank one, with the pane's address taken from location; a current user agent (Edge WebView2, "Edg/") still gets
 * the pane. Chromium runs the ES2022 bundles whatever the user agent says: that the bundles stay out proves the flag
 * works; that old-webview.js itself parses in IE11 is test/taskpane/old-webview-es5.test.ts. Every request off
 * 127.0.0.1 is blocked and must not happen.
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../helpers/static-server';
import { ensureBuilt, launchChromium, openPage, serveDist } from './harness';

/** Internet Explorer 11 inside desktop Office (Trident 7, with Office's ms-office token). */
const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729; ms-office; MSOffice 16)';
/** Microsoft Edge Legacy 18 (EdgeHTML), the webview of Office 2016/2019 retail without WebView2. */
const EDGEHTML_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
/** Microsoft Edge WebView2 (Chromium): "Edg/", not "Edge/". */
const WEBVIEW2_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await ensureBuilt();
  server = await serveDist();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** `page` opened with `userAgent` (harness openPage: requests off this machine blocked and recorded). */
async function openWith(userAgent: string, page: string) {
  const opened = await openPage(browser, server, page, { userAgent });
  return { context: opened.context, tab: opened.page, external: opened.external, pageErrors: opened.pageErrors, refused: opened.refused };
}

/** The fallback page's headings, paragraphs and list items, and the address it gives, in order. */
async function fallbackText(tab: Awaited<ReturnType<typeof openWith>>['tab']) {
  await tab.locator('#old-webview').waitFor({ timeout: 15_000 });
  return tab.evaluate(() => ({
    texts: Array.from(document.querySelectorAll('#old-webview h1, #old-webview h2, #old-webview p, #old-webview li')).map((e) => e.textContent),
    address: (document.getElementById('old-webview-address') as HTMLInputElement).value,
    title: document.title,
    root: document.getElementById('root'),
  }));
}

/** What the fallback page says, for the engine's names. */
function expected(engineZh: string, engineEn: string, address: string) {
  return {
    texts: [
      '此版本的 Office 无法运行进展情况表助手',
      `原因：这台电脑上的 Office 用${engineZh}内核显示加载项（Office 2016/2019 批量授权版、较早的零售版或 Microsoft 365 会这样）。这个内核太旧，运行不了助手的界面，与您的文件无关。`,
      '现在可以这样做',
      '在浏览器中使用同一个助手：复制下面的地址，用新版 Microsoft Edge、Chrome 或国产浏览器的“极速模式”打开，即可生成模板、校验和汇总文件（文件只在本机处理，不上传）。',
      '使用命令行工具：信息技术人员可在装有 Node.js 的电脑上运行 npx progress-table validate 文件.xlsx（校验）或 npx progress-table merge 文件夹 -o 汇总.xlsx（汇总）。',
      '在 Excel 中使用需要新的内核：Office 2021 及以上版本；或装有 Microsoft Edge WebView2 运行时的 Office 2016/2019 零售版、Microsoft 365。批量授权版 Office 2016/2019 不能改用新内核。',
      `This version of Office shows add-ins in ${engineEn}, which cannot run the assistant. Open ${address} in a current browser (Edge, Chrome) to work on files, or use the command-line tool (npx progress-table).`,
    ],
    address,
    title: '进展情况表助手：请在浏览器中使用',
    root: null,
  };
}

test('old-webview-ie11: the task pane in IE11 (Trident) shows the fallback page with the pane’s address, not a blank pane', async () => {
  const opened = await openWith(IE11_UA, 'taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0');
  const address = `${server.url}taskpane.html`;
  expect(await fallbackText(opened.tab)).toEqual(expected('Internet Explorer 11（Trident）', 'Internet Explorer 11 (Trident)', address));
  expect(await opened.tab.getByRole('tab', { name: '模板' }).count()).toBe(0);
  await opened.tab.screenshot({ path: 'test-artifacts/screenshots/old-webview-ie11.png' });
  await opened.context.close();
  expect({ external: opened.external, refused: opened.refused, pageErrors: opened.pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
});

test('old-webview-edgehtml: the task pane in EdgeHTML shows the fallback page', async () => {
  const opened = await openWith(EDGEHTML_UA, 'taskpane.html');
  expect(await fallbackText(opened.tab)).toEqual(expected('旧版 Microsoft Edge（EdgeHTML）', 'Microsoft Edge Legacy (EdgeHTML)', `${server.url}taskpane.html`));
  await opened.context.close();
  expect({ external: opened.external, refused: opened.refused, pageErrors: opened.pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
});

test.each([
  ['result.html?e=2&w=1', IE11_UA],
  ['commands.html', EDGEHTML_UA],
])('old-webview-pages: %s shows the fallback page too, pointing at taskpane.html in its folder', async (page, ua) => {
  const opened = await openWith(ua, page);
  const shown = await fallbackText(opened.tab);
  expect({ address: shown.address, first: shown.texts[0] }).toEqual({ address: `${server.url}taskpane.html`, first: '此版本的 Office 无法运行进展情况表助手' });
  if (page === 'result.html?e=2&w=1') expect(await opened.tab.locator('#title').count()).toBe(0);
  await opened.context.close();
  expect({ external: opened.external, refused: opened.refused, pageErrors: opened.pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
});

test('old-webview-command: in the function file the ES5 一键校验 completes its event at once (no dialog API outside Office)', async () => {
  const opened = await openWith(EDGEHTML_UA, 'commands.html');
  await opened.tab.locator('#old-webview').waitFor();
  const completed = await opened.tab.evaluate(() => {
    let count = 0;
    (window as unknown as { validateActiveSheet: (e: { completed(): void }) => void }).validateActiveSheet({ completed: () => { count++; } });
    return { count, flag: (window as unknown as { PROGRESS_TABLE_OLD_WEBVIEW: string }).PROGRESS_TABLE_OLD_WEBVIEW };
  });
  expect(completed).toEqual({ count: 1, flag: 'edgehtml' });
  await opened.context.close();
  expect({ external: opened.external, refused: opened.refused, pageErrors: opened.pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
});

test('a current webview (Edge WebView2, "Edg/") still gets the pane, without the fallback page', async () => {
  const opened = await openWith(WEBVIEW2_UA, 'taskpane.html');
  await opened.tab.getByRole('tab', { name: '模板' }).waitFor({ timeout: 30_000 });
  expect({
    fallback: await opened.tab.locator('#old-webview').count(),
    flag: await opened.tab.evaluate(() => (window as unknown as { PROGRESS_TABLE_OLD_WEBVIEW?: string }).PROGRESS_TABLE_OLD_WEBVIEW ?? null),
  }).toEqual({ fallback: 0, flag: null });
  await opened.context.close();
  expect({ external: opened.external, refused: opened.refused, pageErrors: opened.pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
});
