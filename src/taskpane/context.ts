import { createContext, useContext } from 'react';
import type { Lang } from '../core/i18n/catalogue';
import type { Quarter, TemplateSpec } from '../core/spec/schema';
import { defaultQuarter, quarterLabel } from '../core/text/quarter';
import { STRINGS, fill, type Strings } from './strings';
import type { PaneHost } from './usecases/types';

/** What every page needs: the host object (what can be done where the pane runs), the language and its strings, the active spec. */
export interface Pane {
  /** The host object, over the active spec (`host.spec === spec`): `host.workbook` in Excel and WPS, `host.files` in a browser. */
  host: PaneHost;
  lang: Lang;
  s: Strings;
  /** The active template spec (清单): the embedded 2026 list, or one chosen on the 清单 page. Pages use this. */
  spec: TemplateSpec;
  /**
   * Make `spec` the active spec and keep it (inside Excel in the workbook's hidden metadata, in a browser in
   * localStorage). Resolves `kept: false` when the host could not keep it (it is active anyway); rejects, changing
   * nothing, when keeping it in the workbook failed (an Office.js error: map it with `errorText`).
   */
  setSpec: (spec: TemplateSpec) => Promise<{ kept: boolean }>;
}

export const PaneContext = createContext<Pane | null>(null);

/** The pane context; throws when a component is rendered outside `<App>` (a programming error). */
export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside PaneContext');
  return pane;
}

/** Make the context value for a language; `setSpec` defaults to one that changes nothing (`kept: false`). */
export function paneFor(
  host: PaneHost,
  lang: Lang,
  setSpec: Pane['setSpec'] = () => Promise.resolve({ kept: false }),
): Pane {
  return { host, lang, s: STRINGS[lang], spec: host.spec, setSpec };
}

/** "第三季度" (zh-CN) or "Quarter 3" (en-US). */
export function quarterText(q: Quarter, lang: Lang): string {
  return lang === 'zh-CN' ? quarterLabel(q) : fill(STRINGS['en-US'].quarterOption, { n: q });
}

/**
 * The default choice of the quarter pickers (1..4): the quarter being reported on `now` (core/text/quarter
 * `defaultQuarter`: early in a quarter, units report on the one just ended), not the calendar quarter of `now`.
 */
export function currentQuarter(now = new Date()): Quarter {
  return defaultQuarter(now);
}
