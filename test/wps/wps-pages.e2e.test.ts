/**
 * The WPS 加载项 in headless Chromium (issue 13, Done when): dist/wps served from 127.0.0.1, a stub `window.Application`
 * standing in for WPS. The entry page (made here as WPS makes it: an index.html that loads main.js) installs the ribbon's
 * functions, and 打开助手 asks WPS for a task pane at the add-in's own address; the pane loads, learns it is in WPS, offers
 * the in-workbook jobs, and says in a sentence that no workbook is open. Every request off this machine is blocked and
 * must not happen; no page error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../helpers/static-server';
import { isLocal, launchChromium, PANE, ROOT } from '../e2e/harness';

const OUT = path.join(ROOT, 'dist', 'wps');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(OUT, 'taskpane.js'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'build-wps.ts')], { cwd: ROOT, stdio: 'pipe' });
  }
  server = await startStaticServer(OUT);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A stub of WPS's Application: no workbook open; task panes and PluginStorage recorded on window.__wps. */
function stubWps(): void {
  const w = window as unknown as Record<string, unknown>;
  const record = { panes: [] as string[], said: [] as string[] };
  const storage: Record<string, unknown> = {};
  w.__wps = record;
  w.alert = (text: string) => record.said.push(String(text));
  w.Application = {
    ActiveWorkbook: null,
    DisplayAlerts: true,
    CreateTaskPane: (url: string) => {
      record.panes.push(url);
      return { ID: record.panes.length, Visible: false };
    },
    GetTaskPane: () => null,
    PluginStorage: { getItem: (k: string) => storage[k] ?? null, setItem: (k: string, v: unknown) => (storage[k] = v) },
  };
}

async function context(): Promise<{ ctx: BrowserContext; external: string[] }> {
  const ctx = await browser.newContext({ viewport: { ...PANE }, locale: 'zh-CN', serviceWorkers: 'block' });
  const external: string[] = [];
  ctx.on('request', (req) => {
    if (!isLocal(req.url())) external.push(req.url());
  });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!isLocal(url)) return route.abort('blockedbyclient');
    // WPS opens the 加载项 by making this page itself (WPS 开放平台, "WPS 加载项开发说明").
    if (new URL(url).pathname === '/index.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script src="main.js"></script>' });
    return route.continue();
  });
  await ctx.addInitScript(stubWps);
  return { ctx, external };
}

test('the entry page installs OnAddinLoad / OnAction; 打开助手 opens the pane at the add-in\'s address; 一键校验 says no workbook', async () => {
  const { ctx, external } = await context();
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === 'function');
  const result = await page.evaluate(() => {
    const w = window as unknown as { OnAddinLoad: (r: unknown) => boolean; OnAction: (c: { Id: string }) => boolean; __wps: { panes: string[]; said: string[] } };
    const loaded = w.OnAddinLoad({});
    w.OnAction({ Id: 'ptOpenPane' });
    w.OnAction({ Id: 'ptValidate' });
    return { loaded, ...w.__wps };
  });
  expect(result.loaded).toBe(true);
  expect(result.panes).toEqual([`${server.url}taskpane.html?page=template`]);
  expect(result.said).toEqual(['校验未完成\n没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿，再点一次。']);
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await ctx.close();
}, 120_000);

test('the pane in WPS: the host is WPS, the in-workbook jobs are offered, and a job without a workbook says so', async () => {
  const { ctx, external } = await context();
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}taskpane.html?page=template`);
  await page.getByText('在 WPS 表格中').waitFor({ timeout: 60_000 });
  const insert = page.getByRole('button', { name: '插入进展情况表' });
  await insert.click();
  await page.getByText('没有打开的工作簿', { exact: false }).waitFor({ timeout: 30_000 });
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: '一键校验' }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await ctx.close();
}, 120_000);
