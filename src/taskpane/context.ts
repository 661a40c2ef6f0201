import { createContext, useContext } from 'react';
import type { Lang } from '../core/i18n/catalogue';
import type { Quarter } from '../core/spec/schema';
import { quarterLabel } from '../core/text/quarter';
import { STRINGS, fill, type Strings } from './strings';
import type { UseCases } from './usecases/types';

/** What every page needs: the use-cases of the host, the language and its strings. */
export interface Pane {
  useCases: UseCases;
  lang: Lang;
  s: Strings;
}

export const PaneContext = createContext<Pane | null>(null);

/** The pane context; throws when a component is rendered outside `<App>` (a programming error). */
export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside PaneContext');
  return pane;
}

/** Make the context value for a language. */
export function paneFor(useCases: UseCases, lang: Lang): Pane {
  return { useCases, lang, s: STRINGS[lang] };
}

/** "第三季度" (zh-CN) or "Quarter 3" (en-US). */
export function quarterText(q: Quarter, lang: Lang): string {
  return lang === 'zh-CN' ? quarterLabel(q) : fill(STRINGS['en-US'].quarterOption, { n: q });
}

/** The quarter of a date (1..4): the default choice of the pickers. */
export function currentQuarter(now = new Date()): Quarter {
  return (Math.floor(now.getMonth() / 3) + 1) as Quarter;
}
