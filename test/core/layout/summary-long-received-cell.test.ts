import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { fitRowHeight, maxLinesPerRow } from '../../../src/core/layout/row-fit';
import { mergeReports } from '../../../src/core/merge/merge';
import { linesFor } from '../../../src/core/sheet/text-metrics';
import { CONTINUATION, EXCEL_CELL_LIMIT } from '../../../src/core/text/split';
import { makeReport, testSpec, UNITS } from '../merge/fixtures';

/**
 * Issue 15: a received file with one cell of millions of characters (Excel stops at 32,767; a generated or tampered
 * file need not), merged with honest files. Every text that arrives is in the summary, no cell passes Excel's limit
 * (the writer refuses such a plan, which lost the whole summary: a long 完成时限 overflowed the call stack, a long
 * 累计完成 was refused by the writer), and the layout takes linear time (the row fitting was quadratic: 27 s).
 */

const spec = testSpec();
/** Item 6's units: 区文旅局, 区科协, 区教体局. */
const item = spec.items[5];

/** `length` characters of numbered paragraphs (or one line when `lines` is false). */
function longText(length: number, lines = true): string {
  let s = '';
  for (let k = 0; s.length < length; k++) s += `${k}本季度持续推进科普进社区活动，开展宣传。${lines ? '\n' : ''}`;
  return s.slice(0, length);
}

const honest = (unit: string, n: number) => `${unit}第${n}项：正常填报的进展文字，编号HONEST-${unit}-${n}。`;

/** Every string a plan writes, sheet by sheet. */
function planTexts(summary: ReturnType<typeof mergeReports>): string[] {
  return summaryWorkbookPlan(summary, spec).sheets.flatMap((s) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string'));
}

/** The 汇总表's 进展情况 column, row by row, （续） taken off, joined, without line breaks (rows split at one or inside a line). */
function progressColumn(summary: ReturnType<typeof mergeReports>): string {
  const sheet = summaryWorkbookPlan(summary, spec).sheets[0];
  const col = spec.columns.findIndex((c) => c.key === 'progressText');
  return sheet.cells
    .filter((c) => c.col === col && typeof c.value === 'string')
    .sort((a, b) => a.row - b.row)
    .map((c) => String(c.value))
    .map((t) => (t.startsWith(CONTINUATION) ? t.slice(CONTINUATION.length) : t))
    .join('')
    .replace(/\n/g, '');
}

function merged(long: { text?: string; deadline?: string; figure?: string }) {
  // The first target of the list, and the first unit that reports it, for the long 累计完成.
  const withTarget = spec.items.find((i) => i.targets.length)!;
  const target = withTarget.targets[0];
  const figureUnit = (target.units ?? withTarget.units)[0];
  const inputs = UNITS.map((unit) => {
    const texts: Record<number, string> = {};
    const deadlines: Record<number, string> = {};
    for (const i of spec.items) if (i.units.includes(unit)) [texts[i.number], deadlines[i.number]] = [honest(unit, i.number), '2026年12月底'];
    const cumulative: Record<string, string | number> = {};
    if (unit === '区科协') {
      if (long.text !== undefined) texts[item.number] = long.text;
      if (long.deadline !== undefined) deadlines[item.number] = long.deadline;
    }
    if (unit === figureUnit && long.figure !== undefined) cumulative[target.id] = long.figure;
    return { file: `${unit}.xlsx`, report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, texts, deadlines, cumulative }), findings: [] };
  });
  return mergeReports(inputs, spec, { quarter: 3 });
}

/** The honest texts of every unit, each of which must be in the summary. */
const honestTexts = UNITS.flatMap((unit) => spec.items.filter((i) => i.units.includes(unit)).map((i) => honest(unit, i.number)));

test.each([
  ['with line breaks', true],
  ['on one line', false],
])('a 1,000,000-character progress text %s: in the summary whole, in （续） rows under the limit, beside every honest text', (_, lines) => {
  const text = longText(1_000_000, lines);
  const started = Date.now();
  const summary = merged({ text });
  const texts = planTexts(summary);
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(texts.every((t) => t.length <= EXCEL_CELL_LIMIT)).toBe(true);
  const all = texts.join('\n');
  for (const h of honestTexts.filter((h) => !h.includes('区科协-6'))) expect(all).toContain(h);
  expect(progressColumn(summary)).toContain(`【区科协】${text.replace(/\n/g, '')}【区教体局】`);
});

test('a 1,000,000-character 完成时限: the summary is written, the text in the progress column, every honest text there', () => {
  const deadline = longText(1_000_000);
  const summary = merged({ deadline });
  const texts = planTexts(summary);
  expect(texts.every((t) => t.length <= EXCEL_CELL_LIMIT)).toBe(true);
  const all = texts.join('\n');
  for (const h of honestTexts) expect(all).toContain(h);
  expect(all).toContain('（过长，原文列在进展情况栏）');
  expect(progressColumn(summary)).toContain(`${honest('区科协', 6)}完成时限（原文）：${deadline.replace(/\n/g, '')}【区教体局】`);
});

test('a 1,000,000-character 累计完成: the summary is written, the figure quoted by its head and length, not silently cut', () => {
  const texts = planTexts(merged({ figure: longText(1_000_000, false) }));
  expect(texts.every((t) => t.length <= EXCEL_CELL_LIMIT)).toBe(true);
  const all = texts.join('\n');
  for (const h of honestTexts) expect(all).toContain(h);
  expect(all).toContain('……（共1000000个字符，过长，未全部列出；原文见报送文件）');
});

test('fitRowHeight ends when a cut falls just before a blank line (it looped forever) and keeps every character', () => {
  const max = maxLinesPerRow(12);
  // A paragraph filling a row exactly, a blank line, then a paragraph taller than a row.
  let full = '';
  while (linesFor(`${full}甲`, 72, 12) <= max) full += '甲';
  expect(linesFor(full, 72, 12)).toBe(max);
  const text = `${full}\n\n${'乙'.repeat(3000)}`;
  const parts = fitRowHeight(text, 72, 12, CONTINUATION);
  expect(parts.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
  expect(parts.every((p, k) => linesFor(k ? `${CONTINUATION}${p}` : p, 72, 12) <= max)).toBe(true);
});
