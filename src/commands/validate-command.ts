import { LINZI_2026 } from '../core/spec/linzi-2026';
import type { TemplateSpec } from '../core/spec/schema';
import type { Finding } from '../core/validate/finding';
import { validateBook } from '../core/validate/index';
import { officeErrorMessage } from '../excel/errors';
import { firstToShow } from '../core/marks/plan';
import type { ApiSupport } from '../excel/requirements';
import type { SheetCache } from '../excel/sheet-cache';
import { specOfBook } from '../excel/spec-store';
import { validateInExcel } from '../excel/validate-in-excel';
import { todayIso } from '../core/text/today';
import { resultQuery, type CommandResult } from './result-text';

/**
 * 一键校验 as a ribbon button, without opening the pane: validate the open workbook against the spec it keeps (its
 * metadata's spec, else the embedded 2026 list), mark the findings' cells (fill by severity, note where the host
 * allows), select the most severe finding's cell, and tell the user the result in a small dialog (result.html).
 * Two syncs in all (three when the sheets changed since the last read: the kept sheet list, excel/sheet-cache, lives
 * in the document settings, shared with the pane). Never throws: an Office error becomes a sentence (excel/errors) shown in the dialog.
 */

export { firstToShow };

/** The outcome of `runValidateCommand`: the dialog's result, with the findings when validation ran. */
export type ValidateCommandOutcome = CommandResult & { findings?: Finding[]; spec?: TemplateSpec };

/**
 * Run the validation in `context` (2 syncs: used ranges from the kept sheet list, marks + selection; 3 when the
 * sheets changed since the last read). `spec` overrides the workbook's own spec (tests); `sheetCache` the kept
 * sheet list (tests; default the document settings). Resolves with the counts and findings, or `{kind: 'failed', message}` (a Chinese
 * sentence) when an Office call failed.
 */
export async function runValidateCommand(
  context: Excel.RequestContext,
  options: { spec?: TemplateSpec; support?: ApiSupport; sheetCache?: SheetCache } = {},
): Promise<ValidateCommandOutcome> {
  try {
    const today = todayIso();
    const { findings, spec, leftAsIs } = await validateInExcel(context, options.spec ?? LINZI_2026, {
      validate: (book, s, o) => validateBook(book, s, { ...o, today }),
      specOf: options.spec ? undefined : (book) => specOfBook(book).spec,
      selectFirst: true,
      ...(options.support ? { support: options.support } : {}),
      ...(options.sheetCache ? { sheetCache: options.sheetCache } : {}),
    });
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const unmarked = leftAsIs.filter((l) => l.reason === 'protected').map((l) => l.sheet);
    return { kind: 'done', errors, warnings, ...(unmarked.length ? { unmarked } : {}), findings, spec };
  } catch (error) {
    return { kind: 'failed', message: officeErrorMessage(error, 'zh-CN') };
  }
}

/** The part of `Office.context.ui` the result dialog needs (DialogApi 1.1). */
export type DialogUi = Pick<Office.UI, 'displayDialogAsync'>;

/** Dialog size in % of the screen (DialogApi 1.1 `height`/`width`). */
const DIALOG_SIZE = { height: 30, width: 30 };

/**
 * Ask Office to show `result` in the dialog page `pageUrl` (absolute https URL of result.html on the add-in's own
 * host). `displayDialogAsync` is called synchronously, before this returns, so the caller can complete its command
 * event right after (commands/ribbon-command). Resolves when Office answers the open request: 'opened', or
 * 'unavailable' when the host has no dialog API or refuses one (the cell selected by `runValidateCommand` then shows
 * where to look). Never waits for the dialog to close: while this runtime lives, 关闭 in the page
 * (messageParent('close')) closes it; the page carries everything it shows in its query string and needs nothing
 * else from this runtime. Never rejects.
 */
export function showResultDialog(result: CommandResult, pageUrl: string, ui: DialogUi | undefined): Promise<'opened' | 'unavailable'> {
  if (!ui || typeof ui.displayDialogAsync !== 'function') return Promise.resolve('unavailable');
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(`${pageUrl}${resultQuery(result)}`, { ...DIALOG_SIZE, displayInIframe: true }, (opened) => {
        if (String(opened.status) !== 'succeeded' || !opened.value) {
          resolve('unavailable');
          return;
        }
        const dialog = opened.value;
        // 关闭 in the page: messageParent('close') -> close it (only while this runtime still lives; see ribbon-command).
        const types = (globalThis as { Office?: typeof Office }).Office?.EventType;
        dialog.addEventHandler(types?.DialogMessageReceived ?? ('dialogMessageReceived' as unknown as Office.EventType), () => dialog.close());
        resolve('opened');
      });
    } catch {
      resolve('unavailable');
    }
  });
}

/** result.html next to the page `here` (the function file commands.html): same host and folder. */
export function resultPageUrl(here: string): string {
  return new URL('result.html', here).toString();
}
