/**
 * validate takes folders like merge (one expansion, src/cli/inputs.ts), and says in Chinese what an unreadable input
 * is: a folder, a missing file, a file that is not a workbook.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs } from '../../src/cli/inputs';
import { registerValidate } from '../../src/cli/validate';
import { validateFile } from '../../src/cli/validate-run';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { writeWorkbook } from '../../src/xlsx/write';
import { filledPlan } from '../helpers/fixtures';
import { cliRunner } from '../helpers/cli';

const run = cliRunner('validate', registerValidate);

let dir: string;
let inbox: string;
const at = (...p: string[]) => path.join(dir, ...p);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-inputs-'));
  inbox = at('inbox');
  fs.mkdirSync(path.join(inbox, 'more'), { recursive: true });
  fs.mkdirSync(at('empty'));
  const good = await writeWorkbook(filledPlan(LINZI_2026, '区卫健局'));
  fs.writeFileSync(path.join(inbox, 'b-卫健局.xlsx'), good);
  fs.writeFileSync(path.join(inbox, 'more', 'a-卫健局.XLS'), good);
  fs.writeFileSync(path.join(inbox, '~$b-卫健局.xlsx'), 'lock');
  fs.writeFileSync(path.join(inbox, '.hidden.xlsx'), 'hidden');
  fs.writeFileSync(path.join(inbox, '说明.txt'), 'not a table');
  fs.writeFileSync(at('表.csv'), '序号,实事名称\n1,x\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('expandInputs: the one folder expansion of validate and merge', () => {
  test('workbooks only (any case of extension), recursively, sorted; no lock, hidden or other files', () => {
    expect(expandInputs([inbox])).toEqual({
      files: [path.join(inbox, 'b-卫健局.xlsx'), path.join(inbox, 'more', 'a-卫健局.XLS')],
      missing: [],
      emptyFolders: [],
      all: [path.join(inbox, 'b-卫健局.xlsx'), path.join(inbox, 'more', 'a-卫健局.XLS')],
    });
  });

  test('missing paths and empty folders are reported; the same file twice is read once; order kept', () => {
    const file = path.join(inbox, 'b-卫健局.xlsx');
    expect(expandInputs([at('nope.xlsx'), file, inbox, at('empty')])).toEqual({
      files: [file, path.join(inbox, 'more', 'a-卫健局.XLS')],
      missing: [at('nope.xlsx')],
      emptyFolders: [at('empty')],
      all: [at('nope.xlsx'), file, path.join(inbox, 'more', 'a-卫健局.XLS')],
    });
  });
});

describe('validate on a folder', () => {
  test('validates every workbook in it, exit 0', async () => {
    const r = await run([inbox, '--quarter', '3', '--today', '2026-10-08', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files.map((f: { path: string; unit: string }) => [path.basename(f.path), f.unit])).toEqual([
      ['b-卫健局.xlsx', '区卫健局'],
      ['a-卫健局.XLS', '区卫健局'],
    ]);
  });

  test('a folder without workbooks: exit 2, said in Chinese', async () => {
    expect(await run([at('empty')])).toEqual({
      code: 2,
      out: '',
      err: `提示：文件夹 ${at('empty')} 中没有 Excel 工作簿（.xlsx、.xls、.ods、.et）\n错误：没有找到要校验的文件\n`,
    });
  });
});

describe('what an unreadable input is, in Chinese', () => {
  test('a missing file: 文件不存在', async () => {
    const r = await run([at('nope.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0].findings).toEqual([{ code: 'file-missing', severity: 'error', sheet: null, cell: null, message: '文件 nope.xlsx 不存在' }]);
  });

  test('a .csv: 是文本文件，不是 Excel 工作簿', async () => {
    const r = await run([at('表.csv')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('[错误] 文件 表.csv 是文本或网页文件，不是 Excel 工作簿');
    expect(r.out).toContain('建议：请用 Excel 或 WPS 打开后另存为 .xlsx 再发送');
  });

  test('a folder read as a file (validateFile): 这是一个文件夹', () => {
    expect(validateFile(inbox, LINZI_2026).findings).toEqual([
      {
        code: 'file-is-folder',
        severity: 'error',
        file: 'inbox',
        sheet: null,
        cell: null,
        message: 'inbox：这是一个文件夹，不是 Excel 文件',
        hint: '请给出其中的 Excel 文件，或把文件夹直接交给 validate / merge 逐个读取',
      },
    ]);
  });

  test('--previous naming a folder: exit 2, 这是一个文件夹', async () => {
    expect(await run([path.join(inbox, 'b-卫健局.xlsx'), '--previous', inbox])).toEqual({ code: 2, out: '', err: '错误：上季度文件：inbox：这是一个文件夹，不是 Excel 文件\n' });
  });
});
