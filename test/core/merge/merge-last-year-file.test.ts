import { mergeBooks } from '../../../src/core/merge/books';
import { ledgerQuarterOf } from '../../../src/core/ledger';
import { rosterTexts } from '../../../src/core/merge/roster-texts';
import { METADATA_SHEET } from '../../../src/core/sheet/metadata';
import { filledBook, LINZI_2026, setCell, sheetOf } from '../../helpers/fixtures';

/**
 * The defect: 区商务局's Q3 file changed to 2025 everywhere (title, 填报日期, the metadata's year) was listed as 已报送
 * and its figures went into the 2026 summary and the ledger. A file of another year is not this round's table: it is
 * left out as a file of another quarter is, and the roster says which year it is.
 */

const spec = LINZI_2026;
const LAST_YEAR = '区商务局-第三季度.xlsx';

function folder() {
  const books = spec.units.map((u) => ({ file: `${u.id}.xlsx`, book: filledBook(spec, u.id, { file: `${u.id}.xlsx` }) }));
  const old = books.find((b) => b.file === '区商务局.xlsx')!;
  old.file = LAST_YEAR;
  old.book.file = LAST_YEAR;
  setCell(sheetOf(old.book, '进展情况表'), 'A1', '2025年为全区妇女儿童办实事工作进展情况表（第三季度）');
  setCell(sheetOf(old.book, '进展情况表'), 'D2', '填报日期：2025年10月8日');
  setCell(sheetOf(old.book, '指标完成情况'), 'A1', '2025年为全区妇女儿童办实事指标完成情况表（第三季度）');
  setCell(old.book.sheets.find((s) => s.name.startsWith(METADATA_SHEET))!, 'B5', '2025');
  return books;
}

describe('a unit that sent last year\'s table', () => {
  const { summary, inputs } = mergeBooks(folder(), spec, { quarter: 3 });
  const unit = summary.roster.units.find((u) => u.unit === '区商务局')!;

  it('is not counted as sent: 未报送（季度不符）, its 说明 naming the year', () => {
    expect(unit).toMatchObject({
      status: 'wrong-quarter',
      files: [LAST_YEAR],
      wrongQuarter: { file: LAST_YEAR, quarter: 3, year: 2025 },
      reason: '区商务局只报送了2025年的表（区商务局-第三季度.xlsx），未报送2026年第三季度进展情况表',
    });
    expect(unit.file).toBeUndefined();
    expect(summary.roster.files.find((f) => f.file === LAST_YEAR)).toMatchObject({
      status: 'wrong-quarter',
      unit: '区商务局',
      quarter: 3,
      year: 2025,
      reasonCode: 'merge-file-wrong-year',
      reason: '文件区商务局-第三季度.xlsx是2025年的表，本次汇总2026年第三季度，未纳入',
    });
    expect(summary.roster.counts).toEqual({ due: 15, sent: 14, clean: 14, withErrors: 0, unreadable: 0, missing: 1 });
    expect(summary.totals).toMatchObject({ units: 15, submitted: 14, missing: 1, files: 15, merged: 14, notMerged: 1 });
    expect(summary.roster.missing).toEqual(['区商务局']);
  });

  it('gets a return text asking for this year\'s template, not a 催报', () => {
    expect(summary.roster.reminder).toBe('');
    expect(summary.roster.returnTexts).toEqual([
      {
        unit: '区商务局',
        kind: 'wrong-quarter',
        text: '区商务局：你单位报送的文件区商务局-第三季度.xlsx是2025年的进展情况表，本次报送的是2026年第三季度工作进展情况表，请用2026年的模板填报，尽快报送。',
      },
    ]);
    expect(rosterTexts(summary.roster, 'en-US').returnTexts[0].text).toBe(
      '区商务局: the file you sent, 区商务局-第三季度.xlsx, is a 2025 progress table; this round asks for the 2026 Q3 progress table. Please fill in the 2026 template and send it as soon as possible.',
    );
  });

  it('has its own validation error, at the title', () => {
    const input = inputs.find((i) => i.file === LAST_YEAR)!;
    expect(input.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.sheet, f.cell, f.message])).toEqual([
      ['year-mismatch', '进展情况表', 'A1', '本表是2025年的，本次要的是2026年的表'],
    ]);
  });

  it('gives no text and no figure to the summary, the targets or the ledger', () => {
    for (const item of summary.items.filter((i) => i.entries.some((e) => e.unit === '区商务局'))) {
      expect(item.entries.find((e) => e.unit === '区商务局')).toMatchObject({ status: 'missing', progressText: '' });
      expect(item.progressText).toContain('【区商务局】（未报送）');
    }
    // 1.2 (巾帼电商公益课堂, 16场) is 区人社局's, 区妇联's and 区商务局's, each on pace with 12: 24 without the 2025 file (36 with it).
    const t = summary.targets.find((x) => x.id === '1.2')!;
    expect(t.perUnit.map((v) => [v.unit, v.state, v.value])).toEqual([
      ['区人社局', 'figure', 12],
      ['区妇联', 'figure', 12],
      ['区商务局', 'missing', undefined],
    ]);
    expect(t.total).toBe(24);
    const ledger = ledgerQuarterOf(summary);
    expect(ledger.figures.filter((f) => f.unit === '区商务局').map((f) => f.state)).toEqual(expect.arrayContaining(['missing']));
    expect(ledger.figures.filter((f) => f.unit === '区商务局' && f.value !== undefined)).toEqual([]);
    expect(ledger.progress.filter((p) => p.unit === '区商务局').every((p) => p.status === 'missing')).toBe(true);
    expect(ledger.roster.find((r) => r.unit === '区商务局')).toEqual({
      unit: '区商务局',
      status: 'wrong-quarter',
      errors: 0,
      warnings: 0,
      reason: '区商务局只报送了2025年的表（区商务局-第三季度.xlsx），未报送2026年第三季度进展情况表',
    });
  });
});

test('a file that cannot be read, whose texts name last year, is not taken as the unit\'s submission', () => {
  const books = folder().filter((b) => b.file !== LAST_YEAR);
  const clues = { texts: ['2025年为全区妇女儿童办实事工作进展情况表（第三季度）', '填报单位：区商务局'] };
  const broken = { file: LAST_YEAR, error: { code: 'file-corrupt', message: '文件已损坏', clues } };
  const { summary } = mergeBooks([...books, broken], spec, { quarter: 3 });
  expect(summary.roster.files.find((f) => f.file === LAST_YEAR)).toMatchObject({ status: 'unreadable', unit: '区商务局', quarter: 3, year: 2025 });
  expect(summary.roster.units.find((u) => u.unit === '区商务局')).toMatchObject({ status: 'missing' });
  expect(summary.roster.unreadable).toEqual([]);
});
