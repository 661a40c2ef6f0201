/**
 * The ribbon's 一键校验 completes its event before any wait on the result dialog (issue 9, "Why", last bullet): a
 * strict stub event fails the test when `completed()` comes after the dialog's answer, or twice; a dialog that never
 * answers (or never closes) does not hold the command. Regression: the old command awaited the dialog's 关闭.
 */
import { runRibbonCommand, type CommandEvent, type RibbonDeps } from '../../src/commands/ribbon-command';
import type { DialogUi, ValidateCommandOutcome } from '../../src/commands/validate-command';

const RESULT_PAGE = 'https://localhost:3000/result.html';

/** An event that records when it is completed, and throws when completed twice or after the dialog answered. */
function strictEvent(log: string[]): CommandEvent & { count: () => number } {
  let count = 0;
  return {
    completed: () => {
      count++;
      if (count > 1) throw new Error('event.completed() called twice');
      if (log.includes('dialog-answered')) throw new Error('event.completed() called after waiting on the dialog');
      log.push('completed');
    },
    count: () => count,
  };
}

/**
 * A dialog API that records the URL asked for and answers the open request later (a macrotask), or never; the
 * dialog it opens never closes by itself.
 */
function stubUi(log: string[], answer: 'succeeded' | 'failed' | 'never'): DialogUi & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    displayDialogAsync: ((url: string, _options: unknown, callback: (r: unknown) => void) => {
      urls.push(url);
      log.push('dialog-requested');
      if (answer === 'never') return;
      setTimeout(() => {
        log.push('dialog-answered');
        callback(answer === 'succeeded' ? { status: 'succeeded', value: { close: () => log.push('dialog-closed'), addEventHandler: () => undefined } } : { status: 'failed', error: { code: 12007 } });
      }, 0);
    }) as never,
  };
}

function deps(log: string[], outcome: () => Promise<ValidateCommandOutcome>, ui: DialogUi | undefined): RibbonDeps {
  return {
    validate: async () => {
      const o = await outcome();
      log.push('validated');
      return o;
    },
    ui,
    resultPageUrl: RESULT_PAGE,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('ribbon-completes-before-dialog: completed() comes right after the dialog is requested, before its answer', async () => {
  const log: string[] = [];
  const event = strictEvent(log);
  const ui = stubUi(log, 'succeeded');
  await runRibbonCommand(event, deps(log, async () => ({ kind: 'done', errors: 2, warnings: 1 }), ui));
  expect(log).toEqual(['validated', 'dialog-requested', 'completed']);
  await tick();
  expect({ log, count: event.count(), urls: ui.urls }).toEqual({
    log: ['validated', 'dialog-requested', 'completed', 'dialog-answered'],
    count: 1,
    urls: [`${RESULT_PAGE}?e=2&w=1`],
  });
});

test('ribbon-dialog-never-answers: a dialog that never answers or closes does not hold the command', async () => {
  const log: string[] = [];
  const event = strictEvent(log);
  await runRibbonCommand(event, deps(log, async () => ({ kind: 'done', errors: 0, warnings: 0 }), stubUi(log, 'never')));
  expect({ log, count: event.count() }).toEqual({ log: ['validated', 'dialog-requested', 'completed'], count: 1 });
});

test('an Office error completes the event once and shows its sentence in the dialog', async () => {
  const log: string[] = [];
  const event = strictEvent(log);
  const ui = stubUi(log, 'failed');
  const cellEdit = Object.assign(new Error('RichApi.Error'), { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode', debugInfo: {} });
  await runRibbonCommand(event, { ...deps(log, () => Promise.reject(cellEdit), ui) });
  await tick();
  expect({ log, count: event.count(), urls: ui.urls }).toEqual({
    log: ['dialog-requested', 'completed', 'dialog-answered'],
    count: 1,
    urls: [`${RESULT_PAGE}?m=${new URLSearchParams({ m: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。' }).toString().slice(2)}`],
  });
});

test('a host without the dialog API, or one that throws on the request, still completes the event once', async () => {
  for (const ui of [undefined, { displayDialogAsync: (() => { throw new Error('no dialogs here'); }) as never }]) {
    const log: string[] = [];
    const event = strictEvent(log);
    await runRibbonCommand(event, deps(log, async () => ({ kind: 'done', errors: 0, warnings: 0 }), ui));
    expect({ log, count: event.count() }).toEqual({ log: ['validated', 'completed'], count: 1 });
  }
});
