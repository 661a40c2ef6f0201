import type { Lang } from '../core/i18n/catalogue';
import { pickLang } from './strings';
import type { Host } from './usecases/types';
import { wpsApplication } from '../wps/api';

/**
 * Host detection: inside WPS 表格 the page has the `Application` global (wps/api `wpsApplication`); `Office.onReady` resolves with `host: "Excel"` inside Excel; outside Office (a plain browser,
 * office.js loaded from the add-in's host) it resolves at once with host null, and where office.js did not load
 * at all there is no `Office` global. Either way the pane then works on files. A 10-second guard keeps a broken
 * office.js from leaving the pane blank.
 */
export async function detectHost(timeoutMs = 10000): Promise<{ host: Host; lang: Lang }> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const nav = typeof navigator !== 'undefined' ? navigator.language : undefined;
  // A WPS 加载项 page has the ET `Application` object as a global (WPS 开放平台, "WPS 加载项 · 基础接口"); Office has none.
  if (wpsApplication()) return { host: 'wps', lang: pickLang(nav) };
  if (!office || typeof office.onReady !== 'function') return { host: 'browser', lang: pickLang(nav) };
  const info = await Promise.race([
    office.onReady().catch(() => ({ host: null })),
    new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), timeoutMs)),
  ]);
  const host: Host = String(info?.host) === 'Excel' ? 'excel' : 'browser';
  let display: string | undefined;
  try {
    display = host === 'excel' ? office.context?.displayLanguage : undefined;
  } catch {
    display = undefined;
  }
  return { host, lang: pickLang(display, nav) };
}
