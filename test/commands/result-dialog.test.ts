import { resultPageUrl, showResultDialog, type DialogUi } from '../../src/commands/validate-command';
import { parseResultQuery, resultQuery, resultText, type CommandResult } from '../../src/commands/result-text';

/** The ribbon 一键校验's result dialog: its query string, its text, and how it is opened (no Excel involved). */

describe('the result dialog', () => {
  it('carries the counts or the failure sentence in the query string', () => {
    expect(parseResultQuery(resultQuery({ kind: 'done', errors: 2, warnings: 1 }))).toEqual({ kind: 'done', errors: 2, warnings: 1 });
    expect(parseResultQuery(resultQuery({ kind: 'failed', message: '工作表太大&?' }))).toEqual({ kind: 'failed', message: '工作表太大&?' });
    expect(parseResultQuery('?e=abc&w=1')).toBeUndefined();
  });

  it('says 可以报送 or how many errors and warnings were marked', () => {
    expect(resultText({ kind: 'done', errors: 0, warnings: 0 })).toEqual({ title: '可以报送', text: '没有发现问题。', ok: true });
    expect(resultText({ kind: 'done', errors: 3, warnings: 2 }).text).toBe('发现 3 个错误、2 个警告，已在单元格上标出。');
    expect(resultText(undefined).ok).toBe(false);
    const left: CommandResult = { kind: 'done', errors: 1, warnings: 0, unmarked: ['指标完成情况', "Bob's"] };
    expect(parseResultQuery(resultQuery(left))).toEqual(left);
    expect(resultText(left)).toEqual({
      title: '暂不能报送',
      text: '发现 1 个错误、0 个警告，已在单元格上标出。工作表“指标完成情况”“Bob\'s”受保护，其上的问题没有标出，撤销保护后请再校验一次。',
      ok: false,
    });
  });

  it('opens result.html with the result, resolves when Office answers (not when it closes), closes it on 关闭', async () => {
    const handlers = new Map<string, () => void>();
    const close = jest.fn();
    let opened = '';
    const ui: DialogUi = {
      displayDialogAsync: ((url: string, _opts: unknown, cb: (r: unknown) => void) => {
        opened = url;
        cb({ status: 'succeeded', value: { close, addEventHandler: (t: string, h: () => void) => handlers.set(t, h) } });
      }) as never,
    };
    const shown = showResultDialog({ kind: 'done', errors: 1, warnings: 0 }, resultPageUrl('https://localhost:3000/commands.html'), ui);
    expect(opened).toBe('https://localhost:3000/result.html?e=1&w=0');
    await expect(shown).resolves.toBe('opened');
    expect(close).toHaveBeenCalledTimes(0);
    handlers.get('dialogMessageReceived')!();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('reports the dialog unavailable when the host has no dialog API or refuses one', async () => {
    await expect(showResultDialog({ kind: 'done', errors: 0, warnings: 0 }, 'https://localhost:3000/result.html', undefined)).resolves.toBe('unavailable');
    const refusing: DialogUi = { displayDialogAsync: ((_u: string, _o: unknown, cb: (r: unknown) => void) => cb({ status: 'failed', error: { code: 12007 } })) as never };
    await expect(showResultDialog({ kind: 'done', errors: 0, warnings: 0 }, 'https://localhost:3000/result.html', refusing)).resolves.toBe('unavailable');
  });
});
