import { totalIncrement } from '../ledger/figures';
import type { LedgerQuarter } from '../ledger/types';
import { MARK_EMPTY, MARK_MISSING, MARK_UNREADABLE } from '../merge/items';
import type { Summary, TargetSummary, UnitEntry } from '../merge/types';
import { PACE_TEXT, unitFigureText } from '../layout/summary-targets';
import type { TemplateSpec } from '../spec/schema';
import { quarterLabel } from '../text/quarter';
import { changeText, chineseNumeral, documentDate, figureText, percentText } from './numbers';
import { para, type DocParagraph, type DocumentPlan } from './plan';

/** Options of `dispatchReportPlan`. */
export interface DispatchOptions {
  /** The ledger's nearest earlier quarter (LedgerMergeResult.previous): its totals give 上季度 and 本季度新增. */
  previous?: LedgerQuarter;
  /** 成文日期, ISO yyyy-mm-dd; omitted = a blank date line for the coordinator to fill. */
  date?: string;
}

/**
 * The units sent back, in the third person for the 通报 (the 退回修改 texts themselves speak to the unit: "你单位…",
 * cell addresses): "区卫健局（报送的表有4处错误）", "区科协（报送的不是第三季度的表）", "区残联（报送的文件无法读取）";
 * the error count is the roster's. `q` is the quarter's label.
 */
export function returnedUnits(summary: Summary, q: string): string[] {
  return summary.roster.returnTexts.map((r) => {
    const errors = summary.roster.units.find((u) => u.unit === r.unit)?.errors ?? 0;
    const why = r.kind === 'errors' ? `报送的表有${errors}处错误` : r.kind === 'wrong-quarter' ? `报送的不是${q}的表` : '报送的文件无法读取';
    return `${r.unit}（${why}）`;
  });
}

/** The marked place for the coordinator's own 下步工作 text (highlighted in the document). */
export const NEXT_STEPS_PLACEHOLDER = '【待填写：下步工作安排，由汇总人根据本季度调度情况填写】';

/** The 通报's title: "关于2026年第三季度为全区妇女儿童办实事工作进展情况的通报" (from the spec's table title). */
export function dispatchTitle(spec: TemplateSpec, quarter: number): string {
  const core = spec.tableTitle.replace(new RegExp(`^${spec.year}年`), '').replace(/表$/, '');
  return `关于${spec.year}年${quarterLabel(quarter)}${core}的通报`;
}

function entryText(e: UnitEntry): string {
  const text = e.status === 'filled' ? e.progressText.trim() : e.status === 'empty' ? MARK_EMPTY : e.status === 'unreadable' ? MARK_UNREADABLE : MARK_MISSING;
  return `【${e.unit}】${text}`;
}

/**
 * The figure sentence of one target in `quarter`, every number from the Summary (and 上季度 from the ledger's
 * previous quarter): "目标不少于2场次；累计完成3场次，完成率150%（序时进度75%），已完成；第二季度2场次，本季度新增1场次。"
 * The increase of a summed target compares each unit counted now with its own figure then (`totalIncrement`), naming
 * the units not counted then; when the previous quarter is not the one just before (第一季度 beside 第三季度), the
 * increase is said as "比第一季度增加", not "本季度新增". A target whose units' figures are not combined (per-person
 * and frequency standards) lists each unit's figure as written.
 */
export function targetSentence(t: TargetSummary, previous: LedgerQuarter | undefined, quarter: number): string {
  const m = t.measure;
  const parts: string[] = [`目标${t.text}`];
  if (t.aggregate === 'none') {
    const figures = t.perUnit.filter((v) => v.responsible).map((v) => `${v.unit}${v.state === 'figure' ? ` ${figureText(v.value as number)}${m}` : `：${unitFigureText(v)}`}`);
    parts.push(`各单位报送：${figures.join('，') || '无'}`);
    return `${parts.join('；')}。`;
  }
  const excluded = t.perUnit.filter((v) => v.state === 'excluded').map((v) => v.unit);
  const absent = t.perUnit.filter((v) => v.responsible && v.state !== 'figure' && v.state !== 'excluded').map((v) => v.unit);
  if (t.total === undefined) {
    parts.push('本季度暂无计入汇总的数据');
    if (excluded.length) parts.push(`${excluded.join('、')}报送的数有错误，未计入`);
    if (absent.length) parts.push(`${absent.join('、')}未报数`);
    return `${parts.join('；')}。`;
  }
  const label = t.aggregate === 'average' ? '各单位平均' : '累计完成';
  let figure = `${label}${figureText(t.total)}${m}`;
  if (t.completion !== undefined && t.aggregate === 'sum') figure += `，完成率${percentText(t.completion)}`;
  if (t.expected !== undefined) figure += `（序时进度${percentText(t.expected)}）`;
  figure += `，${PACE_TEXT[t.pace]}`;
  parts.push(figure);
  const before = previous?.totals.find((x) => x.target === t.id)?.total;
  if (previous && before !== undefined) {
    const then = quarterLabel(previous.quarter);
    const adjacent = previous.quarter === quarter - 1;
    let change: string | undefined;
    if (t.aggregate === 'sum') {
      const now = t.perUnit.filter((v) => v.state === 'figure' && v.value !== undefined).map((v) => ({ unit: v.unit, value: v.value as number }));
      const inc = totalIncrement(now, previous, t.id);
      if (inc) {
        const d = inc.value;
        change = d >= 0 ? `${adjacent ? '本季度新增' : `比${then}增加`}${figureText(d)}${m}` : `比${then}减少${figureText(-d)}${m}`;
        if (inc.without.length) change += `（不含${inc.without.join('、')}：${then}未计入）`;
      }
    } else {
      change = `${adjacent ? '' : `比${then}`}变化${changeText(t.total - before)}${m === '%' ? '个百分点' : m}`;
    }
    parts.push(`${then}${figureText(before)}${m}${change ? `，${change}` : ''}`);
  }
  if (excluded.length) parts.push(`${excluded.join('、')}报送的数有错误，未计入`);
  if (absent.length) parts.push(`${absent.join('、')}未报数，未计入`);
  return `${parts.join('；')}。`;
}

/**
 * The draft 调度通报 of a merged quarter (the notice: 区妇联"按季度开展工作统筹调度") as a DocumentPlan: title, 主送
 * 各责任单位, the opening naming the notice (spec issuer, list title, document number), then
 * 一、总体情况 (units due, sent, with errors, unreadable, missing; files received and merged: Summary.totals);
 * 二、各项实事进展情况 (per item: each target's figures, `targetSentence`, and each responsible unit's own text verbatim);
 * 三、进度滞后的指标 (targets with pace 'behind', or 无); 四、报送和退回情况 (missing units, the units sent back and why, `returnedUnits`, as the merge
 * wrote it); 五、下步工作 (a marked place for the coordinator's own text, NEXT_STEPS_PLACEHOLDER); then the coordinator's
 * full name and the date. Every number comes from the Summary or the ledger's previous quarter; nothing is invented.
 * Pure and deterministic.
 */
export function dispatchReportPlan(summary: Summary, spec: TemplateSpec, opts: DispatchOptions = {}): DocumentPlan {
  const q = quarterLabel(summary.quarter);
  const t = summary.totals;
  const title = dispatchTitle(spec, summary.quarter);
  const coordinator = spec.units.find((u) => u.id === summary.coordinator)?.fullName ?? summary.coordinator;
  const p: DocParagraph[] = [para('title', title), para('recipient', '各责任单位：')];
  const notice = `${spec.issuer}《${spec.listTitle}》${spec.documentNumber ? `（${spec.documentNumber}）` : ''}`;
  p.push(para('body', `按照${notice}要求，${summary.coordinator || '汇总单位'}对${spec.year}年${q}各项实事工作进展情况进行了调度。现将有关情况通报如下：`));

  p.push(para('heading1', '一、总体情况'));
  const withErrors = t.withErrors ? `，其中${t.withErrors}个单位报送的表有错误` : '';
  const unreadable = t.unreadable ? `，${t.unreadable}个单位报送的文件无法读取` : '';
  p.push(para('body', `本季度应报送单位${t.units}个，已报送${t.submitted}个${withErrors}${unreadable}，未报送${t.missing}个。共收到文件${t.files}份，纳入汇总${t.merged}份。`));
  const behind = summary.targets.filter((x) => x.pace === 'behind');
  const met = summary.targets.filter((x) => x.pace === 'met');
  const onTrack = summary.targets.filter((x) => x.pace === 'on-track');
  // Every target is counted once: met / on-track / behind, then those without data, then the standards (per person,
  // frequency) that have no pace, so the parts add up to the whole.
  const noData = summary.targets.filter((x) => x.pace === 'no-data').length;
  const noPace = summary.targets.filter((x) => x.pace === 'not-applicable').length;
  const rest = [noData ? `暂无计入汇总的数据${noData}项` : '', noPace ? `不按进度统计的指标（标准类、上限类）${noPace}项` : ''].filter(Boolean);
  p.push(para('body', `全部${summary.targets.length}项指标中，已完成${met.length}项，符合序时进度${onTrack.length}项，滞后${behind.length}项${rest.length ? `，${rest.join('，')}` : ''}。`));

  p.push(para('heading1', '二、各项实事进展情况'));
  for (const item of summary.items) {
    p.push(para('heading2', `（${chineseNumeral(item.number)}）${item.name}`));
    for (const target of summary.targets.filter((x) => x.itemNumber === item.number)) {
      p.push({ role: 'body', runs: [{ text: `${target.metric}：`, bold: true }, { text: targetSentence(target, opts.previous, summary.quarter) }] });
    }
    for (const e of item.entries.filter((x) => x.responsible)) p.push(para('quote', entryText(e)));
  }

  p.push(para('heading1', '三、进度滞后的指标'));
  if (!behind.length) p.push(para('body', '本季度无进度滞后的指标。'));
  behind.forEach((x, i) => {
    const units = x.perUnit.filter((v) => v.responsible).map((v) => v.unit).join('、');
    p.push(para('body', `${i + 1}. ${x.itemName}——${x.metric}：${targetSentence(x, opts.previous, summary.quarter)}责任单位：${units}。`));
  });

  p.push(para('heading1', '四、报送和退回情况'));
  const missing = summary.roster.missing;
  p.push(para('body', missing.length ? `未报送单位（${missing.length}个）：${missing.join('、')}。` : `各责任单位均已报送${q}工作进展情况表。`));
  const returned = returnedUnits(summary, q);
  p.push(para('body', returned.length ? `退回修改的单位（${returned.length}个）：${returned.join('、')}。各单位的具体问题见退回修改提示。` : '本季度无退回修改的单位。'));

  p.push(para('heading1', '五、下步工作'));
  p.push(para('placeholder', NEXT_STEPS_PLACEHOLDER));

  p.push(para('signature', coordinator));
  p.push(para('signature', (opts.date && documentDate(opts.date)) || '　　年　　月　　日'));
  return { title, paragraphs: p };
}
