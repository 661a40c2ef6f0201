import { oldWebview } from '../taskpane/old-webview';
import { runRibbonCommand } from './ribbon-command';
import { resultPageUrl, runValidateCommand } from './validate-command';

/**
 * The ribbon's function file (commands.html): registers `validateActiveSheet` (一键校验 on the Home tab, manifest
 * FunctionName "validateActiveSheet"). Office calls it with an event that must be completed, whatever happens: it
 * is completed right after the result dialog is requested, never after waiting on the dialog (commands/ribbon-command
 * says what that relies on).
 */
export function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  return runRibbonCommand(event, {
    validate: () => Excel.run((context) => runValidateCommand(context)),
    ui: Office.context?.ui,
    resultPageUrl: resultPageUrl(location.href),
  });
}

// In an old webview (IE11 / EdgeHTML) old-webview.js has registered its own ES5 validateActiveSheet: keep it.
if (!oldWebview()) {
  Office.onReady(() => {
    // Office.actions.associate (SharedRuntime / newer hosts); the global name serves older FunctionFile hosts.
    try {
      Office.actions?.associate('validateActiveSheet', validateActiveSheet);
    } catch {
      // Older hosts look the function up on the global object instead.
    }
  });
  (globalThis as Record<string, unknown>).validateActiveSheet = validateActiveSheet;
}
