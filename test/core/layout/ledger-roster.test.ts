/**
 * 报送情况（第N季度） in the ledger speaks as the summary's 报送情况 does (found by an independent tester): （重复报送）
 * after a unit that sent two files, the 填报日期 in Chinese, not ISO.
 */
import { ledgerRosterPlan, LEDGER_ROSTER_HEADER_ROW } from '../../../src/core/layout/ledger-roster';
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { quarterBooks, spec } from '../ledger/fixtures';

test('a unit that sent two files reads 已报送（重复报送）, with its 填报日期 as 2026年9月25日', () => {
  const [twice] = spec.units.map((u) => u.id);
  const books = quarterBooks(3);
  // A second, different file of the same unit (not an identical copy, which counts once).
  const [other] = quarterBooks(3, (t, u, q) => (t.kind === 'cumulative' ? 10 * q + 1 : 80 + q), [twice]);
  const again = { ...other, file: other.file.replace('.xlsx', '(1).xlsx') };
  const record = mergeWithLedger([...books, again], spec, undefined).ledger.quarters[0];
  expect(record.roster.find((l) => l.unit === twice)?.duplicate).toBe(true);
  const plan = ledgerRosterPlan(record, spec);
  const row = LEDGER_ROSTER_HEADER_ROW + 1 + record.roster.findIndex((l) => l.unit === twice);
  const cell = (c: number) => plan.cells.find((x) => x.row === row && x.col === c)?.value;
  expect([cell(1), cell(2), cell(4)]).toEqual([twice, '已报送（重复报送）', '2026年9月25日']);
});
