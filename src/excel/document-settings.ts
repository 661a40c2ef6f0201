/**
 * The document's settings (Office Common API `Office.context.document.settings`, available on every Excel the
 * add-in supports; loaded with the document, so reading them needs no `context.sync()`). Returns undefined outside
 * Office, or where the host gives no settings; never throws.
 */
export function documentSettings(): Office.Settings | undefined {
  try {
    return (globalThis as { Office?: typeof Office }).Office?.context?.document?.settings;
  } catch {
    return undefined;
  }
}
