import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import JSZip from 'jszip';
import { registerParseNotice } from '../../src/cli/parse-notice';
import { findingLine, readNoticeText } from '../../src/cli/parse-notice-run';
import { loadSpecFile } from '../../src/cli/spec-file';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { parseNotice } from '../../src/core/spec/parse-notice';
import { cliRunner } from '../helpers/cli';
import { docxWithTable } from '../helpers/notice-docx';

const SEED = path.join(__dirname, '../../data/2026-linzi-notice.txt');

/** Run `parse-notice args…` on a fresh program; the exit code and what was printed. */
const run = cliRunner('parse-notice', registerParseNotice);

/** A minimal .docx whose body has one paragraph per line of `text`. */
async function docx(text: string): Promise<Buffer> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-notice-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the seed notice prints the spec JSON to stdout and a summary to stderr', async () => {
  const { code, out, err } = await run([SEED]);
  expect(code).toBe(0);
  expect(JSON.parse(out)).toEqual(parseNotice(fs.readFileSync(SEED, 'utf8')).spec);
  expect(err).toBe('请先核对：\n  第9项指标9.5“约190名”是约数：请确认按190名统计。\n已读出 10 项实事，15 个责任单位，31 个指标；1 处需要核对\n');
});

test('-o writes the spec file, which --spec then loads', async () => {
  const { code, out, err } = await run([SEED, '-o', at('spec.json')]);
  expect({ code, out }).toEqual({ code: 0, out: '' });
  expect(err).toBe(`请先核对：\n  第9项指标9.5“约190名”是约数：请确认按190名统计。\n已写入 ${at('spec.json')}（10 项实事，15 个责任单位，31 个指标；1 处需要核对）\n`);
  const spec = await loadSpecFile(at('spec.json'));
  expect(spec.items.map((i) => i.units)).toEqual(LINZI_2026.items.map((i) => i.units));
});

test('what needs review comes first, then the findings in Chinese with their line; an item without units gets none invented', async () => {
  fs.writeFileSync(at('small.txt'), '2030年民生实事清单\n一、托育服务。新增托位不少于20，覆盖全区。\n二、文化惠民。开展送戏下乡30场。（责任单位：区文旅局）\n');
  const { code, out, err } = await run([at('small.txt')]);
  expect(code).toBe(0);
  expect(err.startsWith('请先核对：\n  第1项“托育服务”没有责任单位：请填写责任单位（否则不会向任何单位催报此项）。\n提示：')).toBe(true);
  expect(err).toContain('提示：第2行：“不少于20”有比较词和数字但没有可识别的计量单位，未作为指标读取，请核对。\n');
  expect(err).not.toContain('未列责任单位');
  expect(JSON.parse(out).items[0].units).toEqual([]);
});

test('a notice without a year exits 2 and asks for --year; with --year the spec is written with that year', async () => {
  fs.writeFileSync(at('no-year.txt'), '民生实事清单\n一、托育服务。新增托位200个。（责任单位：区卫健局）\n二、文化惠民。开展送戏下乡30场。（责任单位：区文旅局）\n');
  const without = await run([at('no-year.txt')]);
  expect({ code: without.code, out: without.out }).toEqual({ code: 2, out: '' });
  expect(without.err).toContain('请先核对：\n  通知中没有找到计划年度：请填写年度（完成时限按它检查）。\n');
  expect(without.err).toContain(`错误：文件 ${at('no-year.txt')} 中没有找到计划年度，未生成模板定义。请用 --year 给出年度`);
  const withYear = await run([at('no-year.txt'), '--year', '2027', '-o', at('no-year.json')]);
  expect(withYear.code).toBe(0);
  expect((await loadSpecFile(at('no-year.json'))).year).toBe(2027);
  expect(await run([at('no-year.txt'), '--year', '27'])).toEqual({ code: 2, out: '', err: '错误：--year 应为 2000 到 2100 之间的四位年份，而不是“27”\n' });
});

test('a missing file exits 2 with a Chinese message', async () => {
  expect(await run([at('nope.txt')])).toEqual({ code: 2, out: '', err: `错误：找不到文件 ${at('nope.txt')}\n` });
});

test('a broken .docx exits 2', async () => {
  fs.writeFileSync(at('broken.docx'), 'not a zip');
  expect(await run([at('broken.docx')])).toEqual({ code: 2, out: '', err: `错误：文件 ${at('broken.docx')} 不是可读取的 Word（.docx）文档\n` });
});

test('a text without numbered items exits 2', async () => {
  fs.writeFileSync(at('prose.txt'), '这是一段没有编号条目的文字。');
  const { code, out, err } = await run([at('prose.txt')]);
  expect({ code, out }).toEqual({ code: 2, out: '' });
  expect(err).toContain(`错误：文件 ${at('prose.txt')} 中没有找到编号的实事条目，未生成模板定义。\n`);
});

test('a .docx notice of paragraphs gives one line per paragraph and the same items', async () => {
  fs.writeFileSync(at('notice.docx'), await docx(fs.readFileSync(SEED, 'utf8')));
  const text = await readNoticeText(at('notice.docx'));
  const { spec } = parseNotice(text);
  expect(spec.items.map((i) => [i.name, i.units, i.targets.map((t) => t.value)])).toEqual(
    LINZI_2026.items.map((i) => [i.name, i.units, i.targets.map((t) => t.value)]),
  );
});

test('GBK and UTF-16 text files are decoded', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、促进就业。', 'utf16le')]);
  fs.writeFileSync(at('u16.txt'), utf16);
  expect(await readNoticeText(at('u16.txt'))).toBe('一、促进就业。');
  // "一、就业" in GBK.
  fs.writeFileSync(at('gbk.txt'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xbe, 0xcd, 0xd2, 0xb5]));
  expect(await readNoticeText(at('gbk.txt'))).toBe('一、就业');
});

test('findingLine puts the line first when known', () => {
  expect(findingLine({ code: 'date-not-found', message: '未找到成文日期。' })).toBe('提示：未找到成文日期。');
  expect(findingLine({ code: 'item-no-units', message: 'x', line: 3 })).toBe('提示：第3行：x');
});

test('loadSpecFile without a path is the embedded spec; a bad file rejects listing problems', async () => {
  expect(await loadSpecFile()).toBe(LINZI_2026);
  fs.writeFileSync(at('bad-spec.json'), JSON.stringify({ ...LINZI_2026, year: 'x' }));
  await expect(loadSpecFile(at('bad-spec.json'))).rejects.toThrow('年度应为数字');
});

test('a .docx whose list is a Word table is read as a table: one item per row, a cell of two units gives both', async () => {
  fs.writeFileSync(at('table.docx'), await docxWithTable('2036年全区民生实事项目', [
    ['序号', '项目名称', '目标任务', '责任单位'],
    ['1', '农贸市场改造', '改造农贸市场6个', '区商务局\n区市场监管局'],
    ['2', '学生午餐', '为中小学生提供午餐服务1.5万人', '区教体局'],
  ]));
  const text = await readNoticeText(at('table.docx'));
  expect(text).toBe('2036年全区民生实事项目\n序号\t项目名称\t目标任务\t责任单位\n1\t农贸市场改造\t改造农贸市场6个\t区商务局\u2028区市场监管局\n2\t学生午餐\t为中小学生提供午餐服务1.5万人\t区教体局');
  const { spec } = parseNotice(text);
  expect(spec.items.map((i) => [i.name, i.units, i.targets.map((t) => [t.value, t.measure])])).toEqual([
    ['农贸市场改造', ['区商务局', '区市场监管局'], [[6, '个']]],
    ['学生午餐', ['区教体局'], [[15000, '人']]],
  ]);
});

/** The real command in a child process (pdf.js is an ES module, which Jest's module system cannot load). */
function runBin(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(__dirname, '../../bin/progress-table.js'), ...args], { timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: String(stdout), err: String(stderr) });
    });
  });
}

const PDF_FIXTURES = path.join(__dirname, '../fixtures/notices');

test('a text PDF (a table printed by LibreOffice Calc) is read through pdf.js: columns by position, the year from the document number', async () => {
  const { code, out, err } = await runBin(['parse-notice', path.join(PDF_FIXTURES, 'table-calc.pdf')]);
  expect(code).toBe(0);
  const spec = JSON.parse(out);
  expect([spec.year, spec.issuer, spec.items.map((i: { name: string; units: string[]; targets: { value: number; measure: string }[] }) => [i.name, i.units, i.targets.map((t) => [t.value, t.measure])])]).toEqual([
    2033,
    '南湖区人民政府办公室',
    [
      ['社区医院建设', ['区卫健局', '区发改局'], [[4, '所']]],
      ['口袋公园', ['区住建局'], [[25, '个']]],
      ['公共充电桩', ['区发改局'], [[600, '个']]],
    ],
  ]);
  expect(err).toMatch(/已读出 3 项实事，3 个责任单位，3 个指标\n$/u);
});

test('a scanned PDF (no text layer) exits 2 with a clear message; a broken PDF too', async () => {
  const scanned = path.join(PDF_FIXTURES, 'scanned.pdf');
  expect(await runBin(['parse-notice', scanned])).toEqual({ code: 2, out: '', err: `错误：文件 ${scanned} 没有文字层（可能是扫描件），读不出文字。请换用文字版 PDF、Word 文件或 .txt\n` });
  fs.writeFileSync(at('broken.pdf'), 'not a pdf at all');
  expect(await runBin(['parse-notice', at('broken.pdf')])).toEqual({ code: 2, out: '', err: `错误：文件 ${at('broken.pdf')} 不是可读取的 PDF 文档（可能已损坏或有密码）\n` });
});

test('the seed notice as a .docx whose attachment is a Word table parses to the same spec as its text', async () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  const body = seed.slice(0, seed.indexOf('\t序号')).trimEnd();
  const rows = [['序号', '实事名称', '责任单位', '本季度具体措施\n及任务进度情况', '完成时限'], ...LINZI_2026.items.map((i) => [String(i.number), i.name, i.units.join('\n'), '', ''])];
  fs.writeFileSync(at('seed-table.docx'), await docxWithTable(body, rows));
  const { spec, findings } = parseNotice(await readNoticeText(at('seed-table.docx')));
  expect({ spec, findings }).toEqual(parseNotice(seed));
});
