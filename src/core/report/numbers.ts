/** A figure as the 通报 writes it: up to 2 decimals, no grouping, no trailing zeros (19000, 81, 12.5). */
export function figureText(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** A ratio as a percent with one decimal at most (0.8125 -> "81.3%", 1 -> "100%"). */
export function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** A signed change: "+5", "-3", "0". */
export function changeText(v: number): string {
  const t = figureText(v);
  return v > 0 ? `+${t}` : t;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals, as headings number them (1 一, 10 十, 12 十二, 20 二十, 21 二十一); other n as digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** An ISO date yyyy-mm-dd as 成文日期 "2026年10月12日" (GB/T 9704 §7.3.5.3: Arabic numerals, no leading zeros); undefined when not ISO. */
export function documentDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : undefined;
}
