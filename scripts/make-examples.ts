/**
 * `npm run examples` — writes `examples/`: a realistic 第三季度 (quarter 3) set of the 2026 list, as the
 * coordinator (区妇联) would receive it, made from the template so it stays in step with the layout:
 *
 * - one file per responsible unit, filled the way people fill them: long texts with figures, 一是…二是…, line
 *   breaks, 完成时限 as date cells and as text (2026年12月底, 2026.12, 12月31日前, 年底, 长期坚持), indicator figures;
 * - 区民政局 retyped the table by hand (two-row title, an extra blank row, a 备注 column, another sheet name, no
 *   indicator sheet), written with ExcelJS directly;
 * - 区卫健局's file has errors (a row of its own left empty, an unreadable 完成时限, a rate over 100%);
 * - 区科协 sent nothing;
 * - 区妇联 sent a corrected second file with a later 填报日期.
 *
 * What each unit wrote is data, in `examples-2026-q3.json` beside this script; core/layout/template-fill
 * `filledTemplatePlan` writes it into the template (cells found by their content, never by fixed positions).
 * Output is deterministic: no clock is read; the zip entries and the document properties carry `FIXED_TIME`, so
 * re-running gives the same bytes with the same ExcelJS/JSZip versions.
 *
 * Usage: `tsx scripts/make-examples.ts [OUTPUT_DIR]` (default `examples/` beside this folder).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TEMPLATE_SHEET_NAMES } from '../src/core/layout';
import { filledTemplatePlan, type FillContent } from '../src/core/layout/template-fill';
import type { WorkbookPlan } from '../src/core/sheet/plan';
import { LINZI_2026 } from '../src/core/spec/linzi-2026';
import type { Quarter, TemplateSpec } from '../src/core/spec/schema';
import { writeWorkbook } from '../src/xlsx/write';
import EXAMPLE_DATA from './examples-2026-q3.json';

/** The time written into every file (document properties and zip entries): the day the set was made. */
export const FIXED_TIME = new Date(Date.UTC(2026, 9, 12, 8, 0, 0));

/** One file a unit sent, filled in the template made for it (what it wrote: `FillContent`). */
export interface Filing extends Required<Pick<FillContent, 'rows' | 'figures'>> {
  /** File name in examples/. */
  file: string;
  /** Spec unit id. */
  unit: string;
  /** 填报日期 as written after the label, e.g. "2026年10月9日". */
  filledOn: string;
  /** What README.md says about this file. */
  about: string;
}

/** A filing as the data file holds it: a corrected one names the file it repeats and gives only what changed. */
type FilingData = Omit<Filing, 'rows' | 'figures'> & Partial<Pick<Filing, 'rows' | 'figures'>> & { correcting?: string };

/** The data file's shape (scripts/examples-2026-q3.json). */
interface ExampleData {
  quarter: Quarter;
  filings: FilingData[];
  handMade: HandMade;
  missingUnit: string;
}

/** 区民政局's hand-made table: retyped from a copy of the attachment, with its own drift (no template, no metadata). */
export interface HandMade {
  file: string;
  unit: string;
  sheetName: string;
  unitLine: string;
  dateLine: string;
  itemNumber: number;
  text: string;
  deadline: string;
  note: string;
  about: string;
}

const DATA = EXAMPLE_DATA as unknown as ExampleData;

/** The quarter of the example set (第三季度: 1—9月 cumulative, 7—9月 this quarter). */
export const EXAMPLE_QUARTER: Quarter = DATA.quarter;

/** The files made from the template, one per filing (区民政局's hand-made file is `HAND_MADE`). */
export const FILINGS: Filing[] = DATA.filings.map(({ correcting, ...f }, _, all) => {
  const base = correcting === undefined ? undefined : all.find((b) => b.file === correcting);
  if (correcting !== undefined && !base) throw new Error(`${f.file} corrects ${correcting}, which is not in the set`);
  return { ...f, rows: { ...base?.rows, ...f.rows }, figures: { ...base?.figures, ...f.figures } };
});

/** 区民政局's hand-made table. */
export const HAND_MADE: HandMade = DATA.handMade;

/** 区科协 sent nothing this quarter (the roster lists it as 未报送). */
export const MISSING_UNIT: string = DATA.missingUnit;

/** The template plan for a filing's unit and the set's quarter, with its cells filled as the filing says. */
export function filledPlan(spec: TemplateSpec, filing: Filing): WorkbookPlan {
  return filledTemplatePlan(spec, filing.unit, EXAMPLE_QUARTER, filing);
}

/** The hand-made table of `HAND_MADE`, written with ExcelJS as a person would type it (no template, no metadata). */
export async function handMadeWorkbook(spec: TemplateSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mzj';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(HAND_MADE.sheetName);
  ws.columns = [{ width: 5 }, { width: 18 }, { width: 20 }, { width: 60 }, { width: 12 }, { width: 12 }];
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const titleFont: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = `${spec.year}年为全区妇女儿童办实事`;
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '工作进展情况表（第三季度）';
  for (const a of ['A1', 'A2']) {
    ws.getCell(a).font = titleFont;
    ws.getCell(a).alignment = { horizontal: 'center', vertical: 'middle' };
  }
  ws.mergeCells('A3:C3');
  ws.getCell('A3').value = HAND_MADE.unitLine;
  ws.getCell('D3').value = HAND_MADE.dateLine;
  // Row 4 stays blank: the extra blank row.
  const header = ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限', '备注'];
  const headerRow = ws.getRow(5);
  header.forEach((h, i) => {
    const c = headerRow.getCell(i + 1);
    c.value = h;
    c.font = { name: '黑体', size: 11 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
  });
  spec.items.forEach((item, k) => {
    const r = ws.getRow(6 + k);
    const mine = item.number === HAND_MADE.itemNumber;
    const values: (string | number | null)[] = [
      item.number,
      item.name,
      item.units.join('、'),
      mine ? HAND_MADE.text : null,
      mine ? HAND_MADE.deadline : null,
      mine ? HAND_MADE.note : null,
    ];
    values.forEach((v, i) => {
      const c = r.getCell(i + 1);
      c.value = v;
      c.font = { name: '仿宋', size: 12 };
      c.alignment = { vertical: 'middle', wrapText: true, ...(i === 1 || i === 3 ? {} : { horizontal: 'center' as const }) };
      c.border = border;
    });
    r.height = mine ? 110 : 36;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Make the bytes deterministic: every zip entry dated `FIXED_TIME`, the document's created/modified set to it.
 * The cell contents are untouched.
 */
export async function stableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const iso = FIXED_TIME.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${iso}$3`,
    );
    zip.file('docProps/core.xml', xml);
  }
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of names) {
    out.file(name, await zip.files[name].async('uint8array'), { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The README of the example set. */
export function readmeText(): string {
  const lines: string[] = [
    '# 示例：2026年第三季度各单位报送的进展情况表',
    '',
    '这些文件由 `npm run examples`（`scripts/make-examples.ts`）根据内置的 2026 年清单和模板生成，内容为虚构，',
    '但按各单位实际填报的习惯书写：长段文字、数字、换行，完成时限有日期单元格也有各种文字写法，指标表填了数字。',
    '模板改动后重新运行 `npm run examples` 即可保持同步（`test/examples/examples.test.ts` 会检查）。',
    '',
    '汇总这一组文件（不需要 Excel）：',
    '',
    '```sh',
    'npx progress-table merge examples -o 汇总.xlsx',
    '```',
    '',
    '将打印报送情况：15 个单位中 14 个已报送，区科协未报送；区妇联重复报送（以更正文件为准）；区卫健局的文件有错误。',
    '单独校验有错误的文件：',
    '',
    '```sh',
    'npx progress-table validate examples/区卫健局-2026年第三季度进展情况表.xlsx',
    '```',
    '',
    '| 文件 | 单位 | 说明 |',
    '| --- | --- | --- |',
  ];
  const rows = [
    ...FILINGS.map((f) => ({ file: f.file, unit: f.unit, about: `填报日期 ${f.filledOn}。${f.about}` })),
    { file: HAND_MADE.file, unit: HAND_MADE.unit, about: `${HAND_MADE.dateLine.replace('：', ' ')}。${HAND_MADE.about}` },
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const r of rows) lines.push(`| ${r.file} | ${r.unit} | ${r.about} |`);
  lines.push(`| （无） | ${MISSING_UNIT} | 未报送：汇总时列为“未报送”，并生成催报提示。 |`, '');
  return lines.join('\n');
}

/** Write the whole set into `dir` (made when absent). Returns the workbook file names written, sorted. */
export async function makeExamples(dir: string, spec: TemplateSpec = LINZI_2026): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const filing of FILINGS) {
    const bytes = await stableBytes(await writeWorkbook(filledPlan(spec, filing)));
    fs.writeFileSync(path.join(dir, filing.file), bytes);
    written.push(filing.file);
  }
  fs.writeFileSync(path.join(dir, HAND_MADE.file), await stableBytes(await handMadeWorkbook(spec)));
  written.push(HAND_MADE.file);
  fs.writeFileSync(path.join(dir, 'README.md'), readmeText());
  return written.sort();
}

/** The sheet names the template files carry (for README and tests). */
export const EXAMPLE_SHEETS = TEMPLATE_SHEET_NAMES;

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'examples');
  makeExamples(dir).then(
    (files) => process.stdout.write(`已生成 ${files.length} 个示例文件和 README.md：${dir}\n`),
    (err: unknown) => {
      process.stderr.write(`生成示例失败：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
