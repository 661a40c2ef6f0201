import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerTemplate } from '../../src/cli/template';
import { defaultTemplateFileName } from '../../src/cli/template-run';
import { parseQuarterOption } from '../../src/cli/options';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readMetadata } from '../../src/core/sheet/metadata';
import { cellAt } from '../../src/core/sheet/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { cliRunner } from '../helpers/cli';
import { SMALL_SPEC } from '../core/layout/small-spec';

const run = cliRunner('template', registerTemplate);
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-template-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const read = (file: string) => readWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file));

describe('progress-table template', () => {
  test('--quarter 3 --unit 区卫健局 -o t.xlsx writes that unit\'s table', async () => {
    const file = path.join(dir, 't.xlsx');
    const r = await run(['--quarter', '3', '--unit', '区卫健局', '-o', file]);
    expect(r).toEqual({ code: 0, out: `已写入 ${file}（2026年第三季度，区卫健局）\n`, err: '' });
    const book = read(file);
    expect(cellAt(book.sheets[0], 0, 0)?.value).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(cellAt(book.sheets[0], 1, 0)?.value).toBe('填报单位：区卫健局');
    expect(readMetadata(book)[0]).toMatchObject({ quarter: 3, unit: '区卫健局', templateId: LINZI_2026.id });
  });

  test('a unit variant (卫健局, the full name) resolves to the unit', async () => {
    const file = path.join(dir, 'v.xlsx');
    expect((await run(['-q', '第二季度', '-u', '临淄区卫生健康局', '-o', file])).code).toBe(0);
    expect(readMetadata(read(file))[0]).toMatchObject({ quarter: 2, unit: '区卫健局' });
  });

  test('default file name in the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await run(['--quarter', '3', '--unit', '卫健局'])).code).toBe(0);
      expect(fs.readdirSync(dir)).toEqual(['2026年第3季度进展情况表-区卫健局.xlsx']);
    } finally {
      process.chdir(cwd);
    }
  });

  test('an unknown unit: Chinese message with the closest and all valid units, exit 2, no file', async () => {
    const file = path.join(dir, 'x.xlsx');
    const r = await run(['--quarter', '3', '--unit', '卫建局', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('找不到责任单位“卫建局”');
    expect(r.err).toContain('您是否要找：区卫健局');
    expect(r.err).toContain(`可选的责任单位：${LINZI_2026.units.map((u) => u.id).join('、')}`);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('an unknown quarter: message listing 1-4, exit 2', async () => {
    const r = await run(['--quarter', '5', '-o', path.join(dir, 'q.xlsx')]);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: '错误：季度“5”无效。可选：1（第一季度）、2（第二季度）、3（第三季度）、4（第四季度）\n',
    });
  });

  test('an existing output is not overwritten without --force', async () => {
    const file = path.join(dir, 'keep.xlsx');
    fs.writeFileSync(file, 'mine');
    const r = await run(['--quarter', '1', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已存在，未覆盖');
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    expect((await run(['--quarter', '1', '-o', file, '--force'])).code).toBe(0);
    expect(read(file).sheets[0].name).toBe('进展情况表');
  });

  test('--spec: another spec is used and kept in the metadata', async () => {
    const specFile = path.join(dir, 'spec.json');
    fs.writeFileSync(specFile, JSON.stringify(SMALL_SPEC));
    const file = path.join(dir, 's.xlsx');
    expect((await run(['--quarter', '4', '--unit', '区丙办', '--spec', specFile, '-o', file])).code).toBe(0);
    const meta = readMetadata(read(file))[0];
    expect(meta).toMatchObject({ templateId: 'test-2030', quarter: 4, unit: '区丙办' });
    expect(JSON.parse(meta.specJson ?? '')).toEqual(SMALL_SPEC);
  });

  test('a bad --spec file: exit 2 with the reason', async () => {
    const specFile = path.join(dir, 'bad.json');
    fs.writeFileSync(specFile, '{"id": 1}');
    const r = await run(['--quarter', '1', '--spec', specFile, '-o', path.join(dir, 'b.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('清单文件');
  });
});

describe('template without --quarter', () => {
  afterEach(() => jest.useRealTimers());
  test.each([
    [new Date(2026, 9, 10), 3, '第三季度'],
    [new Date(2026, 9, 25), 4, '第四季度'],
    [new Date(2027, 0, 5), 4, '第四季度'],
  ])('on %s the quarter being reported is chosen and announced', async (now, quarter, label) => {
    jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    const file = path.join(dir, 'd.xlsx');
    const r = await run(['--unit', '区卫健局', '-o', file]);
    expect(r).toEqual({
      code: 0,
      out: `已写入 ${file}（2026年${label}，区卫健局）\n`,
      err: `未指定 --quarter，按今天的日期取正在报送的季度：${label}（可用 --quarter 1-4 另选）\n`,
    });
    expect(readMetadata(read(file))[0]).toMatchObject({ quarter });
  });
});

describe('template option helpers', () => {
  test('quarter forms', () => {
    expect(['1', '３', '第三季度', '三季度', 'Q4', ' 2 '].map(parseQuarterOption)).toEqual([1, 3, 3, 3, 4, 2]);
    for (const bad of ['0', '5', 'x', '第五季度', '']) expect(() => parseQuarterOption(bad)).toThrow('可选：1（第一季度）');
  });
  test('default file name', () => {
    expect(defaultTemplateFileName(LINZI_2026, 3)).toBe('2026年第3季度进展情况表.xlsx');
  });
});
