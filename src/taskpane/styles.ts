import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the pages: one column that never overflows a 350-pixel pane. */
export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  help: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Print: the interface (tabs, pickers, buttons) stays off paper; the roster and the texts print (`@media print`). */
export const usePrintStyles = makeStyles({
  noPrint: { '@media print': { display: 'none' } },
});
