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
import { emptyLedger } from '../../src/core/ledger/upsert';
import { ledgerWorkbookPlan } from '../../src/core/layout/ledger-workbook';
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
    // A 2027 ledger (written directly: 2026 files merged under a 2027 list are another year's and are not recorded).
    const spec2027 = { ...spec, year: 2027 };
    fs.writeFileSync(other, await writeWorkbook(ledgerWorkbookPlan(emptyLedger(spec2027), spec2027)));
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

  it('never blanks or shrinks a recorded quarter: a wrong --quarter, or one corrected file merged alone, is refused with nothing written', async () => {
    const ledger = path.join(root, '台账-loss.xlsx');
    expect((await run([dirs[2], '--ledger', ledger])).code).toBe(0);
    const before = fs.readFileSync(ledger);
    const out = path.join(root, '汇总-loss.xlsx');

    const slip = await run([dirs[3], '-q', '2', '--ledger', ledger, '--force', '-o', out]);
    expect(slip.code).toBe(2);
    expect(slip.err).toBe(`错误：本次汇总没有纳入一份2026年第二季度的表（收到的文件都是别的季度或年度的，或都无法读取），未记入台账，台账 ${ledger} 中第二季度已记入的 ${spec.units.length} 个单位原样保留；其他文件也都未写出。请检查 --quarter 和所选的文件\n`);

    const fixedDir = path.join(root, 'fixed');
    fs.mkdirSync(fixedDir);
    const [first] = fs.readdirSync(dirs[2]).sort();
    fs.copyFileSync(path.join(dirs[2], first), path.join(fixedDir, first));
    const alone = await run([fixedDir, '--ledger', ledger, '--force', '-o', out]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain(`错误：台账 ${ledger} 中第二季度已记入 ${spec.units.length} 个单位的报送，本次汇总缺其中 ${spec.units.length - 1} 个：`);
    expect(alone.err).toContain('确要以本次为准替换第二季度，请加 --replace-quarter。台账和其他文件都未写出');
    expect(fs.readFileSync(ledger).equals(before)).toBe(true);
    expect(fs.existsSync(out)).toBe(false);

    const replaced = await run([fixedDir, '--ledger', ledger, '--force', '--replace-quarter']);
    expect(replaced.code).toBe(0);
    expect(ledgerIn(ledger).ledger!.quarters[0].roster.filter((l) => l.status !== 'missing')).toHaveLength(1);
  });

  it('says which option is wrong: a name that is another option, an empty name, --ledger-output alone, a ledger that is no .xlsx', async () => {
    const ledger = path.join(root, '台账-opts.xlsx');
    const asOption = await run([dirs[1], '--ledger', '-o', path.join(root, 'x.xlsx')]);
    expect(asOption).toEqual({ code: 2, out: '', err: '错误：--ledger 后应写文件名，而不是“-o”（另一个选项）\n' });
    expect(fs.existsSync(path.join(process.cwd(), '-o'))).toBe(false);
    expect((await run([dirs[1], '--ledger', ''])).err).toBe('错误：--ledger 后应写文件名\n');
    expect((await run([dirs[1], '-o', path.join(root, 'y.xlsx'), '--ledger-output', ledger])).err).toContain('错误：--ledger-output 要与 --ledger 一起用');
    expect((await run([dirs[1], '--ledger', path.join(root, '台账.csv')])).err).toBe(`错误：台账 ${path.join(root, '台账.csv')} 应是 Excel 工作簿（.xlsx），例如 --ledger 台账.xlsx\n`);
    expect((await run([dirs[1], '--ledger', root])).err).toBe(`错误：台账 ${root} 是一个文件夹：请在 --ledger 后写台账文件名，例如 --ledger ${path.join(root, '台账.xlsx')}\n`);
  });

  it('an existing --ledger-output is named as such, and an existing report asks for another --report name', async () => {
    const ledger = path.join(root, '台账-out.xlsx');
    expect((await run([dirs[1], '--ledger', ledger])).code).toBe(0);
    const existing = path.join(root, '已有.xlsx');
    fs.writeFileSync(existing, 'x');
    const r = await run([dirs[2], '--ledger', ledger, '--ledger-output', existing]);
    expect(r.err).toBe(`错误：文件 ${existing} 已存在，未改动。换一个文件名（--ledger-output），或加 --force 用更新后的台账（${ledger} 加上本季度）替换它\n`);
    const report = path.join(root, '已有.docx');
    fs.writeFileSync(report, 'x');
    expect((await run([dirs[2], '--report', report])).err).toBe(`错误：文件 ${report} 已存在，未覆盖。换一个文件名（--report），或加 --force 覆盖\n`);
  });
});
