/**
 * `merge … --ledger 台账.xlsx` (issue 14): a new ledger is started, later quarters are recorded into it only with
 * --force (or to --ledger-output), a fallen cumulative figure is printed in the unit's roster line and 退回 text,
 * and a ledger of another year, or a file that is no ledger, is refused with a clear message and left untouched.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { registerMerge } from '../../src/cli/merge';
import { readLedger } from '../../src/core/ledger/store';
import type { Quarter, Target } from '../../src/core/spec/schema';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { cliRunner } from '../helpers/cli';
import { figureOf, quarterPlans, soleCumulative, spec } from '../core/ledger/fixtures';

const run = cliRunner('merge', registerMerge);
const { target: fallTarget, unit: fallUnit } = soleCumulative();

async function quarterDir(root: string, q: Quarter, figure?: (t: Target, u: string, q: Quarter) => number | undefined): Promise<string> {
  const dir = path.join(root, `Q${q}`);
  fs.mkdirSync(dir);
  for (const { file, plan } of quarterPlans(q, figure)) fs.writeFileSync(path.join(dir, file), await writeWorkbook(plan));
  return dir;
}

function ledgerIn(file: string) {
  return readLedger(readWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file)), spec, path.basename(file));
}

describe('merge --ledger', () => {
  let root: string;
  let dirs: Record<number, string>;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-ledger-'));
    dirs = {
      1: await quarterDir(root, 1),
      2: await quarterDir(root, 2, (t, u, q) => (t.id === fallTarget.id && u === fallUnit ? 2 : figureOf(t, u, q))),
      3: await quarterDir(root, 3),
    };
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('starts a ledger, records Q2 only with --force, flags the fall, keeps Q1, and records Q3', async () => {
    const ledger = path.join(root, '台账.xlsx');
    const r1 = await run([dirs[1], '--ledger', ledger]);
    expect(r1.err).toBe('');
    expect(r1.code).toBe(0);
    expect(r1.out).toContain(`已记入台账 ${ledger}：第一季度（台账现有：第一季度）`);
    const before = fs.readFileSync(ledger);

    const refused = await run([dirs[2], '--ledger', ledger]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`错误：台账 ${ledger} 已存在（已记入第一季度），未改动。加 --force 把本季度记入其中（其他季度原样保留），或用 --ledger-output 另存为新文件\n`);
    expect(fs.readFileSync(ledger).equals(before)).toBe(true);

    const r2 = await run([dirs[2], '--ledger', ledger, '--force', '-o', path.join(root, '汇总Q2.xlsx')]);
    expect(r2.code).toBe(0);
    expect(r2.out).toMatch(new RegExp(`  ${fallUnit}  已报送（有错误）  ${fallUnit}-Q2.xlsx  错误1处`));
    expect(r2.out).toContain(`退回修改提示：${fallUnit}：你单位报送的2026年第二季度工作进展情况表（${fallUnit}-Q2.xlsx）有 1 处错误，请逐项修改后尽快重新报送：\n1. 指标完成情况 I`);
    expect(r2.out).toContain(`“${fallTarget.metric}”的累计完成 2 比台账中第一季度的 ${figureOf(fallTarget, fallUnit, 1)} 还少`);
    const l2 = ledgerIn(ledger).ledger!;
    expect(l2.quarters.map((q) => q.quarter)).toEqual([1, 2]);

    const out3 = path.join(root, '台账-Q3.xlsx');
    const report = path.join(root, '通报.docx');
    const r3 = await run([dirs[3], '--ledger', ledger, '--ledger-output', out3, '--report', report]);
    expect(r3.err).toBe('');
    expect(r3.code).toBe(0);
    expect(r3.out).toContain(`已写出调度通报草稿 ${report}（“下步工作”一节请汇总人填写）`);
    const text = (await mammoth.extractRawText({ buffer: fs.readFileSync(report) })).value;
    expect(text).toContain('关于2026年第三季度为全区妇女儿童办实事工作进展情况的通报');
    expect(text).toMatch(/第二季度\d+场，本季度新增\d+场/);
    // An existing report is not replaced without --force.
    const again = await run([dirs[3], '--report', report]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`文件 ${report} 已存在，未覆盖`);
    const l3 = ledgerIn(out3).ledger!;
    expect(l3.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(l3.quarters.slice(0, 2)).toEqual(l2.quarters);
  });

  it('refuses a ledger of another year and a file that is no ledger, and changes neither', async () => {
    const other = path.join(root, '台账2027.xlsx');
    const r = await run([dirs[1], '--ledger', other, '--spec', writeSpec(root, { ...spec, year: 2027 })]);
    expect(r.code).toBe(0);
    const r2 = await run([dirs[1], '--ledger', other]);
    expect(r2.code).toBe(2);
    expect(r2.err).toBe(`错误：台账 台账2027.xlsx 是2027年的台账，本清单是2026年，未使用。每年一本台账：请选本年度的台账，或另指定一个新的台账文件\n`);
    const notLedger = path.join(dirs[1], fs.readdirSync(dirs[1])[0]);
    const bytes = fs.readFileSync(notLedger);
    const r3 = await run([dirs[2], '--ledger', notLedger, '--force']);
    expect(r3.code).toBe(2);
    expect(r3.err).toContain(`不是本工具生成的工作台账，未使用，也未改动`);
    expect(fs.readFileSync(notLedger).equals(bytes)).toBe(true);
  });
});

function writeSpec(dir: string, s: object): string {
  const file = path.join(dir, 'spec-2027.json');
  fs.writeFileSync(file, JSON.stringify(s));
  return file;
}
