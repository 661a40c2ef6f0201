/**
 * The draft 调度通报 (issue 14): written from a merged Q3 and the ledger's Q2, read back as XML (styles, page setup,
 * footers) and as text (mammoth), and converted by LibreOffice to PDF (A4 portrait, the GB/T 9704 margins).
 * Every figure in it is the Summary's; the units' texts are quoted verbatim.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { mergeWithLedger, type LedgerMergeResult } from '../../src/core/ledger/merge';
import { dispatchReportPlan, dispatchTitle, NEXT_STEPS_PLACEHOLDER } from '../../src/core/report/dispatch';
import { likeWithLike } from '../helpers/ledger-expect';
import { figureText, percentText } from '../../src/core/report/numbers';
import { DOC_PAGE } from '../../src/core/report/plan';
import { writeDocx } from '../../src/docx/write';
import { convert, pdfPages, testWithLibreOffice } from '../helpers/libreoffice';
import { figureOf, quarterBooks, soleCumulative, spec } from '../core/ledger/fixtures';

const { target: fallTarget, unit: fallUnit } = soleCumulative();
const MM = 72 / 25.4;
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('调度通报 .docx', () => {
  let merged: LedgerMergeResult;
  let bytes: Uint8Array;
  let zip: JSZip;
  let text: string;
  beforeAll(async () => {
    const q2 = mergeWithLedger(quarterBooks(2), spec, undefined);
    const sent = spec.units.slice(0, 12).map((u) => u.id);
    const figures = (t: Parameters<typeof figureOf>[0], u: string, q: 1 | 2 | 3 | 4) => (t.id === fallTarget.id && u === fallUnit ? 1 : figureOf(t, u, q));
    merged = mergeWithLedger(quarterBooks(3, figures, sent), spec, q2.ledger);
    bytes = await writeDocx(dispatchReportPlan(merged.summary, spec, { ...(merged.previous ? { previous: merged.previous } : {}), date: '2026-10-12' }));
    zip = await JSZip.loadAsync(bytes);
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  });

  it('a unit\'s text in several lines keeps its line breaks as Word breaks, never a raw newline', async () => {
    const plan = { ...dispatchReportPlan(merged.summary, spec, { date: '2026-10-12' }) };
    plan.paragraphs = [...plan.paragraphs, { role: 'quote', runs: [{ text: '【区妇联】一是召开推进会。\n二是开展专项活动。\r\n三是入户走访。' }] }];
    const xml = await (await JSZip.loadAsync(await writeDocx(plan))).file('word/document.xml')!.async('string');
    const last = xml.slice(xml.lastIndexOf('【区妇联】一是'));
    expect(last.slice(0, last.indexOf('</w:p>'))).toMatch(/一是召开推进会。<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>二是开展专项活动。<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>三是入户走访。/);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('names the 公文 fonts and sizes in its styles', async () => {
    const styles = await zip.file('word/styles.xml')!.async('string');
    const style = (name: string) => new RegExp(`<w:style[^>]*w:styleId="pt-${name}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('title')).toContain('<w:sz w:val="44"/>');
    for (const role of ['body', 'quote', 'recipient', 'signature']) {
      expect(style(role)).toContain('w:eastAsia="仿宋_GB2312"');
      expect(style(role)).toContain('<w:sz w:val="32"/>');
    }
    expect(style('heading1')).toContain('w:eastAsia="黑体"');
    expect(style('heading2')).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('is A4 portrait with the GB/T 9704 margins, and footers "— N —" on odd (right) and even (left) pages', async () => {
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toMatch(new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}" w:orient="portrait"/>`));
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    expect(mar).toContain(`w:top="${twips(DOC_PAGE.topMm)}"`);
    expect(mar).toContain(`w:bottom="${twips(DOC_PAGE.bottomMm)}"`);
    expect(mar).toContain(`w:left="${twips(DOC_PAGE.leftMm)}"`);
    expect(mar).toContain(`w:right="${twips(DOC_PAGE.rightMm)}"`);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      const xml = await zip.file(f)!.async('string');
      expect(xml).toContain('PAGE');
      expect(xml).toContain('>— <');
      expect(xml).toContain('> —<');
    }
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:evenAndOddHeaders/>');
  });

  it('says the Summary\'s figures and nothing else: counts, every target, the change since Q2, behind pace, missing, returned', () => {
    const s = merged.summary;
    const t = s.totals;
    expect(text).toContain(dispatchTitle(spec, 3));
    expect(text).toContain(`本季度应报送单位${t.units}个，已报送${t.submitted}个，其中${t.withErrors}个单位报送的表有错误，未报送${t.missing}个。共收到文件${t.files}份，纳入汇总${t.merged}份。`);
    expect([t.units, t.submitted, t.withErrors, t.missing]).toEqual([15, 12, 1, 3]);
    // The overall line counts every target once: its parts add up to the whole.
    const count = (p: string) => s.targets.filter((x) => x.pace === p).length;
    const overall = /全部(\d+)项指标中，已完成(\d+)项，符合序时进度(\d+)项，滞后(\d+)项(?:，暂无计入汇总的数据(\d+)项)?(?:，不按进度统计的指标（标准类、上限类）(\d+)项)?。/.exec(text)!;
    expect(overall.slice(1).map((n) => Number(n ?? 0))).toEqual([s.targets.length, count('met'), count('on-track'), count('behind'), count('no-data'), count('not-applicable')]);
    expect(count('met') + count('on-track') + count('behind') + count('no-data') + count('not-applicable')).toBe(s.targets.length);
    let checked = 0;
    for (const target of s.targets) {
      expect(text).toContain(`${target.metric}：目标${target.text}；`);
      if (target.total === undefined || target.aggregate !== 'sum') continue;
      const before = merged.previous!.totals.find((x) => x.target === target.id)!.total;
      const line = `累计完成${figureText(target.total)}${target.measure}，完成率${percentText(target.completion!)}（序时进度${percentText(target.expected!)}）`;
      const inc = likeWithLike({ figures: target.perUnit.map((v) => ({ target: target.id, unit: v.unit, state: v.state, value: v.value, text: v.text, responsible: v.responsible })) }, merged.previous!, target.id);
      if (before !== undefined && inc) {
        const d = inc.value;
        const without = inc.without.length ? `（不含${inc.without.join('、')}：第二季度未计入）` : '';
        expect(text).toContain(d >= 0 ? `第二季度${figureText(before)}${target.measure}，本季度新增${figureText(d)}${target.measure}${without}` : `比第二季度减少${figureText(-d)}${target.measure}${without}`);
      }
      expect(text).toContain(line.replace(/，$/, ''));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    // Every number in the text is one of the Summary's, the ledger's Q2 totals and their differences, or one written in
    // the spec, the units' texts, the 退回 text or the date: nothing invented.
    const allowed = new Set<string>();
    const add = (v: number | undefined) => v !== undefined && allowed.add(figureText(v));
    const addText = (x: string) => (x.match(/\d+(?:\.\d+)?/g) ?? []).forEach((n) => allowed.add(n));
    Object.values(t).forEach(add);
    add(s.targets.length);
    for (const p of ['met', 'on-track', 'behind', 'no-data', 'not-applicable']) add(s.targets.filter((x) => x.pace === p).length);
    for (const x of s.targets) {
      add(x.total);
      for (const r of [x.completion, x.expected]) if (r !== undefined) allowed.add(percentText(r).replace('%', ''));
      x.perUnit.forEach((v) => add(v.value));
      const before = merged.previous!.totals.find((y) => y.target === x.id)?.total;
      const inc = likeWithLike({ figures: x.perUnit.map((v) => ({ target: x.id, unit: v.unit, state: v.state, value: v.value, text: v.text, responsible: v.responsible })) }, merged.previous!, x.id);
      if (before !== undefined && x.total !== undefined) [before, x.total - before, before - x.total, inc?.value, inc && -inc.value].forEach(add);
      [x.text, x.metric, x.itemName].forEach(addText);
    }
    for (const p of s.targets.filter((x) => x.pace === 'behind').keys()) add(p + 1);
    for (const item of s.items) item.entries.forEach((e) => addText(e.progressText));
    [spec.listTitle, spec.documentNumber, spec.tableTitle, s.roster.returnText, '2026年10月12日'].forEach(addText);
    const stray = (text.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !allowed.has(n));
    expect(stray).toEqual([]);
    for (const item of s.items) for (const e of item.entries.filter((x) => x.responsible && x.status === 'filled')) expect(text).toContain(`【${e.unit}】${e.progressText}`);
    for (const b of s.targets.filter((x) => x.pace === 'behind')) expect(text).toMatch(new RegExp(`\\d+\\. ${b.itemName}——${b.metric.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
    expect(text).toContain(`未报送单位（3个）：${s.roster.missing.join('、')}。`);
    // Sent back: named in the third person with the roster's error count, never the texts that speak to the unit.
    const errors = s.roster.units.find((u) => u.unit === fallUnit)!.errors;
    expect(text).toContain(`退回修改的单位（1个）：${fallUnit}（报送的表有${errors}处错误）。各单位的具体问题见退回修改提示。`);
    expect(text).not.toContain('你单位');
    expect(text).toContain(NEXT_STEPS_PLACEHOLDER);
    expect(text).toContain('2026年10月12日');
  });

  const lo = testWithLibreOffice('the report\'s PDF conversion');
  lo('converts with LibreOffice to a PDF of A4 portrait pages whose text keeps inside the margins', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-'));
    try {
      const file = path.join(dir, '通报.docx');
      fs.writeFileSync(file, bytes);
      await convert(file, 'pdf', dir);
      const pdf = path.join(dir, '通报.pdf');
      const { count, sizes } = await pdfPages(pdf);
      expect(count).toBeGreaterThan(1);
      for (const size of sizes) {
        expect(size.width).toBeCloseTo(210 * MM, 0);
        expect(size.height).toBeCloseTo(297 * MM, 0);
      }
      const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
      const pages = html.split('<page ').slice(1);
      expect(pages).toHaveLength(count);
      const one = 17; // one 三号 character (16 pt) and rounding: Chinese punctuation may hang into the right margin
      pages.forEach((page, i) => {
        const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
          text: m[5],
        }));
        const footer = words.filter((w) => w.y0 > (297 - DOC_PAGE.bottomMm) * MM);
        const body = words.filter((w) => !footer.includes(w));
        expect(Math.min(...body.map((w) => w.x0))).toBeGreaterThanOrEqual(DOC_PAGE.leftMm * MM - 1);
        expect(Math.min(...body.map((w) => w.x0))).toBeLessThan(DOC_PAGE.leftMm * MM + 2);
        expect(Math.max(...body.map((w) => w.x1))).toBeLessThanOrEqual((210 - DOC_PAGE.rightMm) * MM + one);
        expect(Math.min(...body.map((w) => w.y0))).toBeGreaterThanOrEqual(DOC_PAGE.topMm * MM - 1);
        expect(Math.min(...body.map((w) => w.y0))).toBeLessThan(DOC_PAGE.topMm * MM + 12);
        expect(Math.max(...body.map((w) => w.y1))).toBeLessThanOrEqual((297 - DOC_PAGE.bottomMm) * MM + 1);
        // The page number: "— N —", right on odd pages, left on even ones.
        expect(footer.map((w) => w.text).join(' ')).toBe(`— ${i + 1} —`);
        const mid = (Math.min(...footer.map((w) => w.x0)) + Math.max(...footer.map((w) => w.x1))) / 2;
        if (i % 2 === 0) expect(mid).toBeGreaterThan(105 * MM);
        else expect(mid).toBeLessThan(105 * MM);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
});
