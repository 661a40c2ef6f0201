import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens, webLightTheme, mergeClasses } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/catalogue';
import type { TemplateSpec } from '../core/spec/schema';
import { PaneContext, paneFor } from './context';
import { LanguageSwitch } from './components/LanguageSwitch';
import { PageBoundary } from './components/PageBoundary';
import { errorText } from './error-text';
import { usePrintStyles } from './styles';
import { fill } from './strings';
import type { SpecStore } from './usecases/spec-store';
import { TemplatePage } from './pages/TemplatePage';
import type { PaneHost } from './usecases/types';

// The first page (模板) comes with the pane; the others load when their tab is first opened (chunks of their own, with
// whatever only they use), so the pane's first load stays small (test/build/build.test.ts holds the budget).
const ValidatePage = lazy(() => import('./pages/ValidatePage').then((m) => ({ default: m.ValidatePage })));
const SummaryPage = lazy(() => import('./pages/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const SpecPage = lazy(() => import('./pages/SpecPage').then((m) => ({ default: m.SpecPage })));

/** The pages: 模板 / 校验 / 汇总 / 清单. */
export type PageKey = 'template' | 'validate' | 'summary' | 'spec';

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: 0, overflowX: 'hidden' },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  host: { color: tokens.colorNeutralForeground3 },
  tabs: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface AppProps {
  /** The host object of where the pane runs (usecases `paneHostFor`): what the pages can do there. */
  host: PaneHost;
  /** The language shown first; the pane's switch changes it (no new validation or merge is needed). */
  lang: Lang;
  /** The page shown first (default 模板). */
  initialPage?: PageKey;
  /** The host over another spec (the one chosen on 清单); default: `host` with its `spec` replaced. */
  hostForSpec?: (spec: TemplateSpec) => PaneHost;
  /** Where a chosen spec is kept; its spec is adopted at start. Default: none (the spec of `host`, not kept). */
  specStore?: SpecStore;
  /** Called when the person picks a language on the pane's switch (index.tsx keeps it and sets `<html lang>`). */
  onLangChange?: (lang: Lang) => void;
}

/** The task pane: Fluent provider, header, tab list and the chosen page. The same in Excel and in a browser. */
export function App({ host, lang: initialLang, initialPage = 'template', hostForSpec, specStore, onLangChange }: AppProps) {
  const styles = useStyles();
  const print = usePrintStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const chooseLang = (l: Lang) => {
    setLang(l);
    onLangChange?.(l);
  };
  const [chosen, setChosen] = useState<TemplateSpec | null>(null);
  const [specWarning, setSpecWarning] = useState(false);
  useEffect(() => {
    let live = true;
    specStore
      ?.load()
      .then((loaded) => {
        if (!live) return;
        if (loaded.kind === 'spec') setChosen(loaded.spec);
        else if (loaded.kind === 'bad') setSpecWarning(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [specStore]);
  const active = useMemo(
    () => (chosen && chosen !== host.spec ? (hostForSpec?.(chosen) ?? { ...host, spec: chosen }) : host),
    [chosen, host, hostForSpec],
  );
  const setSpec = useCallback(
    async (spec: TemplateSpec) => {
      const kept = specStore ? await specStore.save(spec) : { kept: false };
      setChosen(spec);
      setSpecWarning(false);
      return kept;
    },
    [specStore],
  );
  const pane = useMemo(() => paneFor(active, lang, setSpec), [active, lang, setSpec]);
  const [page, setPage] = useState<PageKey>(initialPage);
  const { s } = pane;
  return (
    <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
      <PaneContext.Provider value={pane}>
        <header className={mergeClasses(styles.header, print.noPrint)}>
          <Text as="h1" id="app-title" className={styles.title}>
            {s.appTitle}
          </Text>
          <Text size={200} className={styles.host}>
            {host.host === 'excel' ? s.hostExcel : host.host === 'wps' ? s.hostWps : s.hostBrowser}
          </Text>
          <Text size={200} className={styles.host} id="active-spec">
            {fill(s.spec.active, { title: pane.spec.listTitle })}
          </Text>
          <LanguageSwitch lang={lang} onChange={chooseLang} />
        </header>
        {specWarning ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s.spec.storedInvalid}</MessageBarBody>
          </MessageBar>
        ) : null}
        <nav aria-labelledby="app-title" className={print.noPrint}>
          <TabList className={styles.tabs} selectedValue={page} onTabSelect={(_, d) => setPage(d.value as PageKey)}>
            <Tab id="tab-template" value="template">
              {s.tabTemplate}
            </Tab>
            <Tab id="tab-validate" value="validate">
              {s.tabValidate}
            </Tab>
            <Tab id="tab-summary" value="summary">
              {s.tabSummary}
            </Tab>
            <Tab id="tab-spec" value="spec">
              {s.spec.tab}
            </Tab>
          </TabList>
        </nav>
        <main>
          <PageBoundary key={page} textFor={(error) => errorText(error, lang)}>
            <Suspense fallback={null}>
              {page === 'template' ? <TemplatePage /> : page === 'validate' ? <ValidatePage /> : page === 'spec' ? <SpecPage /> : <SummaryPage />}
            </Suspense>
          </PageBoundary>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
