/**
 * The old-webview flag that dist/old-webview.js (src/taskpane/old-webview.es5.js, run before every bundle) sets in
 * Internet Explorer 11 (Trident) and Microsoft Edge Legacy (EdgeHTML). There it has already replaced the page with
 * the Chinese fallback page, so a bundle that reads 'trident' or 'edgehtml' here does nothing. (In those webviews
 * the ES2022 bundles do not even parse; the flag matters where one would: a spoofed user agent, a test.)
 */
export type OldWebview = 'trident' | 'edgehtml';

/** The old webview this page runs in, or undefined in a current one. */
export function oldWebview(): OldWebview | undefined {
  const flag = (globalThis as { PROGRESS_TABLE_OLD_WEBVIEW?: unknown }).PROGRESS_TABLE_OLD_WEBVIEW;
  return flag === 'trident' || flag === 'edgehtml' ? flag : undefined;
}
