/**
 * The ledger workbook written to .xlsx (ExcelJS) and read back (SheetJS reader): the ledger comes back deep-equal
 * from its hidden data sheet, and every cell of 指标台账 and 进展台账 says what the ledger holds.
 */
import { increment, totalFigure, unitFigure } from '../../src/core/ledger/figures';
import { expectedTotalIncrement } from '../helpers/ledger-expect';
import { mergeWithLedger } from '../../src/core/ledger/merge';
import { readLedger } from '../../src/core/ledger/store';
import type { Ledger } from '../../src/core/ledger/types';
import { ledgerWorkbookPlan } from '../../src/core/layout/ledger-workbook';
import { LEDGER_PROGRESS_HEADER_ROW } from '../../src/core/layout/ledger-progress';
import { LEDGER_TARGETS_HEADER_ROW, ledgerTargetColumn, TOTAL_LABEL } from '../../src/core/layout/ledger-targets';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import { cellAt, type Grid, type GridBook } from '../../src/core/sheet/grid';
import type { Quarter } from '../../src/core/spec/schema';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { figureOf, quarterBooks, soleCumulative, spec, textOfQuarter } from '../core/ledger/fixtures';

const { target: fallTarget, unit: fallUnit } = soleCumulative();

function sheet(book: GridBook, name: string): Grid {
  const g = book.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}
const value = (g: Grid, r: number, c: number) => cellAt(g, r, c)?.value ?? null;

describe('ledger workbook', () => {
  let ledger: Ledger;
  let book: GridBook;
  beforeAll(async () => {
    const q1 = mergeWithLedger(quarterBooks(1), spec, undefined);
    const q2 = mergeWithLedger(
      quarterBooks(2, (t, u, q) => (t.id === fallTarget.id && u === fallUnit ? 1 : figureOf(t, u, q))),
      spec,
      q1.ledger,
    );
    ledger = mergeWithLedger(quarterBooks(3), spec, q2.ledger).ledger;
    book = readWorkbook(await writeWorkbook(ledgerWorkbookPlan(ledger, spec)), '台账.xlsx');
  });

  it('has the ledger sheets in order, and reads the ledger back deep-equal', () => {
    expect(book.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual([
      '进展台账',
      '指标台账',
      '进度一览',
      '报送情况（第一季度）',
      '报送情况（第二季度）',
      '报送情况（第三季度）',
    ]);
    expect(readLedger(book, spec, '台账.xlsx')).toEqual({ ledger });
  });

  it('指标台账: every unit row and total row, every quarter: figure, increment, completion, pace', () => {
    const g = sheet(book, '指标台账');
    let target = '';
    let checked = 0;
    for (let r = LEDGER_TARGETS_HEADER_ROW + 1; r < g.origin.row + g.rows.length; r++) {
      const id = value(g, r, 0);
      if (typeof id === 'string' && id) target = id;
      const t = spec.items.flatMap((i) => i.targets).find((x) => x.id === target)!;
      const who = String(value(g, r, 4));
      for (const q of [1, 2, 3, 4] as Quarter[]) {
        const record = ledger.quarters.find((x) => x.quarter === q);
        const [cum, inc, pct] = [0, 1, 2].map((p) => value(g, r, ledgerTargetColumn(q, p as 0 | 1 | 2)));
        if (!record) {
          expect([cum, inc, pct]).toEqual([null, null, null]);
          continue;
        }
        const get = who === TOTAL_LABEL ? (x: typeof record) => totalFigure(x, t.id) : (x: typeof record) => unitFigure(x, t.id, who);
        const v = get(record);
        if (v === undefined) {
          expect(typeof cum).toBe('string');
          if (who === fallUnit && t.id === fallTarget.id && q === 2) expect(cum).toBe('1（有错误，未计入）');
        } else {
          expect(cum).toBe(v);
          if (who !== TOTAL_LABEL) expect(v).toBe(figureOf(t, who, q));
          expect(pct).toBeCloseTo(v / t.value, 9);
        }
        const i = t.kind !== 'cumulative' ? undefined : who === TOTAL_LABEL ? expectedTotalIncrement(ledger, q, t.id)?.value : increment(ledger, q, get);
        expect(inc).toBe(i ?? null);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('进展台账: every unit\'s text of every item and quarter, verbatim', () => {
    const g = sheet(book, '进展台账');
    let item = 0;
    let rows = 0;
    for (let r = LEDGER_PROGRESS_HEADER_ROW + 1; r < g.origin.row + g.rows.length; r++) {
      const n = value(g, r, 0);
      if (typeof n === 'number') item = n;
      const unit = String(value(g, r, 2));
      for (const q of [1, 2, 3] as Quarter[]) {
        expect(value(g, r, 3 + 2 * (q - 1))).toBe(textOfQuarter(unit, item, q));
        expect(value(g, r, 4 + 2 * (q - 1))).toBe('2026年12月底');
      }
      expect(value(g, r, 9)).toBeNull();
      rows++;
    }
    expect(rows).toBe(spec.items.reduce((a, i) => a + i.units.length, 0));
  });

  it('refuses another list, another year, and a workbook that is no ledger', async () => {
    expect(readLedger(book, { ...spec, id: 'other-list' }, '台账.xlsx').finding).toMatchObject({ code: 'ledger-other-list', severity: 'error', file: '台账.xlsx' });
    expect(readLedger(book, { ...spec, year: 2027 }, '台账.xlsx').finding?.message).toBe('台账 台账.xlsx 是2026年的台账，本清单是2027年，未使用');
    const q = mergeWithLedger(quarterBooks(1), spec, undefined);
    const summaryBook = readWorkbook(await writeWorkbook(summaryWorkbookPlan(q.summary, spec)), '汇总.xlsx');
    expect(readLedger(summaryBook, spec, '汇总.xlsx').finding?.code).toBe('ledger-not-ledger');
  });
});
