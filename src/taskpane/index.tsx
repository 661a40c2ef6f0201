// PLACEHOLDER written by the build engineer so webpack has an entry; the pane engineer replaces this file.
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(<p>进展情况表助手</p>);
