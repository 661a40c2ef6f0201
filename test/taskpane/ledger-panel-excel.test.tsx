/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { mergeBooks } from '../../src/core/merge/books';
import { applyLedger } from '../../src/core/ledger/merge';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { KeptLedger, WorkbookLedgerCases } from '../../src/taskpane/usecases/ledger-workbook';
import type { MergeOutcome } from '../../src/taskpane/usecases/types';
import { allByRole, byRole, cleanup, click, fire, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';
import { quarterBooks } from '../core/ledger/fixtures';

/**
 * The ledger panel in Excel (issue 14): the ledger kept in the open workbook is used at once, 记入本工作簿 asks before
 * replacing the add-in's own ledger sheets (取消 first and the default), and where the pane cannot download (Excel on
 * Mac) it says how to get the files instead of offering buttons that do nothing.
 */

afterEach(cleanup);

const spec = LINZI_2026;
/** One department's table of quarter q (区妇联), beside a damaged file. */
const outcome = (q: 1 | 3): MergeOutcome =>
  mergeBooks([...quarterBooks(q, undefined, ['区妇联']), { file: 'bad.xlsx', error: { code: 'file-corrupt', message: '文件已损坏或不完整' } }], spec, { quarter: q });
/** Only the damaged file: no table of the quarter taken in. */
const nothing = (q: 1 | 3): MergeOutcome => mergeBooks([{ file: 'bad.xlsx', error: { code: 'file-corrupt', message: '文件已损坏或不完整' } }], spec, { quarter: q });
const Q1 = applyLedger(outcome(1), spec, undefined).ledger;
const OWN = ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）'];

function ledgerCases(kept: KeptLedger, canDownload = true): WorkbookLedgerCases & { find: jest.Mock; write: jest.Mock } {
  return {
    find: jest.fn().mockResolvedValue(kept),
    write: jest.fn().mockResolvedValue({ sheets: ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）', '报送情况（第三季度）'] }),
    canDownload,
  };
}

async function mergeWith(cases: WorkbookLedgerCases, lang: 'zh-CN' | 'en-US' = 'zh-CN', merged: MergeOutcome = outcome(3)) {
  const uc = fakeHost('excel', { mergeFiles: jest.fn().mockResolvedValue(merged), workbookLedger: cases });
  await render(<App host={uc} lang={lang} initialPage="summary" />);
  const input = document.getElementById('summary-files') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'a.xlsx')], configurable: true });
  await fire(input, new Event('change', { bubbles: true }));
  await click(byRole('button', lang === 'zh-CN' ? '开始汇总' : 'Merge'));
  await settle();
  return uc;
}

describe('the ledger panel in Excel', () => {
  it('uses the ledger kept in the workbook, and replaces its sheets only after 替换', async () => {
    const cases = ledgerCases({ ledger: Q1, sheets: OWN });
    await mergeWith(cases);
    expect(cases.find).toHaveBeenCalledWith('本工作簿');
    expect(pageText()).toContain('使用本工作簿中的台账（已记录第一季度）');
    expect(pageText()).toContain('已记入台账：第一季度、第三季度');
    await click(byRole('button', '记入本工作簿'));
    await settle();
    expect(cases.write).not.toHaveBeenCalled();
    expect(pageText()).toContain(`将用本次结果替换助手在本工作簿中的台账工作表：${OWN.join('、')}。替换后台账记有第一季度、第三季度；其他工作表不受影响。`);
    const buttons = [...document.querySelectorAll('[role="dialog"] button')].filter((b) => /取消|替换/.test(b.textContent ?? ''));
    expect(buttons.map((b) => b.textContent)).toEqual(['取消', '替换']);
    expect(byRole('button', '取消').className).not.toBe(byRole('button', '替换').className);
    await click(byRole('button', '替换'));
    await settle();
    expect(cases.write).toHaveBeenCalledTimes(1);
    const [ledger, replace] = cases.write.mock.calls[0];
    expect(ledger.quarters.map((q: { quarter: number }) => q.quarter)).toEqual([1, 3]);
    expect(replace).toBe(true);
    expect(pageText()).toContain('已记入本工作簿：进展台账、指标台账、进度一览、报送情况（第一季度）、报送情况（第三季度）。');
  });

  it('a merge that took in no table of the quarter cannot be recorded: said, and the buttons are off', async () => {
    const cases = ledgerCases({ ledger: Q1, sheets: OWN });
    await mergeWith(cases, 'zh-CN', nothing(3));
    expect(pageText()).toContain('本次汇总没有纳入一份第三季度的表，不能记入台账（记入会清空台账中的第三季度）。请检查所选的文件。');
    for (const name of ['记入本工作簿', '下载台账', '下载调度通报草稿']) expect((byRole('button', name) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a quarter that would lose departments says which, before the buttons and in the replace question', async () => {
    const two = applyLedger(mergeBooks(quarterBooks(3, undefined, ['区妇联', '区卫健局']), spec, { quarter: 3 }), spec, Q1).ledger;
    const cases = ledgerCases({ ledger: two, sheets: OWN });
    await mergeWith(cases);
    const said = '台账中第三季度已记入的单位本次缺了 1 个：区卫健局。记入会用本次结果替换整个第三季度，这些单位的第三季度记录会被删掉；请把本季度收到的全部文件一起汇总。';
    expect(pageText()).toContain(said);
    await click(byRole('button', '记入本工作簿'));
    await settle();
    expect(byRole('dialog').textContent).toContain(said);
  });

  it('cancelling writes nothing', async () => {
    const cases = ledgerCases({ ledger: Q1, sheets: OWN });
    await mergeWith(cases);
    await click(byRole('button', '记入本工作簿'));
    await settle();
    await click(byRole('button', '取消'));
    await settle();
    expect(cases.write).not.toHaveBeenCalled();
  });

  it('writes a new ledger at once when the workbook keeps none', async () => {
    const cases = ledgerCases({ sheets: [] });
    await mergeWith(cases, 'en-US');
    expect(pageText()).toContain('This workbook keeps no ledger yet');
    await click(byRole('button', 'Record in this workbook'));
    await settle();
    expect(cases.write).toHaveBeenCalledWith(expect.objectContaining({ quarters: [expect.objectContaining({ quarter: 3 })] }), false);
  });

  it('shows why the workbook’s ledger is refused (another year), and starts a new one', async () => {
    const cases = ledgerCases({ error: '台账 本工作簿 是2025年的台账，本清单是2026年，未使用。每年一本台账：请选本年度的台账，或另指定一个新的台账文件', sheets: OWN });
    await mergeWith(cases);
    expect(pageText()).toContain('台账 本工作簿 是2025年的台账');
    expect(pageText()).toContain('已记入台账：第三季度');
    // Replacing the refused ledger's sheets says plainly what the new ledger records.
    await click(byRole('button', '记入本工作簿'));
    await settle();
    expect(pageText()).toContain('替换后台账记有第三季度；');
  });

  it('offers the downloads where the pane can download, and says how to get the files where it cannot (Mac)', async () => {
    await mergeWith(ledgerCases({ sheets: [] }, true));
    expect(allByRole('button', '下载调度通报草稿')).toHaveLength(1);
    await cleanup();
    await mergeWith(ledgerCases({ sheets: [] }, false));
    expect(allByRole('button', '下载调度通报草稿')).toHaveLength(0);
    expect(allByRole('button', '下载台账')).toHaveLength(0);
    expect(pageText()).toContain('在 Mac 版 Excel 中，任务窗格无法下载文件。台账已保存在本工作簿中');
  });
});
