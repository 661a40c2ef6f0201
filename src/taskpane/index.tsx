import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { oldWebview } from './old-webview';
import { useCasesFor } from './usecases';
import { specStoreFor } from './usecases/spec-store';

/**
 * Entry of the task pane (webpack's `taskpane` bundle, rendered into #root of taskpane.html). Waits for
 * `Office.onReady` (inside Excel) or finds no Office host (a plain browser), then renders the same pane over the
 * matching use-cases. In an old webview (IE11 / EdgeHTML) old-webview.js has shown its fallback page instead.
 */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const { host, lang } = await detectHost();
  document.documentElement.lang = lang;
  root.render(
    <App useCases={useCasesFor(host)} useCasesForSpec={(spec) => useCasesFor(host, spec)} specStore={specStoreFor(host)} lang={lang} />,
  );
}

if (!oldWebview()) void start();
