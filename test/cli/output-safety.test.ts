/**
 * merge and template never overwrite an input or an existing file silently, and a failed write leaves nothing
 * half-written (src/cli/output.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerMerge } from '../../src/cli/merge';
import { registerParseNotice } from '../../src/cli/parse-notice';
import { checkOutput, writeFileAtomic } from '../../src/cli/output';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { writeWorkbook } from '../../src/xlsx/write';
import { filledTemplatePlan, unitContent } from '../../src/core/layout/template-fill';
import { cliRunner } from '../helpers/cli';

const run = cliRunner('merge', registerMerge);
const spec = LINZI_2026;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
let inbox: string;
const unitFile = (unit: string) => path.join(inbox, `${unit}-2026年第三季度进展情况表.xlsx`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-output-'));
  inbox = path.join(dir, 'ex2');
  fs.mkdirSync(inbox);
  for (const u of spec.units.slice(0, 3)) {
    const content = unitContent(spec, u.id, { text: (n) => `${u.id}第${n}项进展`, filledOn: '2026年9月28日' });
    fs.writeFileSync(unitFile(u.id), await writeWorkbook(filledTemplatePlan(spec, u.id, 3, content)));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The folder's entries: no temporary file may be left behind. */
const entries = (d: string) => fs.readdirSync(d).sort();

describe('merge -o never overwrites an input', () => {
  test('merge ex2 -o ex2/<a unit file>: exit 2, the unit file untouched, even with --force', async () => {
    const victim = unitFile(spec.units[0].id);
    const before = fs.readFileSync(victim);
    for (const extra of [[], ['--force']]) {
      const r = await run([inbox, '-o', victim, ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`错误：输出文件 ${victim} 是要读取的文件之一（或在要读取的文件夹中），不能覆盖它，即使加 --force 也不行。请用 -o 另写一个文件名，例如写到该文件夹之外\n`);
      expect(fs.readFileSync(victim).equals(before)).toBe(true);
    }
  });

  test('-o naming an input file by another path (./, ..) is refused', async () => {
    const victim = unitFile(spec.units[1].id);
    const other = path.join(inbox, '..', 'ex2', '.', path.basename(victim));
    const r = await run([victim, unitFile(spec.units[2].id), '-o', other, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是要读取的文件之一');
  });

  test('a new output inside the input folder is written and not read as an input', async () => {
    const out = path.join(inbox, '汇总.xlsx');
    const r = await run([inbox, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('收到文件3份，纳入汇总3份');
    const again = await run([inbox, '-o', out, '--force']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('是要读取的文件之一');
    fs.rmSync(out);
  });
});

describe('merge -o: an existing file needs --force', () => {
  test('without --force: exit 2, the file kept; with --force: replaced, exit 0', async () => {
    const out = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(out, 'old');
    const r = await run([inbox, '-o', out]);
    expect(r).toMatchObject({ code: 2, err: `错误：文件 ${out} 已存在，未覆盖。换一个文件名（-o），或加 --force 覆盖\n` });
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    expect((await run([inbox, '-o', out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(entries(dir)).toEqual(['ex2', 'summary.xlsx']);
    fs.rmSync(out);
  });
});

describe('merge -o that cannot be written: a Chinese reason, nothing left behind', () => {
  test('a folder that does not exist', async () => {
    const out = path.join(dir, 'no-such-dir', 'x.xlsx');
    expect(await run([inbox, '-o', out])).toMatchObject({ code: 2, err: `错误：无法写入 ${out}：文件夹不存在\n` });
  });

  test('a folder given as the output', async () => {
    const r = await run([inbox, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`错误：无法写入 ${dir}：是一个文件夹`);
  });

  (isRoot ? test.skip : test)('a folder without write permission', async () => {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    const out = path.join(locked, 'x.xlsx');
    expect(await run([inbox, '-o', out])).toMatchObject({ code: 2, err: `错误：无法写入 ${out}：没有权限\n` });
    expect(entries(locked)).toEqual([]);
    fs.chmodSync(locked, 0o755);
  });
});

describe('writeFileAtomic and checkOutput', () => {
  test('a failed rename (the target is a folder) removes the temporary file', () => {
    const target = path.join(dir, 'target');
    fs.mkdirSync(path.join(target, 'inner'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow(`无法写入 ${target}：是一个文件夹`);
    expect(entries(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
    fs.rmSync(target, { recursive: true });
  });

  test('writes the whole file and replaces an old one', () => {
    const file = path.join(dir, 'a.txt');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(entries(dir)).toEqual(['a.txt', 'ex2']);
    fs.rmSync(file);
  });

  test('checkOutput lets a new file pass', () => {
    expect(() => checkOutput(path.join(dir, 'new.xlsx'), { inputs: [inbox] })).not.toThrow();
  });
});

describe('parse-notice -o never overwrites silently', () => {
  const runNotice = cliRunner('parse-notice', registerParseNotice);
  const SEED = path.join(__dirname, '..', '..', 'data', '2026-linzi-notice.txt');

  test('an existing spec file needs --force; the notice itself is never overwritten', async () => {
    const out = path.join(dir, 'spec.json');
    fs.writeFileSync(out, 'old');
    expect(await runNotice([SEED, '-o', out])).toMatchObject({ code: 2, err: `错误：文件 ${out} 已存在，未覆盖。换一个文件名（-o），或加 --force 覆盖\n` });
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    expect((await runNotice([SEED, '-o', out, '--force'])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).items).toHaveLength(10);
    fs.rmSync(out);
    const copy = path.join(dir, 'notice.txt');
    fs.copyFileSync(SEED, copy);
    const r = await runNotice([copy, '-o', copy, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是要读取的文件之一');
    expect(fs.readFileSync(copy).equals(fs.readFileSync(SEED))).toBe(true);
    fs.rmSync(copy);
  });
});
