import { officeErrorMessage } from '../excel/errors';
import { showResultDialog, type DialogUi, type ValidateCommandOutcome } from './validate-command';
import type { CommandResult } from './result-text';

/**
 * The ribbon's 一键校验 as a function command (manifest Action xsi:type="ExecuteFunction"), without Office globals so
 * tests can drive it: run the validation, ask Office to open the result dialog, and complete the command event at
 * once — before any wait on the dialog, exactly once, whatever happened.
 *
 * What this relies on (Microsoft docs):
 * - `Office.AddinCommands.Event.completed()`: "Indicates that the add-in has completed processing and will
 *   automatically be closed"; it must be called at the end of a function command, within the command's time-out.
 *   A dialog left open before completing (the old code waited for 关闭) ran past that time-out.
 * - Office.UI `closeContainer()` reference: "Called from a UI-less command button: No effect. Any dialog opened by
 *   displayDialogAsync will remain open." — a dialog opened from a function file has its own window and lives on
 *   its own; we take this to hold as well when the function file is unloaded after `completed()` (not documented in
 *   those words; on Outlook for Mac a dialog once closed with `completed()`: OfficeDev/office-js#428).
 * - So the dialog page (result.html) must not need this runtime: it gets its whole result in the query string,
 *   and its 关闭 button falls back to window.close() when messageParent has no one to answer (the user can always
 *   use the dialog's ×). `displayDialogAsync` is called before `completed()`, in the same turn, so the open request
 *   has reached Office before the runtime may go.
 */

/** The one event member a function command uses. */
export type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;

/** What the command needs from Office: run a batch, the dialog API, and where result.html is. */
export interface RibbonDeps {
  /** Runs the validation in an Excel batch (Excel.run); may reject with an Office error. */
  validate: () => Promise<ValidateCommandOutcome>;
  /** Office.context.ui, or undefined when the host has none (then no dialog: the selected cell shows the way). */
  ui: DialogUi | undefined;
  /** Absolute URL of result.html on the add-in's host. */
  resultPageUrl: string;
}

/**
 * Run 一键校验 for `event`: validate, request the dialog, complete `event` (once, before any wait on the dialog).
 * Resolves when the event is completed; never rejects (an Office error becomes the dialog's sentence).
 */
export async function runRibbonCommand(event: CommandEvent, deps: RibbonDeps): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    event.completed();
  };
  try {
    const outcome = await deps.validate().catch((error: unknown): ValidateCommandOutcome => ({ kind: 'failed', message: officeErrorMessage(error, 'zh-CN') }));
    const result: CommandResult = outcome.kind === 'done' ? { kind: 'done', errors: outcome.errors, warnings: outcome.warnings } : outcome;
    // Not awaited: the open request is made now; its answer may come after the event is completed.
    void showResultDialog(result, deps.resultPageUrl, deps.ui);
  } finally {
    complete();
  }
}
