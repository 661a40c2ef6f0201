/**
 * The pane's ledger panel (issue 14) in headless Chromium: merge the example files, download the ledger and the
 * draft 调度通报; the ledger downloaded is the one the CLI writes from the same files (`merge --ledger`), and
 * choosing it again shows the quarter recorded. Nothing leaves the machine (the session checks every request).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { registerMerge } from '../../src/cli/merge';
import { readLedger } from '../../src/core/ledger/store';
import type { Ledger } from '../../src/core/ledger/types';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { LEDGER_STRINGS, STRINGS, fill } from '../../src/taskpane/strings';
import { readWorkbook } from '../../src/xlsx/read';
import { cliRunner } from '../helpers/cli';
import { chooseFiles, download, EXAMPLES, exampleFiles, PANE, screenshot, scrollWidth, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];
const l = LEDGER_STRINGS['zh-CN'];
const session = usePaneSession();
const run = cliRunner('merge', registerMerge);

/** The ledger without the merge times and with file names for paths (the CLI keeps paths, the pane names). */
function comparable(ledger: Ledger): unknown {
  const quarters = ledger.quarters.map(({ mergedAt: _mergedAt, ...q }) => ({
    ...q,
    roster: q.roster.map((u) => (u.file ? { ...u, file: path.basename(u.file) } : u)),
    returnText: q.returnText,
  }));
  return { ...ledger, quarters };
}

test('汇总 → 工作台账: the ledger and the report downloaded; the same ledger as the CLI; chosen again it shows 第三季度', async () => {
  const { page } = session.pane;
  const files = exampleFiles();
  await page.getByRole('tab', { name: s.tabSummary }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.chooseFiles }), files);
  await page.getByRole('button', { name: s.merge }).click();
  await page.getByRole('heading', { name: s.roster }).waitFor({ timeout: 60_000 });
  await page.getByText(fill(l.recorded, { quarters: '第三季度' })).waitFor();
  await page.getByText(l.pace).scrollIntoViewIfNeeded();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PANE.width);
  await screenshot(page, 'ledger-panel');

  const { download: d, bytes } = await download(page, () => page.getByRole('button', { name: l.downloadLedger }).click());
  expect(d.suggestedFilename()).toBe('2026年工作台账.xlsx');
  const paneLedger = readLedger(readWorkbook(bytes, d.suggestedFilename()), LINZI_2026, d.suggestedFilename()).ledger!;
  expect(paneLedger.quarters.map((q) => q.quarter)).toEqual([3]);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
  try {
    const cliFile = path.join(dir, '台账.xlsx');
    const r = await run([EXAMPLES, '--quarter', '3', '--ledger', cliFile]);
    expect(r.code).toBe(0);
    const cliLedger = readLedger(readWorkbook(new Uint8Array(fs.readFileSync(cliFile)), '台账.xlsx'), LINZI_2026, '台账.xlsx').ledger!;
    expect(comparable(paneLedger)).toEqual(comparable(cliLedger));

    const report = await download(page, () => page.getByRole('button', { name: l.downloadReport }).click());
    expect(report.download.suggestedFilename()).toBe('关于2026年第三季度为全区妇女儿童办实事工作进展情况的通报.docx');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(report.bytes) })).value;
    expect(text).toContain('一、总体情况');
    expect(text).toContain('本季度应报送单位15个，已报送14个');

    // Choose the downloaded ledger: it is read and named.
    const saved = path.join(dir, d.suggestedFilename());
    fs.writeFileSync(saved, bytes);
    await chooseFiles(page, page.getByRole('button', { name: l.chooseLedger }), [saved]);
    await page.getByText(fill(l.chosen, { file: d.suggestedFilename(), quarters: '第三季度' })).waitFor();
    // A file that is no ledger is refused with the reason.
    await chooseFiles(page, page.getByRole('button', { name: l.chooseLedger }), [files[0]]);
    await page.getByText(`文件 ${path.basename(files[0])} 不是本工具生成的工作台账`, { exact: false }).waitFor();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
