import { fitRowHeight, maxLinesPerRow } from '../../../src/core/layout/row-fit';
import { DEFAULT_PROGRESS_WIDTHS } from '../../../src/core/layout/progress-table';
import { summaryTablePlan } from '../../../src/core/layout/summary-table';
import { mergeReports } from '../../../src/core/merge/merge';
import { linesFor, MAX_ROW_HEIGHT, rowHeightFor } from '../../../src/core/sheet/text-metrics';
import { LINZI_2026 } from '../../helpers/fixtures';
import { makeReport } from '../merge/fixtures';

/**
 * Issue 10: summary rows of long multi-unit items stopped at Excel's 409-point row limit (the text was in the cell but
 * could not be seen or printed). They are split into （续） rows, each fitting 409 points by the shared text metrics.
 */

const spec = LINZI_2026;
/** Item 9 has five units; each writes five paragraphs of about 120 characters. */
const item = spec.items[8];
const textOf = (unit: string) =>
  Array.from({ length: 5 }, (_, k) => `${k + 1}.${unit}本季度开展妇女儿童权益保障专项行动第${k + 1}阶段工作，` + '走访重点家庭、开展法律宣传、化解矛盾纠纷、落实关爱措施，'.repeat(4)).join('\n');

test('a long multi-unit item: the summary rows taller than 409 pt are split into （续） rows that fit', () => {
  const inputs = item.units.map((unit) => ({
    file: `${unit}.xlsx`,
    report: makeReport(`${unit}.xlsx`, unit, { quarter: 3, texts: { 9: textOf(unit) } }),
    findings: [],
  }));
  const summary = mergeReports(inputs, spec, { quarter: 3 });
  const joined = summary.items[8].progressText;
  const width = DEFAULT_PROGRESS_WIDTHS.progressText;
  // One row would need far more than 409 points.
  expect(rowHeightFor([joined], [width], 12)).toBe(MAX_ROW_HEIGHT);
  expect(linesFor(joined, width, 12)).toBeGreaterThan(maxLinesPerRow(12) * 2);

  const plan = summaryTablePlan(summary, spec);
  const first = plan.cells.find((c) => c.col === 0 && c.value === 9)?.row ?? -1;
  const end = plan.cells.find((c) => c.col === 0 && c.value === 10)?.row ?? -1;
  const texts = Array.from({ length: end - first }, (_, k) => String(plan.cells.find((c) => c.row === first + k && c.col === 3)?.value));
  expect(texts.length).toBeGreaterThan(2);
  expect(texts.slice(1).every((t) => t.startsWith('（续）'))).toBe(true);
  // Split at line breaks only (every paragraph fits a row): joined with line breaks, the text is whole.
  expect(texts.map((t, k) => (k ? t.slice('（续）'.length) : t)).join('\n')).toBe(joined);
  for (let r = first; r < end; r++) {
    expect(plan.rowHeights[r]).toBeLessThan(MAX_ROW_HEIGHT);
    expect(linesFor(texts[r - first], width, 12)).toBeLessThanOrEqual(maxLinesPerRow(12));
  }
  expect(plan.merges).toContainEqual({ r0: first, c0: 0, r1: end - 1, c1: 0 });
});

test('fitRowHeight: a text that fits stays whole; one paragraph taller than a row is split between characters', () => {
  expect(fitRowHeight('短文字', 72, 12, '（续）')).toEqual(['短文字']);
  const long = '甲'.repeat(3000);
  const parts = fitRowHeight(long, 72, 12, '（续）');
  expect(parts.join('')).toBe(long);
  expect(parts.every((p, k) => linesFor(k ? `（续）${p}` : p, 72, 12) <= maxLinesPerRow(12))).toBe(true);
  expect(maxLinesPerRow(12)).toBe(24);
});
