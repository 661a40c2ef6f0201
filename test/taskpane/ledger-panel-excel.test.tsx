/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { mergeBooks } from '../../src/core/merge/books';
import { applyLedger } from '../../src/core/ledger/merge';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { KeptLedger, WorkbookLedgerCases } from '../../src/taskpane/usecases/ledger-workbook';
import type { MergeOutcome } from '../../src/taskpane/usecases/types';
import { allByRole, byRole, cleanup, click, fire, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';

/**
 * The ledger panel in Excel (issue 14): the ledger kept in the open workbook is used at once, 记入本工作簿 asks before
 * replacing the add-in's own ledger sheets (取消 first and the default), and where the pane cannot download (Excel on
 * Mac) it says how to get the files instead of offering buttons that do nothing.
 */

afterEach(cleanup);

const spec = LINZI_2026;
const outcome = (q: 1 | 3): MergeOutcome => mergeBooks([{ file: 'bad.xlsx', error: { code: 'file-corrupt', message: '文件已损坏或不完整' } }], spec, { quarter: q });
const Q1 = applyLedger(outcome(1), spec, undefined).ledger;
const OWN = ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）'];

function ledgerCases(kept: KeptLedger, canDownload = true): WorkbookLedgerCases & { find: jest.Mock; write: jest.Mock } {
  return {
    find: jest.fn().mockResolvedValue(kept),
    write: jest.fn().mockResolvedValue({ sheets: ['进展台账', '指标台账', '进度一览', '报送情况（第一季度）', '报送情况（第三季度）'] }),
    canDownload,
  };
}

async function mergeWith(cases: WorkbookLedgerCases, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const uc = fakeHost('excel', { mergeFiles: jest.fn().mockResolvedValue(outcome(3)), workbookLedger: cases });
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
