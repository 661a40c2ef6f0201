/** Circled numerals ① … ⑳ (① = 1). */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Chinese numeral characters of item numbers (一 … 十, 百). */
export const CN = '一二三四五六七八九十百';

/** One numbered marker found in a text: its number (1-based), 0-based offsets of the marker and of the text after it. */
export type Marker = { number: number; start: number; bodyStart: number };

/** Markers numbered 1, 2, 3 … in text order; others are skipped. */
export function sequence(h: string, re: RegExp, num: (s: string) => number | undefined): Marker[] {
  const out: Marker[] = [];
  for (const m of h.matchAll(re)) {
    if (num(m[1]) !== out.length + 1) continue;
    const start = m.index ?? 0;
    out.push({ number: out.length + 1, start, bodyStart: start + m[0].length });
  }
  return out;
}

