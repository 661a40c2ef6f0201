/**
 * examples/ stays in step with the template and tells the story its README tells: regenerated into a temp folder,
 * the committed set has the same files with the same cell values; validation finds the errors of the error file
 * (and none elsewhere); the CLI merges the folder, prints the roster and writes the summary.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FILINGS, HAND_MADE, makeExamples, MISSING_UNIT } from '../../scripts/make-examples';
import type { GridBook } from '../../src/core/sheet/grid';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { validateBook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const ERROR_FILE = '区卫健局-2026年第三季度进展情况表.xlsx';

function workbooks(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
}

function read(dir: string, file: string): GridBook {
  return readWorkbook(new Uint8Array(fs.readFileSync(path.join(dir, file))), file);
}

/** Sheet names and every cell's value, row by row (trailing empties dropped), for comparing two books. */
function valuesOf(book: GridBook): { name: string; rows: unknown[][] }[] {
  return book.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => {
      const vals = r.map((c) => c?.value ?? null);
      while (vals.length && vals[vals.length - 1] === null) vals.pop();
      return vals;
    }),
  }));
}

let tmp: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
  await makeExamples(path.join(tmp, 'fresh'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('examples/ is in step with scripts/make-examples.ts', () => {
  test('regenerating gives the same file names', () => {
    expect(workbooks(EXAMPLES)).toEqual(workbooks(path.join(tmp, 'fresh')));
    expect(workbooks(EXAMPLES)).toHaveLength(FILINGS.length + 1);
  });

  test('regenerating gives the same cell values in every file (run `npm run examples` when this fails)', () => {
    for (const f of workbooks(EXAMPLES)) {
      expect({ file: f, sheets: valuesOf(read(EXAMPLES, f)) }).toEqual({ file: f, sheets: valuesOf(read(path.join(tmp, 'fresh'), f)) });
    }
  });

  test('regenerating gives the same README.md', () => {
    expect(fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'fresh', 'README.md'), 'utf8'));
  });

  test('regenerating twice gives the same bytes (no clock in the output)', async () => {
    await makeExamples(path.join(tmp, 'again'));
    for (const f of workbooks(EXAMPLES)) {
      expect(Buffer.compare(fs.readFileSync(path.join(tmp, 'fresh', f)), fs.readFileSync(path.join(tmp, 'again', f)))).toBe(0);
    }
  });

  test('the files are commit-sized (under 40 KB each)', () => {
    for (const f of workbooks(EXAMPLES)) expect({ f, small: fs.statSync(path.join(EXAMPLES, f)).size < 40_000 }).toEqual({ f, small: true });
  });
});

describe('the example set validates as its README says', () => {
  test('the error file has its four errors at their cells', () => {
    const { report, findings } = validateBook(read(EXAMPLES, ERROR_FILE), LINZI_2026);
    expect(report.identity.unit).toBe('区卫健局');
    const errors = findings.filter((f) => f.severity === 'error').map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'deadline-unreadable', sheet: '进展情况表', cell: 'E5' },
        { code: 'progress-empty', sheet: '进展情况表', cell: 'D8' },
        { code: 'deadline-empty', sheet: '进展情况表', cell: 'E8' },
        { code: 'indicator-rate-over-100', sheet: '指标完成情况', cell: 'I8' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  test('every other file has no error and names its unit and quarter 3', () => {
    for (const f of workbooks(EXAMPLES).filter((x) => x !== ERROR_FILE)) {
      const { report, findings } = validateBook(read(EXAMPLES, f), LINZI_2026);
      const errors = findings.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.cell}`);
      expect({ f, unit: report.identity.unit !== undefined, quarter: report.identity.quarter, errors }).toEqual({ f, unit: true, quarter: 3, errors: [] });
    }
  });

  test('the hand-made file is recognised without metadata and gets one warning for its missing indicator sheet', () => {
    const { report, findings } = validateBook(read(EXAMPLES, HAND_MADE.file), LINZI_2026);
    expect(report.identity.unit).toBe(HAND_MADE.unit);
    expect(report.sheet).toBe(HAND_MADE.sheetName);
    expect(findings.map((f) => f.code)).toEqual(['indicator-sheet-missing']);
  });

  test('warnings are only the documented ones: 区卫健局 behind pace; 区妇联 first file behind pace; 医保分局 six blank shared figures', () => {
    const warnings = workbooks(EXAMPLES).flatMap((f) =>
      validateBook(read(EXAMPLES, f), LINZI_2026)
        .findings.filter((x) => x.severity === 'warning' && x.code !== 'indicator-sheet-missing')
        .map((x) => `${f.split(/[-2]/)[0]} ${x.code} ${x.cell}`),
    );
    expect(warnings.sort()).toEqual(
      [
        '临淄医保分局 indicator-empty H4',
        '临淄医保分局 indicator-empty H5',
        '临淄医保分局 indicator-empty H6',
        '临淄医保分局 indicator-empty I4',
        '临淄医保分局 indicator-empty I5',
        '临淄医保分局 indicator-empty I6',
        '区卫健局 indicator-behind-pace I4',
        '区妇联 indicator-behind-pace I14',
      ].sort(),
    );
  });
});

describe('npx progress-table merge examples', () => {
  test('exits 0, prints the roster and writes the summary', () => {
    const out = path.join(tmp, '汇总.xlsx');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'progress-table.js'), 'merge', 'examples', '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const text = run.stdout;
    expect(text).toContain('应报15个单位，已报送14个（其中有错误1个），未报送1个');
    expect(text).toMatch(new RegExp(`${MISSING_UNIT}\\s+未报送`));
    expect(text).toMatch(/区妇联\s+已报送（重复报送）\s+区妇联-2026年第三季度进展情况表\(更正\)\.xlsx/);
    expect(text).toMatch(/区卫健局\s+已报送（有错误）/);
    expect(text).toMatch(new RegExp(`${HAND_MADE.unit}\\s+已报送\\s+${HAND_MADE.file.replace('.', '\\.')}`));
    expect(text).toContain(`催报提示：请以下单位尽快报送2026年第三季度工作进展情况表：${MISSING_UNIT}。`);

    const summary = readWorkbook(new Uint8Array(fs.readFileSync(out)), '汇总.xlsx');
    const names = summary.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['汇总表', '报送情况']));
    const all = JSON.stringify(summary.sheets.map((s) => s.rows.map((r) => r.map((c) => c?.value ?? null))));
    expect(all).toContain('1—9月，共开展“两癌”免费检查1.42万人');
    expect(all).toContain('资助困境女童68名'); // from 区妇联's corrected file
    expect(all).toContain('为符合条件的14名孤儿发放'); // from the hand-made file
  });
});
