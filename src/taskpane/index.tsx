import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { oldWebview } from './old-webview';
import { paneHostFor } from './usecases';
import { specStoreFor } from './usecases/spec-store';
import { loadLang, saveLang } from '../browser/local-store';
import type { Lang } from '../core/i18n/catalogue';

/**
 * Entry of the task pane (webpack's `taskpane` bundle, rendered into #root of taskpane.html). Waits for
 * `Office.onReady` (inside Excel) or finds no Office host (a plain browser), then renders the same pane over the
 * matching host object. In an old webview (IE11 / EdgeHTML) old-webview.js has shown its fallback page instead.
 */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const detected = await detectHost();
  const { host } = detected;
  // The language picked on the pane's switch wins; else Office's display language (in Excel) or the browser's.
  const lang = loadLang() ?? detected.lang;
  document.documentElement.lang = lang;
  const onLangChange = (l: Lang) => {
    saveLang(l);
    document.documentElement.lang = l;
  };
  root.render(
    <App host={paneHostFor(host)} hostForSpec={(spec) => paneHostFor(host, spec)} specStore={specStoreFor(host)} lang={lang} onLangChange={onLangChange} />,
  );
}

if (!oldWebview()) void start();
