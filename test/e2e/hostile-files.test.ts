/**
 * Issue 16 in the pane (Chromium): every hostile file (test/xlsx/hostile/build.ts) merged with the example files.
 * The pane reads in its Web Worker with pako under the same limits as the CLI; each refused file is listed once with
 * its reason, nothing the checked directory does not show reaches the screen or the summary, no formula is written,
 * and the whole merge ends within a bound of time, with the page's and the reader worker's JS heaps bounded.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbook } from '../../src/xlsx/read';
import { STRINGS } from '../../src/taskpane/strings';
import { HOSTILE, SECRET, writeHostileFiles } from '../xlsx/hostile/build';
import { chooseFiles, download, EXAMPLES, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];
const session = usePaneSession();

let dir: string;
let hostile: string[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-pane-'));
  hostile = writeHostileFiles(dir);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The words of each refusal, as the roster shows them. */
const WORDS: Record<string, string> = {
  'file-tampered': '可能被篡改或损坏',
  'file-too-large': '太大',
  'file-too-many-entries': '100000 个压缩条目',
};

test('汇总 of every hostile file with the examples: one reason per refused file, no hidden text, no formula, bounded', async () => {
  const { page } = session.pane;
  const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(EXAMPLES, f));
  await page.getByRole('tab', { name: s.tabSummary }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFiles }), [...hostile, ...examples]);
  const start = Date.now();
  await page.getByRole('button', { name: s.merge }).click();
  await page.getByRole('heading', { name: s.roster }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  expect(ms).toBeLessThan(120_000);

  const body = await page.locator('body').innerText();
  expect(body).not.toContain(SECRET);
  for (const h of HOSTILE.filter((x) => x.code)) {
    const lines = body.split('\n').filter((line) => line.includes(h.file));
    expect({ file: h.file, listed: lines.length >= 1, reason: lines.some((l) => l.includes(WORDS[h.code!])) || body.includes(WORDS[h.code!]) })
      .toEqual({ file: h.file, listed: true, reason: true });
  }

  // Heaps: the page's, and the reader worker's (Chromium's performance.memory, bytes).
  const heap = async (evaluate: (fn: () => number) => Promise<number>) => evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const pageHeap = await heap((fn) => page.evaluate(fn));
  const workerHeaps = await Promise.all(page.workers().map((w) => heap((fn) => w.evaluate(fn))));
  expect(Math.max(pageHeap, ...workerHeaps)).toBeLessThan(400 * 1024 * 1024);
  console.log(`pane merge of ${hostile.length} hostile + ${examples.length} example files: ${ms} ms; page heap ${Math.round(pageHeap / 2 ** 20)} MB, worker heaps ${workerHeaps.map((h) => Math.round(h / 2 ** 20)).join(', ')} MB`);

  const { download: d, bytes } = await download(page, () => page.getByRole('button', { name: s.downloadSummary }).click());
  const book = readWorkbook(bytes, d.suggestedFilename());
  const cells = book.sheets.flatMap((g) => g.rows.flat().filter((c) => c !== null));
  expect(cells.filter((c) => c!.text.includes(SECRET))).toEqual([]);
  expect(cells.filter((c) => c!.formula)).toEqual([]);
}, 300_000);
