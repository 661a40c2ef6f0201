/**
 * Copy `text` with the asynchronous clipboard API (`navigator.clipboard.writeText`). Where it is missing or refused
 * (an Office webview without the permission, a page not served over https), select the text of `box` instead so
 * the person can press Ctrl+C: resolves 'copied' or 'selected'; never rejects.
 */
export async function copyText(text: string, box?: HTMLTextAreaElement | HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    const clip = (globalThis as { navigator?: Navigator }).navigator?.clipboard;
    if (!clip?.writeText) throw new Error('no clipboard');
    await clip.writeText(text);
    return 'copied';
  } catch {
    if (box) {
      box.focus();
      box.select();
    }
    return 'selected';
  }
}
