/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { mergeBooks } from '../../src/core/merge/books';
import type { MergeOutcome } from '../../src/taskpane/usecases/types';
import { filledBook, LINZI_2026 } from '../helpers/fixtures';
import { allByRole, byRole, cleanup, click, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';

afterEach(cleanup);

const file = '工作表「区卫健局」';
const merged: MergeOutcome = {
  ...mergeBooks([{ file, book: filledBook(LINZI_2026, '区卫健局', { quarter: 3, file }) }], LINZI_2026, { quarter: 3 }),
  skippedSheets: [
    { sheet: '封面', reason: 'no-table' },
    { sheet: '汇总表', reason: 'own-summary' },
    { sheet: '_ptmeta', reason: 'metadata' },
  ],
};

describe('汇总本工作簿中的表 on the 汇总 page', () => {
  it('is offered only inside Excel', async () => {
    await render(<App host={fakeHost('browser', { mergeSheets: jest.fn() })} lang="zh-CN" initialPage="summary" />);
    expect(allByRole('button', '汇总本工作簿中的表')).toEqual([]);
    await cleanup();
    await render(<App host={fakeHost('excel', { mergeSheets: jest.fn() })} lang="zh-CN" initialPage="summary" />);
    expect(allByRole('button', '汇总本工作簿中的表')).toHaveLength(1);
  });

  it('merges the workbook’s sheets without any file chosen, lists the sheets left out, then writes the summary', async () => {
    const uc = fakeHost('excel', { mergeSheets: jest.fn().mockResolvedValue(merged) });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    await click(byRole('button', '汇总本工作簿中的表'));
    await settle();
    expect(uc.mergeSheets).toHaveBeenCalledWith({ layout: 'official' });
    const text = pageText();
    expect(text).toContain('应报 15 个单位：已报 1 个（无误 1，有错误 0，无法读取 0），未报 14 个。');
    expect(text).toContain('未汇总的工作表：封面（未找到进展情况表）、汇总表（本助手生成的汇总表）。');
    expect(text).not.toContain('_ptmeta');
    await click(byRole('button', '写入汇总表'));
    await settle();
    expect(uc.writeSummary).toHaveBeenCalledWith(merged, false);
  });

  it('says so when the workbook holds no table, and offers nothing to write', async () => {
    const none: MergeOutcome = { ...mergeBooks([], LINZI_2026, { quarter: 3 }), skippedSheets: [{ sheet: 'Sheet1', reason: 'no-table' }] };
    const uc = fakeHost('excel', { mergeSheets: jest.fn().mockResolvedValue(none) });
    await render(<App host={uc} lang="en-US" initialPage="summary" />);
    await click(byRole('button', 'Merge the tables in this workbook'));
    await settle();
    expect(pageText()).toContain('No progress table was found in this workbook. Sheets left out: Sheet1 (no progress table).');
    expect(allByRole('button', 'Write summary sheets')).toEqual([]);
  });
});
