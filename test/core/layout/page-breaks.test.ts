import { breakRows, columnWidthPoints, printablePage, sheetPageBreaks, withPageBreaks } from '../../../src/core/layout/page-breaks';
import type { SheetPlan } from '../../../src/core/sheet/plan';
import { indicatorSheetPlan } from '../../../src/core/layout/indicator-sheet';
import { progressTablePlan, PROGRESS_ROWS } from '../../../src/core/layout/progress-table';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';

const page = { first: 100, other: 100 };

describe('breakRows', () => {
  it('fills pages greedily when there are no groups', () => {
    expect(breakRows([40, 40, 40, 40, 40], [], page)).toEqual([2, 4]);
  });

  it('never starts a page inside a group of merged rows: the group moves to the next page whole', () => {
    // Rows 1..2 are one group (80 pt): 30 + 80 > 100, so the page breaks before row 1, not before row 2.
    expect(breakRows([30, 40, 40, 20], [{ r0: 1, r1: 2 }], page)).toEqual([1]);
  });

  it('keeps overlapping merges together as one group', () => {
    expect(breakRows([50, 20, 20, 20, 20], [{ r0: 1, r1: 2 }, { r0: 2, r1: 4 }], page)).toEqual([1]);
  });

  it('starts a group taller than a page on a new page and splits it row by row', () => {
    // Group rows 1..4 = 160 pt > 100: new page at row 1, then greedy inside (break before row 3), then row 5 (30) does not fit after 80.
    expect(breakRows([60, 40, 40, 40, 40, 30], [{ r0: 1, r1: 4 }], page)).toEqual([1, 3, 5]);
  });

  it('uses the smaller room of later pages (repeated title rows)', () => {
    expect(breakRows([50, 50, 50, 50], [], { first: 100, other: 60 })).toEqual([2, 3]);
  });

  it('gives a row taller than a page a page of its own and never breaks before row 0', () => {
    expect(breakRows([150, 10, 150], [], page)).toEqual([1, 2]);
  });

  it('returns [] for no rows or a non-positive page', () => {
    expect(breakRows([], [], page)).toEqual([]);
    expect(breakRows([10], [], { first: 0, other: 0 })).toEqual([]);
  });
});

describe('printablePage and sheetPageBreaks', () => {
  const base: SheetPlan = {
    name: 'T',
    role: 'summary',
    styles: {},
    cells: [],
    merges: [],
    columnWidths: [100, 100],
    rowHeights: { 0: 30 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      titleRows: { r0: 0, r1: 0 },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
  };

  it('converts column widths as the Office.js adapter does (round(w × 7) px × 0.75)', () => {
    expect(columnWidthPoints(10)).toBe(52.5);
    expect(columnWidthPoints(-1)).toBe(0);
  });

  it('scales the page room by the fit-to-width zoom, in whole percent', () => {
    // Table 2 × 525 = 1050 pt; printable width 841.89 - 72 = 769.89 → 73 %.
    const p = printablePage(base)!;
    expect(p.scale).toBe(0.73);
    const room = ((595.28 - 108) / 0.73) * 0.99;
    expect(p.first).toBeCloseTo(room, 6);
    expect(p.other).toBeCloseTo(room - 30, 6);
  });

  it('keeps each item block of merged rows on one page', () => {
    const rowHeights: Record<number, number> = { 0: 30 };
    const merges = [];
    for (let k = 0; k < 10; k++) {
      for (let i = 0; i < 3; i++) rowHeights[1 + 3 * k + i] = 60;
      merges.push({ r0: 1 + 3 * k, c0: 0, r1: 3 + 3 * k, c1: 0 });
    }
    const plan = { ...base, rowHeights, merges };
    const breaks = sheetPageBreaks(plan);
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect((b - 1) % 3).toBe(0);
    expect(withPageBreaks(plan).rowBreaks).toEqual(breaks);
  });

  it('gives no breaks without a print setup or on one page', () => {
    expect(sheetPageBreaks({ ...base, print: undefined })).toEqual([]);
    expect(withPageBreaks(base)).toBe(base);
  });
});

describe('layouts set rowBreaks', () => {
  it('breaks the 2026 progress table once, between item rows, from the fill rows\' starting heights', () => {
    const plan = progressTablePlan(LINZI_2026, { quarter: 3, unit: '区卫健局' });
    expect(plan.rowBreaks).toHaveLength(1);
    expect(plan.rowBreaks![0]).toBeGreaterThan(PROGRESS_ROWS.firstItem);
    expect(plan.rowBreaks).toEqual(sheetPageBreaks(plan));
  });

  it('gives the one-page indicator sheet no breaks', () => {
    expect(indicatorSheetPlan(LINZI_2026, { quarter: 3, unit: '区卫健局' }).rowBreaks).toBeUndefined();
  });
});
