import type { Target, TemplateSpec } from '../spec/schema';
import type { CellRange } from '../sheet/grid';
import type { PlanCell, PlanValidation, SheetPlan } from '../sheet/plan';
import { clip } from '../sheet/plan-ranges';
import { heightForLines, rowHeightFor } from '../sheet/text-metrics';
import { targetsFor, targetUnits } from '../spec/targets';
import {
  checkOptions,
  officialPrint,
  TEMPLATE_SHEET_NAMES,
  unitLine,
  type TemplateOptions,
} from './options';
import { indicatorTitle } from '../spec/titles';
import { SIZES, templateStyles, type TemplateStyleKey } from './styles';
import { withPageBreaks } from './page-breaks';
import { INDICATOR_COLUMNS } from '../spec/indicator-columns';

export { INDICATOR_COLUMNS } from '../spec/indicator-columns';


/** Key of an indicator column. */
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key'];

/** 0-based column of an indicator column key. */
export function indicatorColumn(key: IndicatorColumnKey): number {
  return INDICATOR_COLUMNS.findIndex((c) => c.key === key);
}

/** 0-based rows of the indicator sheet: title, 填报单位 line, header; target rows start at `firstTarget`. */
export const INDICATOR_ROWS = { title: 0, line: 1, header: 2, firstTarget: 3 } as const;

/** The text shown in the single row of an indicator sheet that has no target for the chosen unit. */
export const NO_TARGETS_TEXT = '本单位在本清单中没有量化指标，无需填写本表。';

/** Instruction shown on the 填报单位 line (right part). */
export const INDICATOR_HINT = '说明：本季度完成、累计完成只填数字，不带单位；百分比指标填 90 表示 90%。';

/** The 指标 text: the metric followed by the figure as written, "“春风行动”…招聘活动：不少于2场次"; the figure alone when it already names the metric. */
export function indicatorText(target: Target): string {
  return target.text.includes(target.metric) ? target.text : `${target.metric}：${target.text}`;
}

/**
 * The indicator sheet 指标完成情况 as a SheetPlan: title (row 0, merged), 填报单位 line and a one-line instruction
 * (row 1), header (row 2, repeated on printed pages), then one row per target the unit reports (every target when no
 * unit is chosen), in the spec's order. 本季度完成 and 累计完成 are unlocked, take numbers only (decimal validation
 * ≥ 0, ≤ 100 for a rate target, with a Chinese input prompt); everything else is locked. A unit without targets
 * gets one merged row saying so (`NO_TARGETS_TEXT`). Print: A4 landscape, one page wide, page footer, manual page
 * breaks between whole rows (`withPageBreaks`).
 *
 * Throws RangeError for a quarter outside 1..4 or an unknown unit id (see `checkOptions`).
 */
export function indicatorSheetPlan(spec: TemplateSpec, opts: TemplateOptions): SheetPlan {
  const unit = checkOptions(spec, opts);
  const widths = INDICATOR_COLUMNS.map((c) => c.width);
  const last = INDICATOR_COLUMNS.length - 1;
  const total = widths.reduce((a, b) => a + b, 0);
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style: TemplateStyleKey): void => {
    cells.push({ row, col, value, style });
  };
  const rowHeights: Record<number, number> = {};
  const validations: PlanValidation[] = [];

  const title = indicatorTitle(spec, opts.quarter);
  put(INDICATOR_ROWS.title, 0, title, 'title');
  rowHeights[INDICATOR_ROWS.title] = rowHeightFor([title], [total], SIZES.title);
  const split = indicatorColumn('metric');
  put(INDICATOR_ROWS.line, 0, unitLine(unit), unit ? 'line' : 'lineFill');
  put(INDICATOR_ROWS.line, split + 1, INDICATOR_HINT, 'note');
  rowHeights[INDICATOR_ROWS.line] = Math.max(
    heightForLines(1, SIZES.line) + 4,
    rowHeightFor([INDICATOR_HINT], [widths.slice(split + 1).reduce((a, b) => a + b, 0)], 10),
  );

  INDICATOR_COLUMNS.forEach((c, i) => put(INDICATOR_ROWS.header, i, c.header, 'header'));
  rowHeights[INDICATOR_ROWS.header] = rowHeightFor(
    INDICATOR_COLUMNS.map((c) => c.header),
    widths,
    SIZES.header,
  );

  const rows = targetsFor(spec, unit?.id);
  const merges: CellRange[] = [
    { r0: INDICATOR_ROWS.title, c0: 0, r1: INDICATOR_ROWS.title, c1: last },
    { r0: INDICATOR_ROWS.line, c0: 0, r1: INDICATOR_ROWS.line, c1: split },
    { r0: INDICATOR_ROWS.line, c0: split + 1, r1: INDICATOR_ROWS.line, c1: last },
  ];
  const fill: TemplateStyleKey = unit ? 'ownNumber' : 'fillNumber';
  rows.forEach(({ item, target }, k) => {
    const row = INDICATOR_ROWS.firstTarget + k;
    const metric = indicatorText(target);
    const units = targetUnits(item, target).join('\n');
    const texts: Record<IndicatorColumnKey, [string | number | null, TemplateStyleKey]> = {
      number: [item.number, 'fixedCenter'],
      name: [item.name, 'fixed'],
      targetId: [target.id, 'fixedCenter'],
      metric: [metric, 'fixed'],
      value: [target.value, 'fixedNumber'],
      measure: [target.measure, 'fixedCenter'],
      unit: [units, 'fixedCenter'],
      quarterValue: [null, fill],
      cumulativeValue: [null, fill],
    };
    INDICATOR_COLUMNS.forEach((c, i) => put(row, i, texts[c.key][0], texts[c.key][1]));
    rowHeights[row] = rowHeightFor(
      INDICATOR_COLUMNS.map((c) => {
        const v = texts[c.key][0];
        return v === null ? '' : String(v);
      }),
      widths,
      SIZES.body,
      2,
    );
    const rate = target.kind === 'rate';
    validations.push({
      range: { r0: row, c0: indicatorColumn('quarterValue'), r1: row, c1: indicatorColumn('cumulativeValue') },
      type: 'decimal',
      min: 0,
      ...(rate ? { max: 100 } : {}),
      promptTitle: '只填数字',
      prompt: rate
        ? `填百分数的数字，如 90 表示 90%，不超过 100。目标：${clip(target.text, 80)}`
        : `只填数字，不带单位（单位：${target.measure}）。目标：${clip(target.text, 80)}`,
      errorTitle: '请填写数字',
      error: rate ? '这里只能填 0 到 100 之间的数字（90 表示 90%）。' : '这里只能填不小于 0 的数字，不带单位。',
    });
  });
  if (rows.length === 0) {
    const row = INDICATOR_ROWS.firstTarget;
    INDICATOR_COLUMNS.forEach((_c, i) => put(row, i, i === 0 ? NO_TARGETS_TEXT : null, 'fixedCenter'));
    merges.push({ r0: row, c0: 0, r1: row, c1: last });
    rowHeights[row] = heightForLines(2, SIZES.body);
  }

  return withPageBreaks({
    name: TEMPLATE_SHEET_NAMES.indicator,
    role: 'indicator',
    styles: templateStyles(),
    cells,
    merges,
    columnWidths: widths,
    rowHeights,
    validations,
    print: officialPrint(INDICATOR_ROWS.header),
    freeze: { rows: INDICATOR_ROWS.firstTarget, cols: 0 },
    protect: true,
  });
}
