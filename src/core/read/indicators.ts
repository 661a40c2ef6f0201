import type { Target, TemplateSpec } from '../spec/schema';
import type { Grid } from '../sheet/grid';
import { matchKey, toHalfWidth } from '../text/normalize';
import { readCell, rowSpan } from './cells';
import { findHeader, type HeaderMatch } from './headers';
import { NO_READ_CELL, type IndicatorRow } from './report';

/** Columns of the indicator sheet (指标完成情况) the reader looks for. */
export type IndicatorKey = 'number' | 'targetId' | 'metric' | 'quarterValue' | 'cumulativeValue';

/** Header labels (as `matchKey`s) of the indicator sheet's columns. */
export const INDICATOR_HEADER_LABELS: Record<IndicatorKey, string[]> = {
  number: ['序号'],
  targetId: ['指标编号', '编号', '指标序号'],
  metric: ['指标', '指标内容', '目标任务', '量化指标', '指标名称'],
  quarterValue: ['本季度完成', '本季度完成数', '本季度完成情况', '本季度'],
  cumulativeValue: ['累计完成', '累计完成数', '累计完成情况', '全年累计完成', '累计'],
};

/** findIndicatorHeader's answers by grid (null: none): the merge and the reader both ask for every sheet. */
const indicatorHeaders = new WeakMap<Grid, HeaderMatch<IndicatorKey> | null>();

/**
 * The indicator sheet's header in a grid: 指标 and at least one of 本季度完成 / 累计完成. Searched once per grid; the
 * same answer object is returned to every caller (do not change it).
 */
export function findIndicatorHeader(grid: Grid): HeaderMatch<IndicatorKey> | undefined {
  const known = indicatorHeaders.get(grid);
  if (known !== undefined) return known ?? undefined;
  const found = findHeader(
    grid,
    INDICATOR_HEADER_LABELS,
    2,
    (f) => (f.metric !== undefined || f.targetId !== undefined) && (f.quarterValue !== undefined || f.cumulativeValue !== undefined),
  );
  indicatorHeaders.set(grid, found ?? null);
  return found;
}

/** A target id as written: "2.1", 2.1 (a number), "２．１"; '' when blank. */
function idText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').replace(/[．。]/g, '.');
}

/**
 * The spec target a row names: by the target id column ("2.1"), else by the 指标 text — equal to the layout's text
 * (metric：figure), or containing the target's metric (the one target whose metric it contains; ties -> none).
 */
export function matchTarget(spec: TemplateSpec, id: string, metric: string): { target: Target; itemNumber: number } | undefined {
  const all = spec.items.flatMap((item) => item.targets.map((target) => ({ target, itemNumber: item.number })));
  const wanted = idText(id);
  if (wanted !== '') {
    const byId = all.find((t) => t.target.id === wanted);
    if (byId) return byId;
  }
  const key = matchKey(metric);
  if (key === '') return undefined;
  const exact = all.filter((t) => matchKey(`${t.target.metric}：${t.target.text}`) === key || matchKey(t.target.text) === key);
  if (exact.length === 1) return exact[0];
  const contained = all.filter((t) => key.includes(matchKey(t.target.metric)));
  if (contained.length === 1) return contained[0];
  const both = contained.filter((t) => key.includes(matchKey(t.target.text)));
  return both.length === 1 ? both[0] : undefined;
}

/**
 * The rows of an indicator sheet below its header: one per non-blank row that names a target or holds a figure.
 * Rows mapped by the target id column, else by 指标 text (see `matchTarget`); an unmapped row keeps targetId undefined.
 */
export function readIndicatorRows(grid: Grid, header: HeaderMatch<IndicatorKey>, spec: TemplateSpec): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const { end } = rowSpan(grid);
  const col = header.columns;
  const at = (r: number, c: number | undefined) => (c === undefined ? { ...NO_READ_CELL } : readCell(grid, r, c));
  for (let r = header.row + 1; r < end; r++) {
    const metric = at(r, col.metric);
    const quarterValue = at(r, col.quarterValue);
    const cumulativeValue = at(r, col.cumulativeValue);
    const id = at(r, col.targetId);
    if (metric.text === '' && id.text === '' && quarterValue.text === '' && cumulativeValue.text === '') continue;
    const m = matchTarget(spec, id.text, metric.text);
    if (!m && quarterValue.text === '' && cumulativeValue.text === '') continue;
    const row: IndicatorRow = { row: r, metric: col.metric === undefined ? id : metric, quarterValue, cumulativeValue };
    if (m) {
      row.targetId = m.target.id;
      row.itemNumber = m.itemNumber;
    }
    out.push(row);
  }
  return out;
}
