/** The two languages of every word the product shows: zh-CN (the default) and en-US. */
export type Lang = 'zh-CN' | 'en-US';

/**
 * Fill `{name}` placeholders; a missing param is left as `{name}` so a gap shows in tests. `{name|one|other}` is a
 * plural choice (en-US): `one` when params[name] is 1, else `other` (the number itself is written by `{name}`).
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    if (!(key in params)) return whole;
    if (one !== undefined) return Number(params[key]) === 1 ? one : (other ?? '');
    return String(params[key]);
  });
}

/** The placeholder names of a template (`{name}` and `{name|one|other}` alike), sorted, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();
}
