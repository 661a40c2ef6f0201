import fc from 'fast-check';
import { readReport } from '../../../src/core/read';
import { gridSize, parseA1, type Grid, type GridBook, type GridCell } from '../../../src/core/sheet/grid';
import { validateBook, validateReport } from '../../../src/core/validate';
import type { Finding } from '../../../src/core/validate/finding';
import { deleteCols, deleteRows, filledBook, insertCols, insertRows, LINZI_2026 } from '../../helpers/fixtures';

/**
 * Property: read + validate never throw on any grid, and every finding points inside the grid of its sheet (or is
 * file/sheet level). Grids: valid filled tables mutated at random, and grids of random cells.
 */

const BASES: GridBook[] = ['区卫健局', '区妇联', '区教体局', '区文旅局'].map((u) => filledBook(LINZI_2026, u, { file: `${u}.xlsx` }));

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('　', '\u3000\u3000进展', '=SUM(A1)', '+1', '-', '@x', '序号', '实事名称', '责任单位', '本季度具体措施\n及任务进度情况', '完成时限',
    '填报单位：', '填报单位：区卫健局', '填报单位：某局', '第三季度', '（第五季度）', '2026年12月底', '2027年1月', '长期坚持', '尽快', '无', '同上',
    '1.9万', '三场', '90%', '２', '2.1', '指标', '累计完成', '本季度完成', '_x000D_\n', '\r\n', '一、', '01', '保护和增进妇女健康', '区妇联、区卫健局'),
  fc.constant('长'.repeat(33000)),
);
const value: fc.Arbitrary<GridCell['value']> = fc.oneof(
  text,
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 46387, 2026.12, 2026, 60, 1e308),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
);
const cell: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ value, text: text, isDate: fc.boolean(), formula: fc.boolean(), numberFormat: fc.constantFrom(undefined, 'General', '@', '0%', 'yyyy/m/d') }, { requiredKeys: ['value', 'text'] }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

type Mutation = (b: GridBook) => void;
const pick = (b: GridBook, i: number): Grid | undefined => b.sheets[i % Math.max(1, b.sheets.length)];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(5), fc.nat(20), fc.integer({ min: 1, max: 3 })).map(([s, at, n]): Mutation => (b) => { const g = pick(b, s); if (g) deleteRows(g, at + g.origin.row, n); }),
  fc.tuple(fc.nat(5), fc.nat(20), fc.integer({ min: 1, max: 3 })).map(([s, at, n]): Mutation => (b) => { const g = pick(b, s); if (g) insertRows(g, at + g.origin.row, n); }),
  fc.tuple(fc.nat(5), fc.nat(10)).map(([s, at]): Mutation => (b) => { const g = pick(b, s); if (g) deleteCols(g, at + g.origin.col); }),
  fc.tuple(fc.nat(5), fc.nat(10)).map(([s, at]): Mutation => (b) => { const g = pick(b, s); if (g) insertCols(g, at + g.origin.col); }),
  fc.tuple(fc.nat(5), fc.nat(20), fc.nat(10), cell).map(([s, r, c, v]): Mutation => (b) => {
    const g = pick(b, s);
    if (!g) return;
    while (g.rows.length <= r) g.rows.push([]);
    g.rows[r][c] = v;
  }),
  fc.tuple(fc.nat(5), fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 12 }), fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 12 })).map(
    ([s, r0, c0, r1, c1]): Mutation => (b) => { pick(b, s)?.merges.push({ r0, c0, r1, c1 }); },
  ),
  fc.tuple(fc.nat(5), fc.nat(4), fc.nat(4)).map(([s, dr, dc]): Mutation => (b) => { const g = pick(b, s); if (g) g.origin = { row: g.origin.row + dr, col: g.origin.col + dc }; }),
  fc.nat(5).map((s): Mutation => (b) => { b.sheets.splice(s % Math.max(1, b.sheets.length), 1); }),
  fc.tuple(fc.nat(5), fc.constantFrom<Grid['visibility']>('visible', 'hidden', 'veryHidden')).map(([s, v]): Mutation => (b) => { const g = pick(b, s); if (g) g.visibility = v; }),
  fc.tuple(fc.nat(5), fc.nat(20)).map(([s, r]): Mutation => (b) => { const g = pick(b, s); if (g && g.rows.length > r) g.rows[r] = []; }),
);

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  name: fc.constantFrom('S1', 'S2', '进展情况表', '指标完成情况', '_ptmeta'),
  visibility: fc.constantFrom<Grid['visibility']>('visible', 'hidden', 'veryHidden'),
  origin: fc.record({ row: fc.nat(5), col: fc.nat(5) }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
  merges: fc.array(fc.record({ r0: fc.nat(30), c0: fc.nat(12), r1: fc.nat(30), c1: fc.nat(12) }), { maxLength: 4 }),
});

function uniqueNames(book: GridBook): GridBook {
  const seen = new Set<string>();
  book.sheets.forEach((g, i) => {
    if (seen.has(g.name)) g.name = `${g.name}#${i}`;
    seen.add(g.name);
  });
  return book;
}

function assertInside(book: GridBook, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.code).toMatch(/^[a-z0-9-]+$/);
    if (f.cell === null) continue;
    expect(f.sheet).not.toBeNull();
    const g = book.sheets.find((s) => s.name === f.sheet);
    expect(g).toBeDefined();
    const p = parseA1(f.cell);
    expect(p).toBeDefined();
    if (!g || !p) continue;
    const { rows, cols } = gridSize(g);
    const inside = p.row >= g.origin.row && p.row < g.origin.row + rows && p.col >= g.origin.col && p.col < g.origin.col + cols;
    if (!inside) throw new Error(`${f.code} at ${f.sheet}!${f.cell} lies outside the grid (${rows}×${cols} at ${g.origin.row},${g.origin.col})`);
  }
}

const OPTS = fc.record({ quarter: fc.constantFrom(undefined, 1, 3, 4), today: fc.constantFrom(undefined, '2026-10-08', '2027-01-01') });

test('mutated valid tables: no exception, every finding inside its grid', () => {
  const previous = readReport(filledBook(LINZI_2026, '区卫健局', { quarter: 2 }), LINZI_2026);
  fc.assert(
    fc.property(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), OPTS, fc.boolean(), (b, muts, opts, withPrev) => {
      const book = structuredClone(BASES[b]);
      for (const m of muts) m(book);
      uniqueNames(book);
      const { report, findings } = validateBook(book, LINZI_2026, { ...opts, ...(withPrev ? { previous } : {}) } as never);
      assertInside(book, findings);
      assertInside(book, validateReport(report, LINZI_2026));
    }),
    { numRuns: 3000 },
  );
});

test('random grids: no exception, every finding inside its grid', () => {
  fc.assert(
    fc.property(fc.array(randomGrid, { maxLength: 3 }), OPTS, (sheets, opts) => {
      const book = uniqueNames({ file: 'r.xlsx', sheets });
      const { findings } = validateBook(book, LINZI_2026, opts as never);
      assertInside(book, findings);
    }),
    { numRuns: 2000 },
  );
});
