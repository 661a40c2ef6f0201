import { toHalfWidth } from '../../text/normalize';
import { CHINESE_NUMERAL_CHARS, MEASURE_ALTERNATION, numberTokenValue, parseChineseInteger } from '../../text/numbers';
import type { Comparator, Target, TargetKind } from '../schema';
import { noticeFinding, type NoticeFinding } from './finding';

/**
 * Quantitative targets in one item's description (issue 6: "every figure with a comparator and a measure word").
 *
 * A figure is a number (Arabic, full-width, or Chinese from 一 … 九 / 十 / 两), an optional multiplier 千/万/亿, an
 * optional 余/多 and a measure word from `MEASURE_WORDS` (场次, 名, 人次, 个, 份, 元, %, 个百分点 …). For each:
 * - comparator: 不少于/不低于/不小于/至少/达到/…以上 -> '>='; 超过/高于/多于 -> '>'; 不超过/不高于/控制在/…以内/…以下
 *   -> '<='; 低于/少于 -> '<'; 约/大约/近/…左右 -> '~'; the signs ≥ ≤ > < as written (a table's "≥95%"); 余/多 ("800余人": more than 800) -> '>='; none -> '=';
 * - kind: % or 个百分点 -> 'rate'; a 每人/每名/每户/每所/人均… marker earlier in the clause -> 'per-person' (a standard per
 *   head or per place, not a total); a 每周/每月/每学年/两周… marker -> 'frequency'; otherwise 'cumulative';
 * - text: from the earliest of marker, comparator and number to the end of the measure word and its 以上/左右;
 *   a figure directly followed by another ("每学年4次8课时") is one target, valued by the first;
 * - "A和B均达到90%以上" gives one target per named rate (A, B), with the same text;
 * - metric: the clause before the figure without fillers (年内, 开展, 等 …), completed by the clause after the figure
 *   when too short ("新增" + "2—3岁幼儿托育学位").
 * - "元/人" after a figure -> 'per-person'; "15/10万", ‰ -> 'rate' (measure "/10万", "‰");
 * - a sum in 元 for a 标准/补贴/救助/资助/发放 with no per-head marker and no 投入/资金 (a total) -> `doubt:
 *   'total-or-per-person'` (kind stays cumulative; a person confirms).
 * Skipped: 一次性, durations (6个月, 5个工作日), ordinals (第一次), "一个" (an article), ranges ("2—3场": a finding). Uncertain figures become findings.
 */

/** Rates per 10 000 / 100 000 ("15/10万"), per mille (‰), 公里, 亩, 座, 条 … besides the shared measure words (issue 11). */
const MEASURE_ALT = `\\/10万|\\/十万|\\/万|‰|公里|千米|件次|家次|个次|批次|台次|学时|${MEASURE_ALTERNATION}|亩|座|套|台|辆|吨|条|张|册|本|米|批|支`;
/** A figure in 元 that may be a total or a standard per head: words of grants and standards, no 投入/资金 total. */
const MONEY_STANDARD_RE = /标准|补贴|补助|救助|资助|奖励|奖补|助学金|慰问金|发放/u;
const MONEY_TOTAL_RE = /投入|资金|总额|共计|累计|合计|预算|总投资|筹集|贷款|基金/u;
/** "元/人", "元/户·月" after a figure: per head. */
const PER_SUFFIX_RE = /^\/(?:人|名|户|生|位)(?:[·.]?(?:月|年))?/u;
const FIGURE_RE = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[一二两三四五六七八九十][${CHINESE_NUMERAL_CHARS}]*)([千万亿])?(余|多)?(${MEASURE_ALT})`,
  'gu',
);
const NO_MEASURE_RE = new RegExp(
  `(不少于|不低于|不小于|至少|超过|不超过|控制在|达到)(\\d+(?:\\.\\d+)?)([千万亿])?(?!\\d|\\.\\d|[千万亿]|余|多|${MEASURE_ALT})`,
  'gu',
);
const PREFIX_CMP_RE = /(不少于|不低于|不小于|不超过|不高于|不多于|至少|达到|超过|高于|多于|控制在|低于|少于|大约|约|近|达|≥|≤|>=|<=|>|<)$/u;
const SUFFIX_CMP_RE = /^(以上|以下|以内|之内|左右|上下)/u;
const PER_PERSON_RE = /每(?:人|名|户|生|位|个|所|校|家|例)|人均|户均|生均/u;
const FREQUENCY_RE = /每(?:周|月|年|学年|学期|季度|季|天|日|星期)|(?:两|[一二三四五六七八九十]|\d+)(?:周|个月|学年|学期)/u;
/** Clause separators in half-width text: ，。；：！？ and line breaks (after toHalfWidth , ; : ! ?). */
const CLAUSE_SEP_RE = /[,。;:!?\n]/u;
const LEADING_FILLERS_RE = /^(?:并|且|同时|年内|全年|今年|计划|力争|确保|持续|深入|积极|常态化|精准|在|对|为|向|给|开展|举办|开设|实施|落实|组织|完成|提供|实现|推动|帮助|通过)+/u;
const TRAILING_FILLERS_RE = /(?:等|共|累计|均|都|总计|合计|的|按|以)+$/u;

const PREFIX_CMP: Record<string, Comparator> = {
  不少于: '>=', 不低于: '>=', 不小于: '>=', 至少: '>=', 达到: '>=', 达: '>=',
  超过: '>', 高于: '>', 多于: '>',
  不超过: '<=', 不高于: '<=', 不多于: '<=', 控制在: '<=',
  低于: '<', 少于: '<',
  大约: '~', 约: '~', 近: '~',
  '≥': '>=', '>=': '>=', '≤': '<=', '<=': '<=', '>': '>', '<': '<',
};
const SUFFIX_CMP: Record<string, Comparator> = { 以上: '>=', 以下: '<=', 以内: '<=', 之内: '<=', 左右: '~', 上下: '~' };

type Figure = {
  start: number;
  end: number;
  value: number;
  measure: string;
  approx: boolean;
};

/** Figures of a half-width text, in order, with compound figures ("4次8课时") merged into the first. */
function findFigures(h: string, findings: NoticeFinding[], line: number | undefined): Figure[] {
  const out: Figure[] = [];
  for (const m of h.matchAll(FIGURE_RE)) {
    const start = m.index ?? 0;
    const [whole, num, mult, yu, measure] = m;
    const end = start + whole.length;
    const before = h.slice(0, start);
    const after = h.slice(end);
    const chinese = !/^\d/.test(num);
    if (/[\d.]$/.test(before)) continue;
    if (before.endsWith('第')) continue;
    if (measure === '次' && after.startsWith('性')) continue;
    if (measure === '个' && /^(?:月|工作日|星期)/u.test(after)) continue;
    if (chinese && num === '一' && (measure === '个' || after.startsWith('一'))) continue;
    if (/\d\s*[—–~-]$|\d\s*至$/u.test(before)) {
      findings.push(noticeFinding('target-range', `“${h.slice(Math.max(0, start - 4), end)}”是一个范围，未作为指标读取，请手工补充。`, line));
      continue;
    }
    const value = chinese ? parseChineseInteger(num + (mult ?? '')) : numberTokenValue(num.replace(/,/gu, ''), mult);
    if (value === undefined) continue;
    const prev = out[out.length - 1];
    if (prev && prev.end === start) {
      prev.end = end;
      continue;
    }
    out.push({ start, end, value, measure, approx: yu !== undefined });
  }
  return out;
}

/** Start of the clause that contains offset `at` (after the last separator before it), not before `floor`. */
function clauseStart(h: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_SEP_RE.test(h[i])) return i + 1;
  return floor;
}

/** End of the clause that contains offset `at`. */
function clauseEnd(h: string, at: number): number {
  for (let i = at; i < h.length; i++) if (CLAUSE_SEP_RE.test(h[i])) return i;
  return h.length;
}

/** Removes 每人/每学年/两周… markers from a phrase. */
function stripMarkers(s: string): string {
  return s.replace(new RegExp(PER_PERSON_RE.source, 'gu'), '').replace(new RegExp(FREQUENCY_RE.source, 'gu'), '');
}

/** Trims fillers from a metric phrase. */
function trimMetric(s: string): string {
  return s.trim().replace(/^(?:\d{1,3}[.、．]|[(（]\d{1,3}[)）]|[①-⑳])/u, '').replace(LEADING_FILLERS_RE, '').replace(TRAILING_FILLERS_RE, '').trim();
}

/**
 * Targets of one item's description (original text, as written), ids `${itemNumber}.${index}` from 1.
 * `firstLine` is the 1-based notice line of the description, for findings. Pure; never throws.
 */
export function extractTargets(
  description: string,
  itemNumber: number,
  firstLine?: number,
): { targets: Target[]; findings: NoticeFinding[] } {
  const t = description;
  const h = toHalfWidth(t).length === t.length ? toHalfWidth(t) : t;
  const findings: NoticeFinding[] = [];
  const targets: Target[] = [];
  const figures = findFigures(h, findings, firstLine);
  let floor = 0;
  for (const f of figures) {
    const cStart = clauseStart(h, f.start, floor);
    const head = h.slice(cStart, f.start);
    let comparator: Comparator = f.approx ? '>=' : '=';
    let textStart = f.start;
    let textEnd = f.end;
    const pre = PREFIX_CMP_RE.exec(head);
    let preCmp: Comparator | undefined;
    if (pre) {
      preCmp = PREFIX_CMP[pre[1]];
      textStart = cStart + pre.index;
    }
    const suf = SUFFIX_CMP_RE.exec(h.slice(f.end));
    let sufCmp: Comparator | undefined;
    if (suf) {
      sufCmp = SUFFIX_CMP[suf[1]];
      textEnd = f.end + suf[1].length;
    }
    if (preCmp && sufCmp && preCmp !== sufCmp && pre?.[1] !== '达到' && pre?.[1] !== '达') {
      findings.push(noticeFinding('target-comparator-conflict', `“${t.slice(textStart, textEnd)}”前后比较词矛盾，按“${pre?.[1]}”读取，请核对。`, firstLine));
      comparator = preCmp;
    } else if (sufCmp) comparator = sufCmp;
    else if (preCmp) comparator = preCmp;

    let kind: TargetKind = 'cumulative';
    const per = PER_PERSON_RE.exec(head);
    const freq = FREQUENCY_RE.exec(head);
    const perSuffix = PER_SUFFIX_RE.exec(h.slice(textEnd));
    if (perSuffix) textEnd += perSuffix[0].length;
    if (f.measure === '%' || f.measure === '个百分点' || f.measure === '‰' || f.measure.startsWith('/')) kind = 'rate';
    else if (per || perSuffix) kind = 'per-person';
    else if (freq) kind = 'frequency';
    if (kind === 'per-person' || kind === 'frequency') {
      const markers = [per, freq].filter((m): m is RegExpExecArray => m !== null).map((m) => cStart + m.index);
      textStart = Math.min(textStart, ...markers);
    }

    const text = t.slice(textStart, textEnd);
    // For 每人…/每周… targets, what lies between the marker and the comparator or number is part of the metric.
    const valueStart = pre ? cStart + pre.index : f.start;
    const markerEnd = Math.min(valueStart, ...[per, freq].filter((m): m is RegExpExecArray => m !== null && cStart + m.index === textStart).map((m) => textStart + m[0].length));
    const before = t.slice(cStart, textStart) + (kind === 'per-person' || kind === 'frequency' ? stripMarkers(t.slice(markerEnd, valueStart)) : '');
    const next = figures[figures.indexOf(f) + 1];
    const cEnd = Math.min(clauseEnd(h, textEnd), next ? next.start : h.length);
    const after = t.slice(textEnd, cEnd).replace(/^的/u, '');
    let metrics = [trimMetric(before)];
    const joint = /(.+?)(?:均|都)$/u.exec(before.trim());
    if (joint && /[和、及与]/u.test(joint[1])) {
      metrics = joint[1].split(/[和、及与]/u).map(trimMetric).filter((s) => s !== '');
    } else if ([...metrics[0]].length < 4 || before.trim().endsWith('的')) {
      metrics = [trimMetric(before.trim() + after)];
    }
    if (metrics[0] === '') {
      const prevEnd = cStart - 1;
      metrics = [trimMetric(t.slice(clauseStart(h, Math.max(prevEnd, 0), 0), Math.max(prevEnd, 0)))];
    }
    const doubtful = kind === 'cumulative' && f.measure === '元' && MONEY_STANDARD_RE.test(head) && !MONEY_TOTAL_RE.test(head);
    for (const metric of metrics) {
      const target: Target = {
        id: `${itemNumber}.${targets.length + 1}`,
        text,
        metric: metric || text,
        comparator,
        value: f.value,
        measure: f.measure,
        kind,
      };
      if (doubtful) target.doubt = 'total-or-per-person';
      targets.push(target);
    }
    floor = textEnd;
  }
  for (const m of h.matchAll(NO_MEASURE_RE)) {
    const start = m.index ?? 0;
    findings.push(noticeFinding('target-no-measure', `“${t.slice(start, start + m[0].length)}”有比较词和数字但没有可识别的计量单位，未作为指标读取，请核对。`, firstLine));
  }
  return { targets, findings };
}
