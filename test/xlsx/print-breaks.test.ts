import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { mergeBooks } from '../../src/core/merge';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet/plan';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { convert, pdfPages, describeWithLibreOffice } from '../helpers/libreoffice';

const run = promisify(execFile);
const EXAMPLES = path.join(__dirname, '../../examples');

/** The per-unit summary of the example files (examples/*.xlsx), as the CLI and the pane make it. */
function exampleSummary(): { plan: WorkbookPlan; names: string[] } {
  const books = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => ({ file: f, book: readWorkbook(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, f))), f) }));
  const { summary } = mergeBooks(books, LINZI_2026, { quarter: 3, layout: 'per-unit' });
  return { plan: summaryWorkbookPlan(summary, LINZI_2026), names: summary.items.map((i) => i.name) };
}

describe('page breaks written to .xlsx', () => {
  it('stores the plan rowBreaks as <rowBreaks>: a break below the row before each page start', async () => {
    const { plan } = exampleSummary();
    const breaks = plan.sheets[0].rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(await writeWorkbook(plan));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ids = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    // <brk id="k"> breaks below 1-based row k, i.e. before 0-based row k.
    expect(ids).toEqual(breaks);
  }, 60000);
});

interface Word {
  x0: number;
  x1: number;
  y0: number;
  text: string;
}

/** Words of one PDF page (1-based) with their boxes in points (`pdftotext -bbox`). */
async function pageWords(pdf: string, page: number): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    text: m[4],
  }));
}

/**
 * The text printed in the column headed `header` on a page, read top to bottom without spaces: the words between
 * the header `before` (its right edge) and the header `after` (its left edge) on the repeated header line, below it.
 * Undefined when the page has no such header line.
 */
function columnText(words: Word[], before: string, header: string, after: string): string | undefined {
  const h = words.find((w) => w.text === header);
  if (!h) return undefined;
  const line = words.filter((w) => Math.abs(w.y0 - h.y0) < 2);
  const left = line.find((w) => w.text === before);
  const right = line.find((w) => w.text === after && w.x0 > h.x1);
  if (!left || !right) return undefined;
  return words
    .filter((w) => w.y0 > h.y0 + 2 && w.x0 > left.x1 + 1 && w.x1 < right.x0 - 1)
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
    .map((w) => w.text)
    .join('');
}

/** Print one sheet plan alone to PDF with LibreOffice; its page count and each page's words. */
async function printSheet(dir: string, sheet: SheetPlan, base: string): Promise<{ count: number; pages: Word[][] }> {
  const file = path.join(dir, `${base}.xlsx`);
  fs.writeFileSync(file, await writeWorkbook({ sheets: [sheet] }));
  await convert(file, 'pdf', dir);
  const pdf = path.join(dir, `${base}.pdf`);
  const { count } = await pdfPages(pdf);
  const pages: Word[][] = [];
  for (let p = 1; p <= count; p++) pages.push(await pageWords(pdf, p));
  return { count, pages };
}

/** The 1-based pages whose column text holds `name` whole (spaces ignored). */
function pagesWith(name: string, columns: (string | undefined)[]): { name: string; pages: number[] } {
  const whole = name.replace(/\s/g, '');
  return { name, pages: columns.map((t, i) => ((t ?? '').includes(whole) ? i + 1 : 0)).filter(Boolean) };
}

describeWithLibreOffice('the printed per-unit summary of the examples (LibreOffice PDF)', 'the printed-summary page-break checks', () => {
  let dir: string;
  let plan: WorkbookPlan;
  let names: string[];
  let table: { count: number; pages: Word[][] };
  let targets: { count: number; pages: Word[][] };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-breaks-'));
    ({ plan, names } = exampleSummary());
    // Each sheet printed alone, so the PDF pages are its pages.
    table = await printSheet(dir, plan.sheets[0], 'summary');
    targets = await printSheet(dir, plan.sheets[2], 'targets');
  }, 150000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one page more than there are breaks: the host adds no break of its own inside a page', () => {
    expect(table.count).toBe((plan.sheets[0].rowBreaks ?? []).length + 1);
    expect(targets.count).toBe((plan.sheets[2].rowBreaks ?? []).length + 1);
  });

  it('prints every item 实事名称 of the 汇总表 whole on one page, never cut between two', () => {
    const columns = table.pages.map((words) => columnText(words, '序号', '实事名称', '责任单位'));
    expect(columns.every((c) => c !== undefined)).toBe(true); // the header repeats on every page
    for (const name of names) expect(pagesWith(name, columns)).toEqual({ name, pages: [expect.any(Number)] });
  });

  it('prints every item 实事名称 of 指标完成情况汇总 whole on one page', () => {
    const columns = targets.pages.map((words) => columnText(words, '序号', '实事名称', '指标'));
    const withTargets = [...new Set(plan.sheets[2].cells.filter((c) => c.col === 1 && c.row > 2 && typeof c.value === 'string').map((c) => String(c.value)))];
    expect(withTargets.length).toBeGreaterThan(0);
    for (const name of withTargets) expect(pagesWith(name, columns)).toEqual({ name, pages: [expect.any(Number)] });
  });
});
