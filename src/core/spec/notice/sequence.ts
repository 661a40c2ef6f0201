/** Circled numerals ① … ⑳ (① = 1). */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Chinese numeral characters of item numbers (一 … 十, 百). */
export const CN = '一二三四五六七八九十百';

/**
 * One numbered marker found in a text: its number (1-based), 0-based offsets of the marker and of the text after it, and
 * for `restartingSequence` the 0-based run it belongs to (numbering started again at 1).
 */
export type Marker = { number: number; start: number; bodyStart: number; run?: number };

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


/**
 * Like `sequence`, but a run may start again at 1 after two items or more (a plan's targets numbered per 领域:
 * "1.… 2.… 3.… 妇女与教育 1.… 2.…"), when `blocked(from, to)` says no other list's marker lies between the run's
 * last marker and the new 1 (so a 1. list nested in 一、 items never restarts). Items are numbered on, 1 … N.
 */
export function restartingSequence(h: string, re: RegExp, num: (s: string) => number | undefined, blocked: (from: number, to: number) => boolean): Marker[] {
  const out: Marker[] = [];
  let run = 0;
  let runs = 0;
  for (const m of h.matchAll(re)) {
    const n = num(m[1]);
    const start = m.index ?? 0;
    if (n === run + 1) run = n;
    else if (n === 1 && run >= 2 && !blocked(out[out.length - 1].start, start)) {
      run = 1;
      runs++;
    } else continue;
    out.push({ number: out.length + 1, start, bodyStart: start + m[0].length, run: runs });
  }
  return out;
}
