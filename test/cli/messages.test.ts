/**
 * Every message of the command line is Chinese: commander's own usage errors, the help, bad option values, bad spec
 * files; a closed output pipe ends the run quietly. Runs the whole program (`main`), as `progress-table` does.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chineseCommanderError } from '../../src/cli/commander-text';
import { fsReasonText } from '../../src/cli/errors';
import { main } from '../../src/cli/main';
import { parseDateOption } from '../../src/cli/options';
import { specProblemText } from '../../src/core/spec/problems';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { captureOutput } from '../helpers/cli';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');

/** Run `progress-table args…` in-process through `main`: exit code, stdout, stderr. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { value: code, out, err } = await captureOutput(() => main(['node', 'progress-table', ...args]));
    return { code, out, err };
  } finally {
    process.exitCode = undefined;
  }
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-messages-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("commander's usage errors are Chinese, exit 2", () => {
  test.each([
    [['merge'], '错误：缺少参数 paths：请给出要处理的文件或文件夹\n（用 progress-table merge --help 查看用法）\n'],
    [['validate', 'x.xlsx', '--bogus'], '错误：不认识的选项 --bogus\n（用 progress-table validate --help 查看用法）\n'],
    [['merge', 'x', '--quater', '3'], '错误：不认识的选项 --quater（您是否要用 --quarter？）\n（用 progress-table merge --help 查看用法）\n'],
    [['merge', 'x', '--layout', 'wide', '-o', 'y.xlsx'], '错误：选项 --layout <layout> 的值“wide”无效，可选：official、per-unit\n（用 progress-table merge --help 查看用法）\n'],
    [['template', 'extra'], '错误：命令 template 参数太多：应有 0 个，给了 1 个（文件名中有空格时请加引号）\n（用 progress-table template --help 查看用法）\n'],
    [['template', '-o'], '错误：选项 -o, --output <file> 后面缺少值\n（用 progress-table template --help 查看用法）\n'],
    [['frob'], '错误：不认识的命令 frob。可用的命令：template、validate、merge、parse-notice\n（用 --help 查看用法）\n'],
  ])('progress-table %j', async (args, err) => {
    expect(await cli(args)).toEqual({ code: 2, out: '', err });
  });

  test('an unknown form keeps its text after 错误：', () => {
    expect(chineseCommanderError("error: something new\n")).toBe('错误：something new\n');
  });
});

describe('help in Chinese', () => {
  test('--help: Chinese headings, usage words, choices and defaults; exit 0', async () => {
    const r = await cli(['merge', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法： progress-table merge [选项] <paths...>');
    expect(r.out).toContain('参数：');
    expect(r.out).toContain('选项：');
    expect(r.out).toContain('（可选："official"、"per-unit"；默认："official"）');
    expect(r.out).toContain('-f, --force');
    expect(r.out).not.toMatch(/Usage|Options|Arguments|display help|choices|default:/);
  });

  test('help CMD and --version exit 0; no command at all shows the help and exits 2', async () => {
    expect((await cli(['help', 'merge'])).code).toBe(0);
    expect(await cli(['-V'])).toEqual({ code: 0, out: '0.1.0\n', err: '' });
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('用法： progress-table [选项] [命令]');
  });

  test('the program help lists the commands in Chinese', async () => {
    const r = await cli(['--help']);
    expect(r.out).toContain('命令：');
    expect(r.out).toContain('help [命令]');
    expect(r.out).not.toMatch(/Usage|Commands|\[options\]/);
  });
});

describe('--today must be a real calendar day', () => {
  test('validate --today 2026-13-45: exit 2, Chinese', async () => {
    const r = await cli(['validate', path.join(EXAMPLES, 'README.md'), '--today', '2026-13-45']);
    expect(r).toEqual({ code: 2, out: '', err: '错误：日期“2026-13-45”无效，应写成 yyyy-mm-dd 且是真实的日期，如 2026-10-08\n' });
  });

  test('parseDateOption: real days pass, impossible ones throw', () => {
    expect(parseDateOption('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-45', '2026-04-31', '2026-1-5', '10/08/2026', '']) expect(() => parseDateOption(bad)).toThrow('无效');
  });
});

describe('--spec files: Chinese reasons', () => {
  test('not JSON', async () => {
    const file = path.join(dir, 'notjson.json');
    fs.writeFileSync(file, '{ items: [ }');
    const r = await cli(['validate', path.join(EXAMPLES, 'README.md'), '--spec', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^错误：清单文件不是有效的 JSON：${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（`));
  });

  test('wrongly shaped: one Chinese line per problem', async () => {
    const bad = structuredClone(LINZI_2026) as unknown as { year: unknown; items: { name: string; targets: { value: unknown }[] }[] };
    bad.items[2].name = '';
    bad.items[0].targets[0].value = '三场';
    delete bad.year;
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const r = await cli(['template', '--quarter', '3', '--spec', file, '-o', path.join(dir, 't.xlsx')]);
    expect(r).toEqual({ code: 2, out: '', err: `错误：清单文件 ${file} 有误：\n  年度未填写\n  第1项实事 指标1.1：数值应为数字\n  第3项实事：实事名称未填写\n` });
  });

  test('a missing spec file', async () => {
    const file = path.join(dir, 'none.json');
    expect((await cli(['merge', EXAMPLES, '--json', '--spec', file])).err).toBe(`错误：无法读取清单文件 ${file}：文件不存在\n`);
  });

  test('specProblemText: the checks of parseTemplateSpec beyond zod', () => {
    expect(specProblemText('items.1.units: unknown unit "区教育局"')).toBe('第2项实事：责任单位“区教育局”不在单位名单中');
    expect(specProblemText('columns: Too small: expected array to have exactly 5 items')).toBe('表格列应有 5 项');
    expect(specProblemText(': Invalid input: expected object, received number')).toBe('清单应为对象');
  });
});

test('fsReasonText: permission and busy files', () => {
  expect(fsReasonText({ code: 'EACCES' })).toBe('没有权限');
  expect(fsReasonText({ code: 'EPERM' })).toBe('没有权限');
  expect(fsReasonText({ code: 'EISDIR' })).toBe('是一个文件夹');
  expect(fsReasonText({ code: 'ENOENT' })).toBe('文件夹不存在');
});

test('output piped into a reader that stops (| head): exit 0, no stack trace', async () => {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'progress-table.js'), 'validate', EXAMPLES, '--json', '--today', '2026-10-15'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, err }).toEqual({ code: 0, err: '' });
}, 60_000);
