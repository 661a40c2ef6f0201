import { ledgerWorkbookPlan } from '../../../src/core/layout/ledger-workbook';
import { emptyLedger } from '../../../src/core/ledger/upsert';
import { finalizeNames, type WorkbookMetadata } from '../../../src/core/sheet/metadata';
import { LEDGER_ROLES, ownSheetsOf, ownSummariesOf, SUMMARY_ROLES } from '../../../src/core/sheet/own-summary-sheets';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';

/**
 * The add-in's own sheets by kind (core/sheet/own-summary-sheets): a metadata sheet belongs to the summary or to the
 * ledger by the roles it records, so neither kind's replace ever deletes the other's sheets or a template's.
 */

const spec = LINZI_2026;
const base = { templateId: spec.id, templateVersion: spec.version, year: spec.year };
const ledgerMeta = finalizeNames(ledgerWorkbookPlan(emptyLedger(spec), spec), []).metadata!;
const summaryMeta: WorkbookMetadata = { ...base, quarter: 3, sheets: { summary: '汇总表', roster: '报送情况', 'indicator-summary': '指标完成情况汇总' } };
const templateMeta: WorkbookMetadata = { ...base, quarter: 3, sheets: { progress: '进展情况表', indicator: '指标完成情况' } };
const read = [
  { name: '_ptmeta', meta: templateMeta },
  { name: '_ptmeta (2)', meta: summaryMeta },
  { name: '_ptmeta (3)', meta: { ...ledgerMeta, state: 'writing' as const } },
  { name: '_ptmeta (4)', meta: ledgerMeta },
  { name: '我的表', meta: undefined },
];
const names = new Set(['进展情况表', '指标完成情况', '汇总表', '报送情况', '指标完成情况汇总', '进展台账', '指标台账', '进度一览', '_ptledger']);

test('the ledger’s metadata names only ledger roles, the summary’s only summary roles', () => {
  expect(Object.keys(ledgerMeta.sheets).every((r) => (LEDGER_ROLES as readonly string[]).includes(r))).toBe(true);
  expect(Object.keys(ledgerMeta.sheets)).toContain('ledger-data');
  expect(LEDGER_ROLES.some((r) => SUMMARY_ROLES.includes(r))).toBe(false);
});

test('each kind finds its own sheets and never the other’s or a template’s; leftovers are marked', () => {
  expect(ownSummariesOf(read, names)).toEqual([{ metadataSheet: '_ptmeta (2)', sheets: ['汇总表', '报送情况', '指标完成情况汇总'], quarter: 3 }]);
  const ledger = ownSheetsOf(read, names, LEDGER_ROLES);
  expect(ledger.map((o) => [o.metadataSheet, o.writing ?? false])).toEqual([
    ['_ptmeta (3)', true],
    ['_ptmeta (4)', false],
  ]);
  expect(ledger[1].sheets).toEqual(['进展台账', '指标台账', '进度一览', '_ptledger']);
});
