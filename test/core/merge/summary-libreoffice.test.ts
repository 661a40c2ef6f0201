import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mergeReports } from '../../../src/core/merge/merge';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { writeWorkbook } from '../../../src/xlsx/write';
import { makeReport, testSpec } from './fixtures';
import { soffice as findSoffice, testWithLibreOffice } from '../../helpers/libreoffice';

/** LibreOffice headless (Debian libreoffice-calc-nogui): without it the test fails under CI, is skipped elsewhere. */
const soffice = findSoffice();
const maybe = testWithLibreOffice('the summary\'s LibreOffice read-back');

/** Convert the first sheet of `xlsx` to CSV (UTF-8, the filter options that keep Chinese) and parse it naively. */
function firstSheetCsv(xlsx: string, dir: string): string {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120000 },
  );
  return fs.readFileSync(path.join(dir, `${path.basename(xlsx, '.xlsx')}.csv`), 'utf8');
}

describe('a summary opened by LibreOffice', () => {
  maybe('shows a text starting with = as that text, not a computed value', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-lo-'));
    try {
      const spec = testSpec();
      const inputs = [{ file: 'a.xlsx', report: makeReport('a.xlsx', '区教体局', { quarter: 3, texts: { 3: '=1+1' }, deadlines: { 3: '=2*3' } }), findings: [] }];
      const file = path.join(dir, 'summary.xlsx');
      fs.writeFileSync(file, await writeWorkbook(summaryWorkbookPlan(mergeReports(inputs, spec, { quarter: 3 }), spec)));
      const csv = firstSheetCsv(file, dir);
      expect(csv).toContain('2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总');
      expect(csv.split('\n')).toContain('3,实事3,区教体局,【区教体局】=1+1,=2*3（无法识别）');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
