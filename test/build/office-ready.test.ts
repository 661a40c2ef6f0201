/**
 * dist/taskpane.html served from a plain local host, opened in headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser download) with every request outside that host blocked: office.js and its companion
 * files load from office-js/ and Office.onReady resolves (host null outside Office), so the pane works on an
 * intranet with no internet. Needs dist/ (test/build/build.test.ts builds it); skipped without Chromium, except under CI.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM as E2E_CHROMIUM, CHROMIUM_ARGS } from '../e2e/harness';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const CHROMIUM = [E2E_CHROMIUM, '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const ready = CHROMIUM && fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(path.join(DIST, 'office-js', 'office.js'));
// Under CI (.ci/run installs chromium and builds dist/ first) a missing browser or build fails the test instead.
if (!ready && !process.env.CI) console.warn('office-ready test skipped: needs /usr/bin/chromium and a built dist/ (npm run build)');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'text/xml' };

/** Serves dist/ read-only on 127.0.0.1 at a free port. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(ready || process.env.CI ? test : test.skip)('office.js from office-js/ resolves Office.onReady with no request leaving the host', async () => {
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM ?? E2E_CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const outside: string[] = [];
    const loaded: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) {
        loaded.push(url.slice(origin.length + 1));
        return route.continue();
      }
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/taskpane.html`);
    const info = await page.evaluate(() => Promise.race([
      Office.onReady().then((i) => ({ host: i.host, platform: i.platform })),
      new Promise<string>((resolve) => setTimeout(() => resolve('Office.onReady did not resolve in 15 s'), 15000)),
    ]));
    expect(info).toEqual({ host: null, platform: null });
    expect(loaded).toEqual(expect.arrayContaining(['office-js/office.js', 'office-js/o15apptofilemappingtable.js', expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]));
    expect(outside).toEqual([]);
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}, 60_000);
