import { parseResultQuery, resultText } from './result-text';

/**
 * The result dialog of the ribbon's 一键校验 (result.html, opened by `showResultDialog` with
 * Office.context.ui.displayDialogAsync, DialogApi 1.1): shows the title and sentence the query string carries, and
 * a 关闭 button that asks the command to close the dialog (Office.context.ui.messageParent). Text is set with
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
  });
  close?.focus();
}

render();
Office.onReady(() => undefined);
