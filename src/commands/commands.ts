import { runValidateCommand } from './validate-command';

/**
 * The ribbon's function file (commands.html): registers `validateActiveSheet` (一键校验 on the Home tab, manifest
 * FunctionName "validateActiveSheet"). Office calls it with an event that must be completed, whatever happens.
 */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run((context) => runValidateCommand(context));
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
