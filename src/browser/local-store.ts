import type { Lang } from '../core/i18n/catalogue';

/**
 * What the pane remembers on this machine (the page's localStorage; nothing leaves it): the 催报 details a
 * coordinator typed (报送期限, 联系人, 电话) and the chosen language. Reading never throws (storage disabled or a
 * value that is not ours gives the default); writing fails silently.
 */

/** The 催报 details: an ISO due date (yyyy-mm-dd from a date field) and the contact, as typed. */
export interface RequestDetails {
  dueDate: string;
  name: string;
  phone: string;
}

export const REQUEST_KEY = 'progress-table-addin.request';
export const LANG_KEY = 'progress-table-addin.lang';

function storage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return undefined;
  }
}

/** The kept 催报 details ('' for each part not kept). */
export function loadRequest(): RequestDetails {
  const empty = { dueDate: '', name: '', phone: '' };
  try {
    const v = JSON.parse(storage()?.getItem(REQUEST_KEY) ?? 'null') as Partial<RequestDetails> | null;
    if (!v || typeof v !== 'object') return empty;
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    return { dueDate: str(v.dueDate), name: str(v.name), phone: str(v.phone) };
  } catch {
    return empty;
  }
}

export function saveRequest(details: RequestDetails): void {
  try {
    storage()?.setItem(REQUEST_KEY, JSON.stringify(details));
  } catch {
    /* not kept: the fields still work for this session */
  }
}

/** The language chosen on the pane's switch, if any. */
export function loadLang(): Lang | undefined {
  try {
    const v = storage()?.getItem(LANG_KEY);
    return v === 'zh-CN' || v === 'en-US' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function saveLang(lang: Lang): void {
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    /* not kept */
  }
}
