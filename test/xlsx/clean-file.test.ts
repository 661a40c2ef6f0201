import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { MARKS_STORE_SHEET } from '../../src/core/marks/clean';
import { MARK_PREFIX } from '../../src/core/marks/note';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { RESULTS_SHEET } from '../../src/core/marks/results-sheet';
import { validateBook } from '../../src/core/validate';
import { annotateWorkbook, cleanWorkbook } from '../../src/xlsx/annotate';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { DEFECTS, filledBook, LINZI_2026, planFromBook } from '../helpers/fixtures';
import { convert, describeWithLibreOffice, pdfPages, pdfPageText } from '../helpers/libreoffice';

/**
 * Issue 12: the department's two downloads. The annotated copy (标注副本，供修改) and the clean file (清除标记后的文件，
 * 可报送): every fill, note and sheet the add-in added removed, nothing else; a marked file checked again loses its old
 * marks. Read back with ExcelJS, SheetJS and LibreOffice headless.
 */

const PROGRESS = '进展情况表';
const USER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
const USER_FILL_2: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * 区卫健局's table with a placeholder at D8 (error) and a bad figure (indicator sheet), and the person's own marks:
 * a green fill on D8 (the cell we mark), a yellow fill on D4 and a comment on B5 (cells we do not mark).
 */
async function personsFile(): Promise<Uint8Array> {
  const book = structuredClone(filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' }));
  for (const code of ['progress-placeholder', 'indicator-not-number']) DEFECTS.find((d) => d.code === code)?.break(book);
  const wb = await open(await writeWorkbook(planFromBook(book)));
  const ws = wb.getWorksheet(PROGRESS)!;
  ws.getCell('D8').style = { ...ws.getCell('D8').style, fill: USER_FILL };
  ws.getCell('D4').style = { ...ws.getCell('D4').style, fill: USER_FILL_2 };
  ws.getCell('B5').note = '填报人：此项与区妇联共同负责';
  return bytesOf(wb);
}

function findingsOf(bytes: Uint8Array) {
  return validateBook(readWorkbook(bytes, 't.xlsx'), LINZI_2026, { quarter: 3 }).findings;
}

const markArgb = new Set(Object.values(MARK_FILLS).map((c) => `FF${c.slice(1)}`));

/** Every cell of every sheet with a mark fill or a note of ours, as "sheet!A1". */
function oursLeft(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
        if ((argb && markArgb.has(argb)) || note.includes(MARK_PREFIX)) out.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return out;
}

describe('the clean file and re-checking a marked file', () => {
  let original: Uint8Array;
  let annotated: Uint8Array;
  let clean: Uint8Array;

  beforeAll(async () => {
    original = await personsFile();
    annotated = await annotateWorkbook(original, findingsOf(original));
    clean = await cleanWorkbook(annotated);
  });

  test('the annotated copy has our marks, the store and 校验结果 (so the test below means something)', async () => {
    const wb = await open(annotated);
    expect(oursLeft(wb)).toContain(`${PROGRESS}!D8`);
    const states = Object.fromEntries(wb.worksheets.map((w) => [w.name, w.state]));
    expect(states).toMatchObject({ [PROGRESS]: 'visible', [MARKS_STORE_SHEET]: 'veryHidden', [RESULTS_SHEET]: 'visible' });
  });

  test('ExcelJS: no fill, note or sheet of ours is left; the person’s fills and comment are as they were', async () => {
    const before = await open(original);
    const wb = await open(clean);
    expect(oursLeft(wb)).toEqual([]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    const ws = wb.getWorksheet(PROGRESS)!;
    expect(ws.getCell('D8').fill).toEqual(USER_FILL);
    expect(ws.getCell('D4').fill).toEqual(USER_FILL_2);
    expect(ws.getCell('B5').note).toBe('填报人：此项与区妇联共同负责');
    // Every value and every other fill as in the original.
    for (const b of before.worksheets) {
      const a = wb.getWorksheet(b.name)!;
      b.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          expect([b.name, cell.address, a.getCell(r, c).value]).toEqual([b.name, cell.address, cell.value]);
          expect([b.name, cell.address, a.getCell(r, c).fill ?? null]).toEqual([b.name, cell.address, cell.fill ?? null]);
        }),
      );
    }
  });

  test('SheetJS: the same sheets as the original, no comment of ours', () => {
    const wb = XLSX.read(clean, { type: 'array', cellStyles: true });
    const first = XLSX.read(original, { type: 'array' });
    expect(wb.SheetNames).toEqual(first.SheetNames);
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name];
      for (const [addr, cell] of Object.entries(ws)) {
        if (addr.startsWith('!')) continue;
        const comments = ((cell as XLSX.CellObject).c ?? []).map((c) => c.t ?? '').join('');
        expect([name, addr, comments.includes(MARK_PREFIX)]).toEqual([name, addr, false]);
      }
    }
    expect(((wb.Sheets[PROGRESS].B5 as XLSX.CellObject).c ?? []).map((c) => c.t).join('')).toContain('填报人：此项与区妇联共同负责');
  });

  test('checking a marked file again removes its old marks: a fixed cell loses fill and note, one 校验结果', async () => {
    const wb = await open(annotated);
    wb.getWorksheet(PROGRESS)!.getCell('D8').value = '本季度开展“两癌”筛查宣传12场，完成检查4750人。';
    const fixed = await bytesOf(wb);
    const again = await open(await annotateWorkbook(fixed, findingsOf(fixed)));
    const ws = again.getWorksheet(PROGRESS)!;
    expect(ws.getCell('D8').fill).toEqual(USER_FILL);
    expect(ws.getCell('D8').note).toBeUndefined();
    expect(oursLeft(again).filter((a) => a.startsWith(PROGRESS))).toEqual([]);
    expect(again.worksheets.filter((w) => w.name.startsWith(RESULTS_SHEET)).map((w) => w.name)).toEqual([RESULTS_SHEET]);
  });

  test('an input ExcelJS cannot open holds no marks of ours and comes back unchanged', async () => {
    const xls = new Uint8Array(XLSX.write(XLSX.read(original, { type: 'array' }), { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(await cleanWorkbook(xls)).toBe(xls);
  });

  describeWithLibreOffice('LibreOffice headless', 'the cleaned file\'s LibreOffice checks', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-file-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('the clean file has no mark fill, no note of ours and only the original sheets; the person’s comment is there', async () => {
      fs.writeFileSync(path.join(dir, 'clean.xlsx'), clean);
      await convert(path.join(dir, 'clean.xlsx'), 'fods', dir);
      const xml = fs.readFileSync(path.join(dir, 'clean.fods'), 'utf8');
      for (const c of Object.values(MARK_FILLS)) expect(xml.toLowerCase()).not.toContain(`fo:background-color="${c.toLowerCase()}"`);
      expect(xml).not.toContain(MARK_PREFIX);
      expect(xml).toContain('填报人：此项与区妇联共同负责');
      const tables = [...xml.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1]);
      expect(tables).toEqual(XLSX.read(original, { type: 'array' }).SheetNames);
    }, 120000);

    test('校验结果 prints landscape, one page wide, with every column on the page', async () => {
      const wb = await open(annotated);
      for (const w of [...wb.worksheets]) if (w.name !== RESULTS_SHEET) wb.removeWorksheet(w.id);
      fs.writeFileSync(path.join(dir, 'results.xlsx'), await bytesOf(wb));
      await convert(path.join(dir, 'results.xlsx'), 'pdf', dir);
      const pdf = path.join(dir, 'results.pdf');
      const { count, sizes } = await pdfPages(pdf);
      expect(count).toBe(1);
      expect(sizes[0].width).toBeGreaterThan(sizes[0].height);
      const text = await pdfPageText(pdf, 1);
      for (const h of ['序号', '位置', '级别', '问题', '建议', '工作表', '代码']) expect(text).toContain(h);
      expect(text).toContain('第 1 页，共 1 页');
    }, 120000);
  });
});

test('a note on an empty cell (完成时限未填写 on the example with errors) is removed too, and its fill put back', async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', '区卫健局-2026年第三季度进展情况表.xlsx')));
  const { findings } = validateBook(readWorkbook(bytes, 'a.xlsx'), LINZI_2026, { quarter: 3 });
  const empty = findings.find((f) => f.code === 'deadline-empty')!;
  expect(empty).toBeDefined();
  const annotated = await annotateWorkbook(bytes, findings);
  const marked = new ExcelJS.Workbook();
  await marked.xlsx.load(Buffer.from(annotated) as unknown as ArrayBuffer);
  expect(String(marked.getWorksheet(empty.sheet!)!.getCell(empty.cell!).note ?? '')).toContain(MARK_PREFIX);
  const original = new ExcelJS.Workbook();
  await original.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cleaned = new ExcelJS.Workbook();
  await cleaned.xlsx.load(Buffer.from(await cleanWorkbook(annotated)) as unknown as ArrayBuffer);
  const cell = cleaned.getWorksheet(empty.sheet!)!.getCell(empty.cell!);
  expect(cell.note ?? null).toBeNull();
  expect(JSON.stringify(cell.fill ?? null)).toBe(JSON.stringify(original.getWorksheet(empty.sheet!)!.getCell(empty.cell!).fill ?? null));
});
