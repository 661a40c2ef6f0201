import './polyfills';
import { createRoot } from 'react-dom/client';
import { App, type PageKey } from '../../taskpane/App';
import { detectHost } from '../../taskpane/host';
import { paneHostFor } from '../../taskpane/usecases';
import { specStoreFor } from '../../taskpane/usecases/spec-store';

/**
 * Entry of the task pane in WPS (dist/wps/taskpane.html): the same React app as in Excel and in a browser. The host is
 * learnt at start-up (taskpane/host `detectHost`: 'wps' where the page has WPS's `Application`), and the page to show
 * first comes from the ribbon button that opened the pane (`?page=template|summary`). No office.js here.
 */
const PAGES: readonly PageKey[] = ['template', 'validate', 'summary', 'spec'];

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const { host, lang } = await detectHost();
  document.documentElement.lang = lang;
  const wanted = new URLSearchParams(window.location.search).get('page') as PageKey | null;
  const initialPage = wanted && PAGES.includes(wanted) ? wanted : 'template';
  root.render(<App host={paneHostFor(host)} hostForSpec={(spec) => paneHostFor(host, spec)} specStore={specStoreFor(host)} lang={lang} initialPage={initialPage} />);
}

void start();
