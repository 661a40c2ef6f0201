/** @jest-environment jsdom */
import { currentQuarter } from '../../src/taskpane/context';
import { App } from '../../src/taskpane/App';
import type { Finding } from '../../src/core/validate/finding';
import { allByRole, byLabel, byRole, change, cleanup, click, fire, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';

afterEach(cleanup);

const f = (severity: Finding['severity'], cell: string | null, code: string, message: string): Finding => ({
  code,
  severity,
  sheet: '进展情况表',
  cell,
  message,
  hint: '请修改',
});

const findings: Finding[] = [
  f('error', 'D5', 'progress-empty', '本季度进展未填写'),
  f('warning', 'E5', 'deadline-passed', '完成时限已过'),
  f('error', 'D7', 'placeholder-text', '只写了“无”'),
  f('info', null, 'sheet-note', '整表提示'),
];
const report = { identity: {}, rows: [], findings: [] };

async function openValidate(uc: ReturnType<typeof fakeHost>, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  await render(<App host={uc} lang={lang} initialPage="validate" />);
}

describe('the 校验 page in Excel', () => {
  it('lists the findings grouped by row with counts, and a click selects the cell', async () => {
    const uc = fakeHost('excel', { validateWorkbook: jest.fn().mockResolvedValue({ report, findings }) });
    await openValidate(uc);
    await click(byRole('button', '一键校验'));
    await settle();
    expect(uc.validateWorkbook).toHaveBeenCalledWith(currentQuarter());
    const text = pageText();
    expect(text).toContain('还有 2 个错误需要修改后才能报送。');
    expect(text).toContain('进展情况表 · 第 5 行1 处错误、1 处警告');
    expect(text).toContain('进展情况表 · 第 7 行1 处错误');
    expect(text).toContain('进展情况表 · 整张工作表');
    await click(allByRole('button', /D7/)[0]);
    await settle();
    expect(uc.selectCell).toHaveBeenCalledWith('进展情况表', 'D7');
  });

  it('says 可以报送 when there is no error', async () => {
    const uc = fakeHost('excel', { validateWorkbook: jest.fn().mockResolvedValue({ report, findings: [findings[1]] }) });
    await openValidate(uc);
    await click(byRole('button', '一键校验'));
    await settle();
    expect(pageText()).toContain('可以报送：没有错误。');
  });

  it('clears the marks through the use-case', async () => {
    const uc = fakeHost('excel');
    await openValidate(uc);
    await click(byRole('button', '清除标记'));
    await settle();
    expect(uc.clearMarks).toHaveBeenCalledTimes(1);
    expect(pageText()).toContain('已清除 3 个单元格的标记。');
  });

  it('says how many marked cells moved and were left for the user to check', async () => {
    const uc = fakeHost('excel', { clearMarks: jest.fn().mockResolvedValue({ restored: 2, skipped: 1 }) });
    await openValidate(uc);
    await click(byRole('button', '清除标记'));
    await settle();
    expect(pageText()).toContain('已清除 2 个单元格的标记。1 个单元格的位置已变化，未恢复，请手动检查。');
  });

  it('names the sheets protection kept as they were, after 一键校验 and after 清除标记, and says when there were no notes', async () => {
    const marks = { notes: 'none', leftAsIs: [{ sheet: '指标完成情况', reason: 'protected' }] };
    const uc = fakeHost('excel', {
      validateWorkbook: jest.fn().mockResolvedValue({ report, findings: [findings[1]], marks }),
      clearMarks: jest.fn().mockResolvedValue({ restored: 1, skipped: 0, leftAsIs: [{ sheet: '进展情况表', reason: 'protected-notes' }] }),
    });
    await openValidate(uc);
    await click(byRole('button', '一键校验'));
    await settle();
    expect(pageText()).toContain(
      '错误 0 个，警告 1 个工作表“指标完成情况”受保护（不允许设置单元格格式），未作改动；撤销保护后再操作一次。此版本的 Excel 不能加批注，问题单元格只标了颜色，说明见下方列表。',
    );
    await click(byRole('button', '清除标记'));
    await settle();
    expect(pageText()).toContain('已清除 1 个单元格的标记。工作表“进展情况表”受保护，其上的批注未删除。');
  });
});

/** Choose `file` in the 校验 page's file input. */
async function choose(file: File) {
  const input = document.getElementById('validate-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fire(input, new Event('change', { bubbles: true }));
  await settle();
}

describe('the 校验 page in a browser, choosing again', () => {
  it('a new file clears the previous file’s 已下载 message', async () => {
    const uc = fakeHost('browser', { validateFile: jest.fn().mockResolvedValue({ fileName: 'a.xlsx', report, findings }) });
    await openValidate(uc);
    await choose(new File([new Uint8Array([1])], 'a.xlsx'));
    await click(byRole('button', '标注副本（供修改）'));
    await settle();
    expect(pageText()).toContain('已下载 a-校验标注.xlsx。');
    await choose(new File([new Uint8Array([2])], 'b.xlsx'));
    expect(pageText()).not.toContain('已下载');
  });

  it('changing 季度 checks the chosen file again for that quarter', async () => {
    const uc = fakeHost('browser', { validateFile: jest.fn().mockResolvedValue({ fileName: 'a.xlsx', report, findings }) });
    await openValidate(uc);
    const file = new File([new Uint8Array([1])], 'a.xlsx');
    await choose(file);
    await change(byLabel('季度'), '2');
    await settle();
    expect(uc.validateFile).toHaveBeenLastCalledWith(file, 2);
    expect(uc.validateFile).toHaveBeenCalledTimes(2);
  });
});

describe('the 校验 page in a browser', () => {
  it('validates a chosen file and offers the annotated copy', async () => {
    const uc = fakeHost('browser', { validateFile: jest.fn().mockResolvedValue({ fileName: 'a.xlsx', report, findings }) });
    await openValidate(uc, 'en-US');
    expect(allByRole('button', 'Validate')).toHaveLength(0);
    const input = document.getElementById('validate-file') as HTMLInputElement;
    const file = new File([new Uint8Array([1, 2])], 'a.xlsx');
    Object.defineProperty(input, 'files', { value: [file] });
    await fire(input, new Event('change', { bubbles: true }));
    await settle();
    expect(uc.validateFile).toHaveBeenCalledWith(file, currentQuarter());
    expect(pageText()).toContain('2 errors must be fixed before submitting.');
    await click(byRole('button', 'Annotated copy (to fix)'));
    await settle();
    expect(uc.downloadAnnotated).toHaveBeenCalledWith(file, findings);
    await click(byRole('button', 'File with marks cleared (to send)'));
    await settle();
    expect(uc.downloadCleaned).toHaveBeenCalledWith(file);
    expect(pageText()).toContain('a-可报送.xlsx');
  });

  it('shows an unreadable file as a sentence', async () => {
    const err = Object.assign(new Error('zip end of central directory not found'), { code: 'file-corrupt' });
    const uc = fakeHost('browser', { validateFile: jest.fn().mockRejectedValue(err) });
    await openValidate(uc);
    const input = document.getElementById('validate-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'b.xlsx')] });
    await fire(input, new Event('change', { bubbles: true }));
    await settle();
    expect(byRole('alert').textContent).toContain('文件已损坏或不完整');
    expect(pageText()).not.toContain('central directory');
  });
});
