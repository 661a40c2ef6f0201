// PLACEHOLDER written by the build engineer so webpack has an entry; the pane engineer replaces this file.
Office.onReady(() => undefined);
