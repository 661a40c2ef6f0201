/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { mergeBooks } from '../../src/core/merge/books';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { MergeOutcome, Progress } from '../../src/taskpane/usecases/types';
import { byLabel, byRole, change, cleanup, click, fire, pageText, render, settle } from './dom';
import type { Finding } from '../../src/core/validate/finding';
import { fakeHost } from './fake-host';

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
    const uc = fakeHost('browser', { mergeFiles });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    const files = await chooseFiles(['a.xlsx', 'bad.xlsx']);
    expect(pageText()).toContain('已选择 2 个文件');
    await click(byRole('button', '开始汇总'));
    await settle();
    expect(document.querySelectorAll('[role="progressbar"]')).toHaveLength(1);
    expect(pageText()).toContain('正在读取 2/2：bad.xlsx');
    finish(outcome);
    await settle();
    // The job's bar is gone; the ledger panel's completion bars (one per target, in their own <section>) stay.
    expect([...document.querySelectorAll('[role="progressbar"]')].filter((e) => !e.closest('section'))).toHaveLength(0);
    expect(mergeFiles).toHaveBeenCalledWith(files, { layout: 'official' }, expect.any(Function));
    const text = pageText();
    expect(text).toContain('应报 15 个单位：已报 0 个（无误 0，有错误 0，无法读取 0），未报 15 个。');
    expect(text).toContain('区卫健局未报送');
    expect(text).toContain('无法读取的文件');
    expect(text).toContain('bad.xlsx');
    await click(byRole('button', '下载汇总表'));
    await settle();
    expect(uc.downloadSummary).toHaveBeenCalledWith(expect.objectContaining({ inputs: outcome.inputs }));
  });

  it('in Excel, asks before replacing the add-in’s earlier summary', async () => {
    const uc = fakeHost('excel', {
      mergeFiles: jest.fn().mockResolvedValue(outcome),
      findOwnSummary: jest.fn().mockResolvedValue([{ quarter: 3, sheets: ['汇总表', '报送情况', '指标完成情况汇总'] }]),
    });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    await chooseFiles(['a.xlsx']);
    await click(byRole('button', '开始汇总'));
    await settle();
    await click(byRole('button', '写入汇总表'));
    await settle();
    expect(uc.writeSummary).not.toHaveBeenCalled();
    expect(pageText()).toContain('将替换第三季度汇总：汇总表、报送情况、指标完成情况汇总。');
    // 取消 is the primary (default) button and comes first; 替换 is neither.
    const buttons = [...document.querySelectorAll('[role="dialog"] button')].filter((b) => /取消|替换|另建新表/.test(b.textContent ?? ''));
    expect(buttons.map((b) => b.textContent)).toEqual(['取消', '另建新表', '替换']);
    expect(byRole('button', '替换').className).toBe(byRole('button', '另建新表').className);
    expect(byRole('button', '取消').className).not.toBe(byRole('button', '替换').className);
    await click(byRole('button', '替换'));
    await settle();
    expect(uc.writeSummary).toHaveBeenCalledWith(expect.objectContaining({ inputs: outcome.inputs }), true);
    expect(pageText()).toContain('已写入工作表：汇总表。');
  });

  it('in Excel, writes at once when there is no earlier summary', async () => {
    const uc = fakeHost('excel', { mergeFiles: jest.fn().mockResolvedValue(outcome) });
    await render(<App host={uc} lang="en-US" initialPage="summary" />);
    await chooseFiles(['a.xlsx']);
    await click(byRole('button', 'Merge'));
    await settle();
    await click(byRole('button', 'Write summary sheets'));
    await settle();
    expect(uc.writeSummary).toHaveBeenCalledWith(expect.objectContaining({ inputs: outcome.inputs }), false);
  });
});

/** A finding of a file, as the validator gives it. */
const finding = (severity: Finding['severity'], cell: string, message: string): Finding => ({ code: 'progress-empty', severity, sheet: '进展情况表', cell, message, hint: '请填写' });

/** A result where 区卫健局 sent two files (b.xlsx used, a.xlsx superseded), b.xlsx has findings, and units are asked to correct. */
function twiceOutcome(): MergeOutcome {
  const o = JSON.parse(JSON.stringify(outcome)) as MergeOutcome;
  const u = o.summary.roster.units[0];
  Object.assign(u, { status: 'with-errors', file: 'b.xlsx', duplicate: true, files: ['a.xlsx', 'b.xlsx'], errors: 1, warnings: 1 });
  o.summary.roster.files = [
    { file: 'a.xlsx', status: 'superseded', unit: u.unit, errors: 0, warnings: 0, reasonCode: 'merge-file-superseded', reason: '已被同一单位的 b.xlsx 替代', reasonParams: { file: 'a.xlsx', winner: 'b.xlsx' } },
    { file: 'b.xlsx', status: 'merged', unit: u.unit, errors: 1, warnings: 1, reasonCode: '', reason: '' },
  ];
  o.summary.roster.returnText = `请以下单位修改进展情况表中标出的错误后重新报送：${u.unit}。`;
  o.inputs = [
    { file: 'a.xlsx', findings: [] },
    { file: 'b.xlsx', findings: [finding('error', 'D5', '本季度进展未填写'), finding('warning', 'E6', '完成时限已过')] },
  ];
  return o;
}

describe('the 汇总 page after a merge', () => {
  it('merges the same files again when 季度 or 汇总表样式 changes, so no stale result is delivered', async () => {
    const mergeFiles = jest.fn().mockResolvedValue(outcome);
    const uc = fakeHost('browser', { mergeFiles });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    const files = await chooseFiles(['a.xlsx']);
    await click(byRole('button', '开始汇总'));
    await settle();
    await change(byLabel('季度'), '2');
    await settle();
    expect(mergeFiles).toHaveBeenLastCalledWith(files, { quarter: 2, layout: 'official' }, expect.any(Function));
    await change(byLabel('汇总表样式'), 'per-unit');
    await settle();
    expect(mergeFiles).toHaveBeenLastCalledWith(files, { quarter: 2, layout: 'per-unit' }, expect.any(Function));
    expect(mergeFiles).toHaveBeenCalledTimes(3);
    expect(pageText()).toContain('已按新的选项重新汇总。');
  });

  it('names the file used for a unit that sent twice, lists the superseded file, and shows the 退回修改 text', async () => {
    const uc = fakeHost('browser', { mergeFiles: jest.fn().mockResolvedValue(twiceOutcome()) });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    await chooseFiles(['a.xlsx', 'b.xlsx']);
    await click(byRole('button', '开始汇总'));
    await settle();
    const text = pageText();
    expect(text).toContain('重复报送，采用 b.xlsx');
    expect(text).toContain('已被替代的文件');
    expect(text).toContain('a.xlsx：文件a.xlsx已被同一单位的b.xlsx替代');
    const unit = twiceOutcome().summary.roster.units[0].unit;
    const box = byLabel(`退回修改 · ${unit}`) as HTMLTextAreaElement;
    expect(box.value).toBe(`${unit}：你单位报送的2026年第三季度工作进展情况表（b.xlsx）有 1 处错误，请逐项修改后尽快重新报送：`);
    expect(box.readOnly).toBe(true);
  });

  it('counts each file’s findings, with the details one click away', async () => {
    const uc = fakeHost('browser', { mergeFiles: jest.fn().mockResolvedValue(twiceOutcome()) });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    await chooseFiles(['a.xlsx', 'b.xlsx']);
    await click(byRole('button', '开始汇总'));
    await settle();
    expect(pageText()).toContain('各文件的问题');
    expect(pageText()).toContain('b.xlsx1 处错误、1 处警告');
    expect(pageText()).toContain('另有 1 个文件没有发现问题。');
    expect(pageText()).not.toContain('本季度进展未填写');
    const show = byRole('button', '查看 b.xlsx 的问题');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await click(show);
    expect(pageText()).toContain('本季度进展未填写');
    expect(byRole('button', '收起 b.xlsx 的问题').getAttribute('aria-expanded')).toBe('true');
  });

  it('takes a file chosen twice once, with a note, not as 重复报送', async () => {
    const mergeFiles = jest.fn().mockResolvedValue(outcome);
    const uc = fakeHost('browser', { mergeFiles });
    await render(<App host={uc} lang="zh-CN" initialPage="summary" />);
    const input = document.getElementById('summary-files') as HTMLInputElement;
    const a = new File(['x'], 'a.xlsx', { lastModified: 1000 });
    const again = new File(['x'], 'a.xlsx', { lastModified: 1000 });
    const other = new File(['y'], 'c.xlsx', { lastModified: 1000 });
    Object.defineProperty(input, 'files', { value: [a, again, other], configurable: true });
    await fire(input, new Event('change', { bubbles: true }));
    expect(pageText()).toContain('同一文件选择了多次，只计一次：a.xlsx。');
    expect(pageText()).toContain('已选择 2 个文件');
    await click(byRole('button', '开始汇总'));
    await settle();
    expect(mergeFiles).toHaveBeenCalledWith([a, other], { layout: 'official' }, expect.any(Function));
  });
});
