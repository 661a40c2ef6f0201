/**
 * Harness of the end-to-end tests: the built pane (`dist/`, built once when missing) served from 127.0.0.1, Debian's
 * Chromium (`/usr/bin/chromium`, never a downloaded browser) driven by playwright-core, a 350 × 900 pane-sized
 * viewport, every request that is not to 127.0.0.1/localhost blocked and counted, downloads caught, screenshots
 * written to test-artifacts/screenshots/.
 *
 * Environment: E2E_DIST overrides the folder served (default dist/); CHROMIUM_PATH overrides the browser;
 * UPDATE_DOC_SCREENSHOTS=1 refreshes docs/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Locator, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
export const EXAMPLES = path.join(ROOT, 'examples');
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
export const DOC_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The task pane's width in Excel (about 350 CSS pixels on a laptop) and a typical height. */
export const PANE = { width: 350, height: 900 } as const;

/** Chromium flags: headless, no sandbox (CI containers run as root), and none of Chromium's own network chatter. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lock held while one test file builds dist/ (jest runs test files in parallel workers). */
const BUILD_LOCK = path.join(ROOT, 'node_modules', '.cache', 'progress-table', 'e2e-build.lock');

/**
 * Build dist/ with webpack (production) when its taskpane.html is missing; `npm test` builds before jest, so this
 * only runs when the e2e tests are started alone. One worker builds (holding a lock folder), the others wait for it.
 * Rejects with webpack's output when the build fails.
 */
export async function ensureBuilt(): Promise<void> {
  const ready = () => fs.existsSync(path.join(DIST, 'taskpane.html'));
  if (ready()) return;
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Another worker builds: wait for it (a lock older than 15 minutes is left over from a killed run).
      const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 900_000) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (ready()) return;
      if (Date.now() > deadline) throw new Error('timed out waiting for another test worker to build dist/');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    if (ready()) return;
    const args = ['webpack', '--mode', 'production', ...(process.env.E2E_DIST ? ['--output-path', DIST] : [])];
    const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    if (run.status !== 0 || !ready()) throw new Error(`webpack build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Launch Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (Debian: apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** True for a URL of this machine (the static server). blob: and data: URLs never reach the network. */
export function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'blob:' || u.protocol === 'data:' || u.protocol === 'about:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Attempts the CSP is known to refuse, with why: office.js, loaded outside Office, adds an iframe for Microsoft's
 * telemetry service (telemetryservice.firstpartyapps.oaspapps.com); the page's `frame-src 'self'` blocks it before
 * any request is made. Listed so that any other attempt fails the tests.
 */
export const KNOWN_CSP_REFUSALS: RegExp[] = [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//];

/**
 * Refusals that name no URL, known by their message: the same telemetry frame is given `style="display:none"` by
 * setAttribute (office-js/o15apptofilemappingtable.js, `loadProxyFrame`), which style-src refuses as an inline style
 * attribute (the hash Chromium names is SHA-256 of "display:none"). The frame itself is refused by frame-src.
 */
export const KNOWN_CSP_MESSAGES: RegExp[] = [/'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='/];

/** The URL a CSP refusal message names, if any. */
function refusedUrl(text: string): string | undefined {
  return /(?:https?|wss?):\/\/[^\s'"]+/.exec(text)?.[0].replace(/[.,;]+$/, '');
}

/** One pane in a fresh browser context, with the list of requests that tried to leave the machine. */
export interface Pane {
  context: BrowserContext;
  page: Page;
  /** URLs of blocked requests (not to 127.0.0.1/localhost). Must stay empty. */
  external: string[];
  /** Uncaught page errors (a broken pane shows here before it shows on screen). */
  pageErrors: string[];
  /**
   * Requests the page's Content-Security-Policy refused before they reached the network (Chromium's console errors
   * "Refused to …" / "… violates the following Content Security Policy directive"): attempts to leave the machine
   * that the CSP caught, other than the known ones in `KNOWN_CSP_REFUSALS`: each URL once (the message when it names
   * none). Must stay empty too.
   */
  refused: string[];
}

/**
 * Open `pagePath` (relative to the server, e.g. "taskpane.html") in a new context at the pane's size, zh-CN,
 * downloads accepted, with `userAgent` when given (the old-webview tests); route every request: local ones
 * continue, others are aborted and recorded in `external`. Does not wait for anything on the page.
 */
export async function openPage(browser: Browser, server: StaticServer, pagePath: string, options: { userAgent?: string } = {}): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { ...PANE },
    locale: 'zh-CN',
    acceptDownloads: true,
    serviceWorkers: 'block',
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const external: string[] = [];
  const pageErrors: string[] = [];
  const refused: string[] = [];
  // Every request the pages make fires `request` (routed ones too): count the ones not to this machine there, and
  // abort them in the route so nothing leaves even when a test forgets to look.
  context.on('request', (req) => {
    if (!isLocal(req.url())) external.push(req.url());
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() !== 'error' || !/Refused to|violates the following Content Security Policy directive/.test(text)) return;
    const url = refusedUrl(text);
    if (url && KNOWN_CSP_REFUSALS.some((re) => re.test(url))) return;
    if (!url && KNOWN_CSP_MESSAGES.some((re) => re.test(text))) return;
    // Chromium may log one refusal twice (the CSP violation, then the API's own error): keep each URL once.
    const key = url ?? text;
    if (!refused.includes(key)) refused.push(key);
  });
  await page.goto(`${server.url}${pagePath}`);
  return { context, page, external, pageErrors, refused };
}

/** Open the pane (taskpane.html) as `openPage` does, and wait until the 模板 tab is shown. */
export async function openPane(browser: Browser, server: StaticServer): Promise<Pane> {
  const pane = await openPage(browser, server, 'taskpane.html');
  await pane.page.getByRole('tab', { name: '模板' }).waitFor({ timeout: 30_000 });
  return pane;
}

/** Run `action` and return the download it starts, with its bytes. */
export async function download(page: Page, action: () => Promise<unknown>): Promise<{ download: Download; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  const file = await d.path();
  return { download: d, bytes: new Uint8Array(fs.readFileSync(file)) };
}

/** Choose files through the page's own picker button (the browser's file chooser event, as a person would). */
export async function chooseFiles(page: Page, button: Locator | (() => Promise<unknown>), files: string[]): Promise<void> {
  const press = typeof button === 'function' ? button : () => button.click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), press()]);
  await chooser.setFiles(files);
}

/**
 * Save a screenshot of the viewport as test-artifacts/screenshots/NAME.png (and the whole page as NAME-full.png);
 * returns the viewport one's path. With
 * UPDATE_DOC_SCREENSHOTS=1 it is also copied to docs/screenshots/ (the README's pictures, committed).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
  if (process.env.UPDATE_DOC_SCREENSHOTS === '1') {
    fs.mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(DOC_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

/** The page's horizontal extent (document.documentElement.scrollWidth) in CSS pixels: > PANE.width means clipped. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * Elements drawn outside the pane horizontally (left < 0 or right > the viewport width), as short descriptions.
 * The page's root may hide overflow (then scrollWidth stays at the width while content is cut): this finds that too.
 * Skips invisible elements and the visually hidden file inputs (1 × 1 px, clipped).
 */
export function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const st = getComputedStyle(el);
      if (st.visibility === 'hidden' || st.display === 'none') continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
    }
    return out;
  });
}

/** True when `locator`'s element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Press Tab (or Shift+Tab) until `locator` has the focus; throws after `max` presses. */
export async function tabTo(page: Page, locator: Locator, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  if (!(await isFocused(locator))) {
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    throw new Error(`focus never reached the element after ${max} × ${key}; focus is on ${where}`);
  }
}

/** Start the static server over DIST. */
export function serveDist(): Promise<StaticServer> {
  return startStaticServer(DIST);
}

/** The example workbooks (all .xlsx in examples/), sorted. */
export function exampleFiles(): string[] {
  return fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(EXAMPLES, f));
}

/** What a test file's hooks from `usePaneSession` hold: set in beforeAll (browser, server) and beforeEach (pane). */
export interface PaneSession {
  browser: Browser;
  server: StaticServer;
  /** A fresh pane for each test. */
  pane: Pane;
}

/**
 * The life cycle every end-to-end test file shares, as jest hooks: build once when missing, serve DIST and launch
 * Chromium before all tests (10 minutes allowed for a build); open a fresh pane before each test; after each, close
 * it and assert that no request left the machine and the page threw nothing (`external`, `refused`, `pageErrors`
 * empty); close browser and server after all. Call once at the top level of a test file.
 */
export function usePaneSession(): PaneSession {
  const session = {} as PaneSession;
  beforeAll(async () => {
    await ensureBuilt();
    session.server = await serveDist();
    session.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    session.pane = await openPane(session.browser, session.server);
  });
  afterEach(async () => {
    const { external, pageErrors, refused } = session.pane;
    await session.pane.context.close();
    expect({ external, refused, pageErrors }).toEqual({ external: [], refused: [], pageErrors: [] });
  });
  return session;
}
