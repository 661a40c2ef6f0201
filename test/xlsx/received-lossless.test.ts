import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeBooks, type Summary } from '../../src/core/merge';
import { summaryWorkbookPlan } from '../../src/core/layout/summary';
import { SUMMARY_SHEET_NAMES } from '../../src/core/layout/summary-styles';
import type { Grid } from '../../src/core/sheet/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { LINZI_2026 } from '../helpers/fixtures';
import { addParts, bookInput, docxOf, editXlsx, handXlsx, officialRows, textOf, titleFor, type Typed } from '../helpers/received';

/**
 * Issue 10, the lossless test: merge the examples plus one file of each shape the issue names (each replacing that
 * unit's example, so every unit has one submission), write the summary workbook, read it back, and check that every
 * non-empty progress text of every merged input appears verbatim in the 汇总表 sheet, in both layouts, and that the
 * roster is right (who sent, who sent an unreadable file, who is missing).
 */

const spec = LINZI_2026;
const Q3 = titleFor('第三季度');
const EXAMPLES = path.join(__dirname, '../../examples');

/** The example of each unit replaced by a hand-made file below. */
const REPLACED = ['区卫健局', '区妇联', '区教体局', '区文旅局', '区人社局', '区民政局', '团区委', '区残联', '区总工会', '区委宣传部'];

async function received() {
  const examples = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  const bytesOf = (f: string) => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, f)));
  const kept = examples.filter((f) => !REPLACED.some((u) => f.includes(u.replace(/^区/, ''))));
  const inputs = kept.map((f) => bookInput(bytesOf(f), f, '2026-10-10T08:00:00Z'));

  // Per-unit layout (序号 / 实事名称 merged over the units' sub-rows).
  const perUnit: Typed[][] = [];
  const merges: string[] = [];
  for (const item of spec.items) {
    const top = 4 + perUnit.length;
    item.units.forEach((u, k) => perUnit.push([k ? null : item.number, k ? null : item.name, u, u === '区卫健局' ? textOf(u, item.number) : null, u === '区卫健局' ? '长期坚持' : null]));
    if (item.units.length > 1) merges.push(`A${top}:A${top + item.units.length - 1}`, `B${top}:B${top + item.units.length - 1}`);
  }
  inputs.push(bookInput(await handXlsx([{ name: '进展', title: Q3, unitLine: '填报单位：区卫健局', rows: perUnit, merges }]), '区卫健局-按单位分行.xlsx'));

  // A progress cell merged over items 1 and 2.
  const fl = officialRows('区妇联');
  fl[0][3] = textOf('区妇联', 1, '（第1、2项合并填写）');
  fl[1][3] = null;
  inputs.push(bookInput(await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区妇联', rows: fl, merges: ['D4:D5'] }]), '区妇联-第三季度.xlsx'));

  // 完成时限 merged down the unit's rows 3 and 4; a date cell for item 5.
  const jt = officialRows('区教体局', null);
  jt[2][4] = '2026年12月底';
  jt[4][4] = 46387;
  jt[5][4] = '长期坚持';
  inputs.push(
    bookInput(await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区教体局', rows: jt, merges: ['E6:E7'], formats: { E8: 'yyyy"年"m"月"d"日"' } }]), '区教体局-第三季度.xlsx'),
  );

  // A value hidden under a merge (E9:E10, item 6's deadline over item 7's row).
  const wl = await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区文旅局', rows: officialRows('区文旅局'), merges: ['E9:E10'] }]);
  inputs.push(bookInput(await editXlsx(wl, { 'xl/worksheets/sheet1.xml': (x) => x.replace('<c r="E10"/>', '<c r="E10" t="inlineStr"><is><t>旧稿</t></is></c>') }), '区文旅局.xlsx'));

  // Last quarter's sheet kept before this quarter's.
  const q2 = officialRows('区人社局').map((r) => (typeof r[3] === 'string' ? [...r.slice(0, 3), `${r[3]}（二季度）`, r[4]] : r));
  inputs.push(
    bookInput(
      await handXlsx([
        { name: '二季度', title: titleFor('第二季度'), unitLine: '填报单位：区人社局', rows: q2 },
        { name: '三季度', title: Q3, unitLine: '填报单位：区人社局', rows: officialRows('区人社局') },
      ]),
      '区人社局进展情况.xlsx',
    ),
  );

  // An identical copy of an example.
  const jcy = examples.find((f) => f.includes('检察院')) as string;
  inputs.push(bookInput(bytesOf(jcy), jcy.replace('.xlsx', '(1).xlsx'), '2026-10-11T08:00:00Z'));

  // Texts long enough to pass Excel's 409-point row height.
  const mz = officialRows('区民政局');
  mz[9][3] = Array.from({ length: 40 }, (_, k) => `${k + 1}.区民政局开展困难儿童关爱帮扶第${k + 1}轮走访，建立台账、落实救助、链接资源。`).join('\n');
  inputs.push(bookInput(await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区民政局', rows: mz }]), '区民政局-第三季度.xlsx'));

  // A large photo on a sheet.
  const xcb = examples.find((f) => f.includes('宣传部')) as string;
  inputs.push(bookInput(await addParts(bytesOf(xcb), { 'xl/media/image1.jpeg': new Uint8Array(21 * 1024 * 1024).fill(7, 0, 4) }), xcb));

  // Files that cannot be read: a Word document renamed .xlsx, a PDF, a workbook cut short.
  inputs.push(bookInput(await docxOf([Q3, '填报单位：团区委']), '团区委-第三季度进展情况表.xlsx'));
  inputs.push(bookInput(new TextEncoder().encode('%PDF-1.7\n'), '区残联-第三季度.pdf'));
  const zgh = await addParts(await handXlsx([{ name: '表', title: Q3, unitLine: '填报单位：区总工会', rows: officialRows('区总工会') }]), {});
  inputs.push(bookInput(zgh.slice(0, Math.floor(zgh.length * 0.9)), '第三季度进展情况表.xlsx'));
  return inputs;
}

/** Per item number, the progress column's cells of its rows in the 汇总表 read back, （续） stripped from continuations. */
function itemTexts(grid: Grid): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let current: number | undefined;
  for (let r = 3; r < grid.rows.length; r++) {
    const number = grid.rows[r]?.[0]?.value;
    if (typeof number === 'number') current = number;
    const text = grid.rows[r]?.[3]?.value;
    if (current === undefined || typeof text !== 'string') continue;
    out.set(current, [...(out.get(current) ?? []), text.startsWith('（续）') ? text.slice(3) : text]);
  }
  return out;
}

/** Non-empty progress texts read from the merged inputs (11 units' own rows; 区妇联's merged cell counts for items 1 and 2). */
const EXPECTED_TEXTS = 22;

let inputsP: ReturnType<typeof received> | undefined;

describe.each(['official', 'per-unit'] as const)('examples plus each received shape, %s layout', (layout) => {
  let summary: Summary;
  let inputs: Awaited<ReturnType<typeof received>>;
  let merged: ReturnType<typeof mergeBooks>['inputs'];
  let back: Grid;

  beforeAll(async () => {
    inputsP ??= received();
    inputs = await inputsP;
    const out = mergeBooks(inputs, spec, { layout });
    summary = out.summary;
    merged = out.inputs;
    const book = readWorkbook(await writeWorkbook(summaryWorkbookPlan(summary, spec)), '汇总.xlsx');
    back = book.sheets.find((s) => s.name === SUMMARY_SHEET_NAMES.summary) as Grid;
  }, 60_000);

  test('every non-empty progress text of every merged input appears verbatim in the summary read back', () => {
    const texts = itemTexts(back);
    const mergedFiles = new Set(summary.roster.files.filter((f) => f.status === 'merged').map((f) => f.file));
    let checked = 0;
    for (const input of merged) {
      if (!mergedFiles.has(input.file)) continue;
      for (const row of input.report?.rows ?? []) {
        if (row.itemNumber === undefined || row.progressText.text === '') continue;
        const parts = texts.get(row.itemNumber) ?? [];
        const whole = [parts.join('\n'), parts.join('')];
        if (!whole.some((w) => w.includes(row.progressText.text))) throw new Error(`${input.file} ${row.progressText.cell}: text not in the summary`);
        checked++;
      }
    }
    expect(checked).toBe(EXPECTED_TEXTS);
    for (const [, parts] of texts) for (const p of parts) expect(p.startsWith('=')).toBe(false);
  });

  test('the roster is right', () => {
    const status = Object.fromEntries(summary.roster.units.map((u) => [u.unit, u.status]));
    expect(status).toEqual({
      区人社局: 'submitted',
      区妇联: 'submitted',
      区商务局: 'submitted',
      区卫健局: 'submitted',
      区教体局: 'submitted',
      区委宣传部: 'submitted',
      区文旅局: 'submitted',
      区科协: 'missing',
      区检察院: 'submitted',
      区总工会: 'unreadable',
      团区委: 'unreadable',
      临淄公安分局: 'submitted',
      区残联: 'unreadable',
      区民政局: 'submitted',
      临淄医保分局: 'submitted',
    });
    expect(summary.roster.units.filter((u) => u.duplicate).map((u) => u.unit)).toEqual([]);
    expect([summary.roster.missing, summary.roster.unreadable]).toEqual([['区科协'], ['区总工会', '团区委', '区残联']]);
    expect(summary.roster.reminder).toBe('请以下单位尽快报送2026年第三季度工作进展情况表：区科协。');
    expect(summary.quarter).toBe(3);
    expect(summary.totals).toMatchObject({ units: 15, submitted: 14, unreadable: 3, missing: 1 });
  });
});
