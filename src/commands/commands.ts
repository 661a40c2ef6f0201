import { officeErrorMessage } from '../excel/errors';
import { resultPageUrl, runValidateCommand, showResultDialog } from './validate-command';

/**
 * The ribbon's function file (commands.html): registers `validateActiveSheet` (一键校验 on the Home tab, manifest
 * FunctionName "validateActiveSheet"). Office calls it with an event that must be completed, whatever happens; it
 * is completed when the result dialog closes, since the dialog lives only as long as the function's runtime.
 */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await Excel.run((context) => runValidateCommand(context)).catch(
      (error: unknown): Awaited<ReturnType<typeof runValidateCommand>> => ({ kind: 'failed', message: officeErrorMessage(error, 'zh-CN') }),
    );
    const result = outcome.kind === 'done' ? { kind: outcome.kind, errors: outcome.errors, warnings: outcome.warnings } : outcome;
    await showResultDialog(result, resultPageUrl(location.href), Office.context?.ui);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Office.actions.associate (SharedRuntime / newer hosts); the global name serves older FunctionFile hosts.
  try {
    Office.actions?.associate('validateActiveSheet', validateActiveSheet);
  } catch {
    // Older hosts look the function up on the global object instead.
  }
});
(globalThis as Record<string, unknown>).validateActiveSheet = validateActiveSheet;
