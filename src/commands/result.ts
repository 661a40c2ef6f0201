import { oldWebview } from '../taskpane/old-webview';
import { parseResultQuery, resultText } from './result-text';

/** How long 关闭 waits for the command to close the dialog before closing it itself (ms). */
const CLOSE_FALLBACK_MS = 1000;

/**
 * The result dialog of the ribbon's 一键校验 (result.html, opened by `showResultDialog` with
 * Office.context.ui.displayDialogAsync, DialogApi 1.1): shows the title and sentence the query string carries, and
 * a 关闭 button that asks the command to close the dialog (Office.context.ui.messageParent), then closes the window
 * itself when nobody did within a second (the command's runtime may be gone). Text is set with
 * textContent only. Opened outside Office (a browser), 关闭 closes the window instead.
 */
function render(): void {
  const { title, text, ok } = resultText(parseResultQuery(location.search));
  const titleEl = document.getElementById('title');
  const textEl = document.getElementById('text');
  const close = document.getElementById('close');
  if (titleEl) {
    titleEl.textContent = title;
    titleEl.className = ok ? 'ok' : 'bad';
  }
  if (textEl) textEl.textContent = text;
  document.title = `一键校验：${title}`;
  close?.addEventListener('click', () => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      window.close();
    }
    // The command completed its event before this page opened (commands/ribbon-command): its runtime may be gone and
    // nobody closes the dialog on the message. Then try window.close(), and say how to close it by hand.
    window.setTimeout(() => {
      window.close();
      if (textEl && !textEl.dataset.closeHint) {
        textEl.dataset.closeHint = '1';
        textEl.textContent = `${text}（如窗口没有关闭，请点右上角的 ×。）`;
      }
    }, CLOSE_FALLBACK_MS);
  });
  close?.focus();
}

// In an old webview (IE11 / EdgeHTML) old-webview.js has shown its fallback page instead.
if (!oldWebview()) {
  render();
  Office.onReady(() => undefined);
}
