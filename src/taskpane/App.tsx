import { useMemo, useState } from 'react';
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/catalogue';
import { PaneContext, paneFor } from './context';
import { SummaryPage } from './pages/SummaryPage';
import { TemplatePage } from './pages/TemplatePage';
import { ValidatePage } from './pages/ValidatePage';
import type { UseCases } from './usecases/types';

/** The three pages: 模板 / 校验 / 汇总. */
export type PageKey = 'template' | 'validate' | 'summary';

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
  useCases: UseCases;
  lang: Lang;
  /** The page shown first (default 模板). */
  initialPage?: PageKey;
}

/** The task pane: Fluent provider, header, tab list and the chosen page. The same in Excel and in a browser. */
export function App({ useCases, lang, initialPage = 'template' }: AppProps) {
  const styles = useStyles();
  const pane = useMemo(() => paneFor(useCases, lang), [useCases, lang]);
  const [page, setPage] = useState<PageKey>(initialPage);
  const { s } = pane;
  return (
    <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
      <PaneContext.Provider value={pane}>
        <header className={styles.header}>
          <Text as="h1" className={styles.title}>
            {s.appTitle}
          </Text>
          <Text size={200} className={styles.host}>
            {useCases.host === 'excel' ? s.hostExcel : s.hostBrowser}
          </Text>
        </header>
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
        </TabList>
        <main>
          {page === 'template' ? <TemplatePage /> : page === 'validate' ? <ValidatePage /> : <SummaryPage />}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
