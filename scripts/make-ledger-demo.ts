/**
 * `tsx scripts/make-ledger-demo.ts [OUTPUT_DIR]` — the ledger and the draft 调度通报 of the README's screenshots:
 * 第一、第二季度 made up from the example set (each unit's 第三季度 figures × 1/3 and × 2/3, with a 第N季度 text),
 * 第三季度 the example set itself (`examples/`), merged in turn with the ledger as `merge --ledger` does; then the
 * ledger (台账.xlsx) and the report (通报.docx) converted with LibreOffice to PDF and the pages shown in the README
 * rendered to PNG with `pdftoppm` (docs/screenshots/ledger.png = 进度一览, ledger-targets.png = 指标台账,
 * report.png = the report's first page). The first two quarters are demo data, not a unit's words.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { filledTemplatePlan, unitContent } from '../src/core/layout/template-fill';
import { readBookInput } from '../src/cli/merge-run';
import { expandInputs } from '../src/cli/inputs';
import { ledgerWorkbookPlan } from '../src/core/layout/ledger-workbook';
import { mergeWithLedger } from '../src/core/ledger/merge';
import type { Ledger } from '../src/core/ledger/types';
import { mergeBooks, type BookInput } from '../src/core/merge';
import { dispatchReportPlan } from '../src/core/report/dispatch';
import { LINZI_2026 } from '../src/core/spec/linzi-2026';
import type { Quarter } from '../src/core/spec/schema';
import { quarterLabel } from '../src/core/text/quarter';
import { writeDocx } from '../src/docx/write';
import { readWorkbook } from '../src/xlsx/read';
import { writeWorkbook } from '../src/xlsx/write';

const spec = LINZI_2026;
const root = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'screenshots'));

async function main(): Promise<void> {
  const q3Books = expandInputs([path.join(root, 'examples')]).files.filter((f) => f.endsWith('.xlsx')).map((f) => readBookInput(f));
  const q3 = mergeBooks(q3Books, spec, { quarter: 3 }).summary;
  const earlier = async (q: Quarter): Promise<BookInput[]> => {
    const books: BookInput[] = [];
    for (const unit of q3.roster.units.filter((u) => u.file)) {
      const content = unitContent(spec, unit.unit, {
        text: (n) => `（演示数据）${quarterLabel(q)}，${unit.unit}围绕第${n}项实事制定工作方案、明确责任分工，各项措施按计划推进。`,
        deadline: '2026年12月底',
        cumulative: (t) => {
          const v = q3.targets.find((x) => x.id === t.id)?.perUnit.find((p) => p.unit === unit.unit)?.value;
          return v === undefined ? undefined : t.kind === 'cumulative' ? Math.round((v * q) / 3) : v;
        },
        filledOn: `2026年${q * 3 + 1}月8日`,
      });
      const file = `${unit.unit}-${quarterLabel(q)}.xlsx`;
      const bytes = await writeWorkbook(filledTemplatePlan(spec, unit.unit, q, content));
      books.push({ file, book: readWorkbook(bytes, file) });
    }
    return books;
  };
  let ledger: Ledger | undefined;
  let last;
  for (const q of [1, 2, 3] as Quarter[]) {
    last = mergeWithLedger(q === 3 ? q3Books : await earlier(q), spec, ledger, { quarter: q, mergedAt: `2026-${String(q * 3 + 1).padStart(2, '0')}-10T09:00:00.000Z` });
    ledger = last.ledger;
  }
  if (!last || !ledger) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-demo-'));
  const ledgerFile = path.join(tmp, '台账.xlsx');
  const reportFile = path.join(tmp, '通报.docx');
  fs.writeFileSync(ledgerFile, await writeWorkbook(ledgerWorkbookPlan(ledger, spec)));
  fs.writeFileSync(reportFile, await writeDocx(dispatchReportPlan(last.summary, spec, { ...(last.previous ? { previous: last.previous } : {}), date: '2026-10-12' })));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  for (const f of [ledgerFile, reportFile]) {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, f], { stdio: 'ignore' });
  }
  const pageOf = (pdf: string, text: string): number => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (let p = 1; p <= pages; p++) {
      if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s/g, '').includes(text)) return p;
    }
    return 1;
  };
  const shot = (pdf: string, page: number, name: string) =>
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(out, name)]);
  const ledgerPdf = path.join(tmp, '台账.pdf');
  shot(ledgerPdf, pageOf(ledgerPdf, '工作台账（进度）'), 'ledger');
  shot(ledgerPdf, pageOf(ledgerPdf, '工作台账（指标）'), 'ledger-targets');
  shot(path.join(tmp, '通报.pdf'), 1, 'report');
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`wrote ${out}/ledger.png, ledger-targets.png, report.png\n`);
}

void main();
