/**
 * The defect as the tester met it: 区商务局's Q3 file of last year (title 2025年…, 填报日期 2025年10月8日, the metadata's
 * year 2025) passed `validate` as 可以报送 and `merge` counted it as 已报送, its figures in the 2026 summary and ledger.
 * Real .xlsx files, the 2025 one made from last year's template (the 2026 list with its year and title set to 2025).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerMerge } from '../../src/cli/merge';
import { registerValidate } from '../../src/cli/validate';
import { filledTemplatePlan, unitContent } from '../../src/core/layout/template-fill';
import { readLedger } from '../../src/core/ledger/store';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { TemplateSpec } from '../../src/core/spec/schema';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { cliRunner } from '../helpers/cli';

const spec = LINZI_2026;
const LAST_YEAR_SPEC: TemplateSpec = { ...spec, year: 2025, tableTitle: spec.tableTitle.replace('2026', '2025') };
const merge = cliRunner('merge', registerMerge);
const validate = cliRunner('validate', registerValidate);

/** A unit's Q3 file made from `from`'s template, 完成时限 2026年12月底 (as the tester left them), 12 in every cumulative figure. */
async function unitFile(dir: string, from: TemplateSpec, unit: string, filledOn: string): Promise<string> {
  const content = unitContent(from, unit, {
    text: (n) => `${unit}第${n}项本季度进展情况，已按计划推进。`,
    deadline: '2026年12月底',
    filledOn,
    quarterValue: () => 4,
    cumulative: () => 12,
  });
  const file = path.join(dir, `${unit}.xlsx`);
  fs.writeFileSync(file, await writeWorkbook(filledTemplatePlan(from, unit, 3, content)));
  return file;
}

describe('last year\'s file', () => {
  let dir: string;
  let old: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-year-cli-'));
    for (const unit of ['区人社局', '区妇联']) await unitFile(dir, spec, unit, '2026年10月8日');
    old = await unitFile(dir, LAST_YEAR_SPEC, '区商务局', '2025年10月8日');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('validate: exit 1, the error at the title, with or without --quarter', async () => {
    for (const args of [[old, '--quarter', '3'], [old]]) {
      const r = await validate(args);
      expect(r.code).toBe(1);
      expect(r.out).toContain('区商务局.xlsx（区商务局，第三季度）：需要修改，错误 1 处');
      expect(r.out).toContain('[错误] A1 本表是2025年的，本次要的是2026年的表');
      expect(r.out).toContain('建议：请用2026年的模板填报，或改正标题中的年份');
    }
    const json = JSON.parse((await validate([old, '--json'])).out);
    expect(json.files[0].findings).toContainEqual({ code: 'year-mismatch', severity: 'error', sheet: '进展情况表', cell: 'A1', message: '本表是2025年的，本次要的是2026年的表' });
  });

  test('merge: the file left out of the roster\'s sent, the summary and the ledger, its return text naming the year', async () => {
    const out = path.join(dir, 'out', '汇总.xlsx');
    const ledger = path.join(dir, 'out', '台账.xlsx');
    fs.mkdirSync(path.dirname(out));
    const r = await merge([dir, '--quarter', '3', '-o', out, '--ledger', ledger]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('应报15个单位，已报送2个');
    expect(r.out).toContain('  区商务局  未报送（季度不符）  区商务局只报送了2025年的表（区商务局.xlsx），未报送2026年第三季度进展情况表');
    expect(r.out).toContain('  区商务局.xlsx  季度不符  文件区商务局.xlsx是2025年的表，本次汇总2026年第三季度，未纳入');
    expect(r.out).toContain('区商务局：你单位报送的文件区商务局.xlsx是2025年的进展情况表，本次报送的是2026年第三季度工作进展情况表，请用2026年的模板填报，尽快报送。');
    expect(r.out).not.toMatch(/区商务局 {2}已报送/);

    const read = readLedger(readWorkbook(new Uint8Array(fs.readFileSync(ledger)), '台账.xlsx'), spec, '台账.xlsx');
    const q3 = read.ledger!.quarters.find((q) => q.quarter === 3)!;
    expect(q3.roster.find((l) => l.unit === '区商务局')).toMatchObject({ status: 'wrong-quarter' });
    expect(q3.figures.filter((f) => f.unit === '区商务局' && f.value !== undefined)).toEqual([]);
    // 1.2 (巾帼电商公益课堂) of 区人社局, 区妇联 and 区商务局: 12 + 12, not 36.
    expect(q3.totals.find((t) => t.target === '1.2')).toMatchObject({ total: 24 });
  });
});
