import { toHalfWidth } from './normalize';

/**
 * Numbers as Chinese government texts and hand-filled cells write them: Arabic (2, ２, 1.9, 1,200), Chinese
 * (十二, 两, 一百零五, 三万五千, 壹拾贰), with a multiplier (1.9万 = 19000, 3千, 2亿) and a measure word
 * (场次, 名, 人次, 元, % …). Pure: no I/O. Used for target figures (parseNotice) and for the numbers people type into
 * the indicator sheet (本季度完成 / 累计完成).
 */

/** Chinese digits (lower and upper case forms, 〇/零, 两) -> value. */
const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Chinese small units inside a section of ten thousand. */
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may make up a Chinese integer (digits and units); a regex character class body. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Multipliers written after a figure: 1.9万 = 19000, 3千 = 3000, 2亿 = 200000000. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * Measure words (计量单位) the targets of such notices use, longest first so that a regex alternation built from
 * them takes 场次 before 场 and 个学位 before 个. `%` is a measure too (value in percent). 元 is the base of 万元.
 */
export const MEASURE_WORDS: readonly string[] = [
  '个百分点', '个学位', '个班次', '平方米', '人次', '场次', '课时', '小时', '户次', '个', '元', '场', '名', '人', '份',
  '户', '处', '次', '节', '所', '家', '期', '班', '篇', '件', '项', '天', '床', '间', '%',
];

/**
 * The integer a Chinese numeral names, or undefined: 一 … 九十九, 十二, 两, 一百零五, 两千, 三万五千, 一亿两千万,
 * 壹拾贰; Arabic digits (half- or full-width, e.g. "12", "１２") are accepted too. Undefined for blank text,
 * fractions, signs, digit sequences without units (一二三), and any other character.
 */
export function parseChineseInteger(text: string): number | undefined {
  const t = toHalfWidth(String(text)).trim();
  if (t === '') return undefined;
  if (/^\d+$/.test(t)) return Number(t);
  if (!new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(t)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastWasDigit = false;
  for (const ch of t) {
    if (ch in CN_DIGITS) {
      if (lastWasDigit && digit !== 0 && CN_DIGITS[ch] !== 0) return undefined;
      digit = CN_DIGITS[ch];
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    if (ch in CN_SMALL_UNITS) {
      section += (digit ?? 1) * CN_SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A parsed quantity: `value` in base units (1.9万 -> 19000), the measure word if any (万元 -> 元), and whether it was a percentage. */
export type Quantity = { value: number; measure?: string; percent: boolean };

/** Rounds away binary noise from scaling (1.1 * 10000 = 11000.000000000002 -> 11000). */
export function roundScaled(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The value of one number token: Arabic with optional decimals and thousands separators ("1,200", "1.9"),
 * or a Chinese integer ("十二"); then times its multiplier (万/千/亿) if given. Undefined when unreadable.
 */
export function numberTokenValue(token: string, multiplier?: string): number | undefined {
  const t = toHalfWidth(token).replace(/\s+/g, '');
  let v: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) || /^\d+(\.\d+)?$/.test(t)) v = Number(t.replace(/,/g, ''));
  else v = parseChineseInteger(t);
  if (v === undefined || !Number.isFinite(v)) return undefined;
  return multiplier ? roundScaled(v * (MULTIPLIERS[multiplier] ?? NaN)) : v;
}

/** `MEASURE_WORDS` as a regex alternation body (longest first), usable with or without the `u` flag. */
export const MEASURE_ALTERNATION = MEASURE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const QUANTITY_RE = new RegExp(
  `^([+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[+-]?\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+?)([千万亿])?(${MEASURE_ALTERNATION})?$`,
);

/**
 * A quantity typed in a cell or written in a notice, or undefined when the text is not one quantity.
 * Accepts: numbers (finite), "2", "２", "-1", "1,200", "2场", "2 场次", "三场", "十二", "两", "1.9万" (19000),
 * "1.9万名" (19000, 名), "90%" / "90％" (90, %, percent), "1万元" (10000, 元), "3个百分点" (3, 个百分点).
 * Rejects blank text, NaN/Infinity, text around the figure ("完成3场", "3场活动"), unknown measure words.
 */
export function parseQuantity(text: string | number): Quantity | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? { value: text, percent: false } : undefined;
  const t = toHalfWidth(String(text)).replace(/\s+/g, '');
  if (t === '') return undefined;
  const m = QUANTITY_RE.exec(t);
  if (!m) return undefined;
  const [, num, mult, measure] = m;
  let value: number | undefined;
  if (/^[+-]?[\d,.]+$/.test(num)) {
    const sign = num.startsWith('-') ? -1 : 1;
    value = numberTokenValue(num.replace(/^[+-]/, ''), mult);
    if (value !== undefined) value *= sign;
  } else {
    // A trailing 千/万/亿 of a Chinese numeral is part of it ("两千" = 2000), not a second multiplier.
    value = parseChineseInteger(num + (mult ?? ''));
  }
  if (value === undefined) return undefined;
  const q: Quantity = { value, percent: measure === '%' };
  if (measure) q.measure = measure;
  return q;
}
