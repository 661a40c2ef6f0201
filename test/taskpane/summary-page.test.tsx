/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { mergeBooks } from '../../src/core/merge/books';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { MergeOutcome, Progress } from '../../src/taskpane/usecases/types';
import { byRole, cleanup, click, fire, pageText, render, settle } from './dom';
import { fakeUseCases } from './fake-use-cases';

afterEach(cleanup);

const outcome: MergeOutcome = mergeBooks([{ file: 'bad.xlsx', error: { code: 'file-corrupt', message: '文件已损坏或不完整' } }], LINZI_2026, {
  quarter: 3,
});

async function chooseFiles(names: string[]) {
  const input = document.getElementById('summary-files') as HTMLInputElement;
  const files = names.map((n) => new File(['x'], n));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await fire(input, new Event('change', { bubbles: true }));
  return files;
}

describe('the 汇总 page', () => {
  it('merges the chosen files with progress, then shows the roster and totals', async () => {
    let finish: (o: MergeOutcome) => void = () => undefined;
    const mergeFiles = jest.fn((_files: readonly File[], _opts: unknown, progress?: Progress) => {
      progress?.(1, 2, 'bad.xlsx');
      return new Promise<MergeOutcome>((resolve) => (finish = resolve));
    });
    const uc = fakeUseCases('browser', { mergeFiles });
    await render(<App useCases={uc} lang="zh-CN" initialPage="summary" />);
    const files = await chooseFiles(['a.xlsx', 'bad.xlsx']);
    expect(pageText()).toContain('已选择 2 个文件');
    await click(byRole('button', '开始汇总'));
    await settle();
    expect(document.querySelectorAll('[role="progressbar"]')).toHaveLength(1);
    expect(pageText()).toContain('正在读取 2/2：bad.xlsx');
    finish(outcome);
    await settle();
    expect(document.querySelectorAll('[role="progressbar"]')).toHaveLength(0);
    expect(mergeFiles).toHaveBeenCalledWith(files, { layout: 'official' }, expect.any(Function));
    const text = pageText();
    expect(text).toContain('应报 15 个单位：已报 0，有错误 0，未报 15。');
    expect(text).toContain('区卫健局未报送');
    expect(text).toContain('无法读取的文件');
    expect(text).toContain('bad.xlsx');
    await click(byRole('button', '下载汇总表'));
    await settle();
    expect(uc.downloadSummary).toHaveBeenCalledWith(outcome);
  });

  it('in Excel, asks before replacing the add-in’s earlier summary', async () => {
    const uc = fakeUseCases('excel', {
      mergeFiles: jest.fn().mockResolvedValue(outcome),
      findOwnSummary: jest.fn().mockResolvedValue(['汇总表', '报送情况']),
    });
    await render(<App useCases={uc} lang="zh-CN" initialPage="summary" />);
    await chooseFiles(['a.xlsx']);
    await click(byRole('button', '开始汇总'));
    await settle();
    await click(byRole('button', '写入汇总表'));
    await settle();
    expect(uc.writeSummary).not.toHaveBeenCalled();
    expect(pageText()).toContain('工作簿中已有本助手生成的汇总表（汇总表、报送情况）');
    await click(byRole('button', '替换'));
    await settle();
    expect(uc.writeSummary).toHaveBeenCalledWith(outcome, true);
    expect(pageText()).toContain('已写入工作表：汇总表。');
  });

  it('in Excel, writes at once when there is no earlier summary', async () => {
    const uc = fakeUseCases('excel', { mergeFiles: jest.fn().mockResolvedValue(outcome) });
    await render(<App useCases={uc} lang="en-US" initialPage="summary" />);
    await chooseFiles(['a.xlsx']);
    await click(byRole('button', 'Merge'));
    await settle();
    await click(byRole('button', 'Write summary sheets'));
    await settle();
    expect(uc.writeSummary).toHaveBeenCalledWith(outcome, false);
  });
});
