/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { byLabel, byRole, change, cleanup, click, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';

afterEach(cleanup);

describe('the 模板 page', () => {
  it('renders in zh-CN with the three tabs and 下载模板 in a browser', async () => {
    await render(<App host={fakeHost('browser')} lang="zh-CN" />);
    for (const tab of ['模板', '校验', '汇总']) expect(byRole('tab', tab)).toBeTruthy();
    expect(byRole('button', '下载模板')).toBeTruthy();
    expect(byLabel('填报单位').tagName).toBe('SELECT');
    expect(pageText()).toContain('区卫健局');
  });

  it('renders in en-US', async () => {
    await render(<App host={fakeHost('excel')} lang="en-US" />);
    for (const tab of ['Template', 'Validate', 'Summary']) expect(byRole('tab', tab)).toBeTruthy();
    expect(byRole('button', 'Insert progress table')).toBeTruthy();
    expect(byLabel('Quarter').tagName).toBe('SELECT');
  });

  it('downloads through the use-case with the chosen quarter and unit', async () => {
    const uc = fakeHost('browser');
    await render(<App host={uc} lang="zh-CN" />);
    await change(byLabel('季度'), '3');
    await change(byLabel('填报单位'), '区卫健局');
    await click(byRole('button', '下载模板'));
    await settle();
    expect(uc.downloadTemplate).toHaveBeenCalledWith({ quarter: 3, unit: '区卫健局' });
    expect(uc.insertTemplate).not.toHaveBeenCalled();
    expect(pageText()).toContain('已下载 模板.xlsx。');
  });

  it('inserts in Excel and names the sheets, not the hidden metadata sheet', async () => {
    const uc = fakeHost('excel');
    await render(<App host={uc} lang="zh-CN" />);
    await click(byRole('button', '插入进展情况表'));
    await settle();
    expect(uc.insertTemplate).toHaveBeenCalledTimes(1);
    expect(pageText()).toContain('已插入工作表：进展情况表、指标完成情况。');
  });

  it('on an old Excel names the formatting it could not apply in the user\'s words, never the feature codes', async () => {
    const uc = fakeHost('excel', {
      insertTemplate: jest.fn().mockResolvedValue({ sheets: ['进展情况表'], skipped: ['dataBars', 'freeze', 'protection'] }),
    });
    await render(<App host={uc} lang="zh-CN" />);
    await click(byRole('button', '插入进展情况表'));
    await settle();
    expect(pageText()).toContain('已插入工作表：进展情况表。此版本的 Excel 不支持部分格式（数据条、冻结窗格、工作表保护），表格内容已完整插入。');
    expect(pageText()).not.toMatch(/dataBars|freeze|protection/);
  });

  it('shows an Office error as a mapped sentence in the MessageBar, never the raw message', async () => {
    const uc = fakeHost('excel', {
      insertTemplate: jest.fn().mockRejectedValue({ code: 'InvalidOperationInCellEditMode', message: 'RichApi.Error raw text' }),
    });
    await render(<App host={uc} lang="zh-CN" />);
    await click(byRole('button', '插入进展情况表'));
    await settle();
    expect(byRole('alert').textContent).toContain('Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。');
    expect(pageText()).not.toContain('RichApi');
  });

  it('shows an unknown unit as a sentence in English too', async () => {
    const uc = fakeHost('browser', { downloadTemplate: jest.fn().mockRejectedValue(new RangeError('unknown unit "x"')) });
    await render(<App host={uc} lang="en-US" />);
    await click(byRole('button', 'Download template'));
    await settle();
    expect(byRole('alert').textContent).toContain('The quarter or department is not valid. Choose again.');
  });
});

describe('the default quarter of the 模板 page', () => {
  afterEach(() => jest.useRealTimers());

  it('is the quarter being reported (10 October → 第三季度), not the calendar quarter', async () => {
    jest.useFakeTimers({ now: new Date(2026, 9, 10, 9, 0), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'hrtime', 'performance'] });
    await render(<App host={fakeHost('browser')} lang="zh-CN" />);
    expect((byLabel('季度') as HTMLSelectElement).value).toBe('3');
  });
});
