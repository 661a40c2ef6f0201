import type { CellStyle } from '../sheet/plan';
import { FONTS, SIZES, templateStyles } from './styles';

/**
 * Styles of the summary sheets (汇总表, 报送情况, 指标完成情况汇总): the template's fonts and borders (title in
 * 方正小标宋简体, headers in 黑体, body in 仿宋_GB2312 12 pt), not protected (the coordinator edits the summary).
 * No style has a fill (issue 12: the template's grey / yellow must not print): statuses are coloured words.
 * `text` cells carry the text format "@" so a text from a file that starts with = + - @ stays text.
 */
export function summaryStyles(): Record<SummaryStyleKey, CellStyle> {
  const t = templateStyles();
  const cell: CellStyle = { font: { name: FONTS.body, size: SIZES.body }, border: 'thin', vertical: 'center', wrap: true };
  const text: CellStyle = { ...cell, horizontal: 'left', vertical: 'top', numberFormat: '@' };
  return {
    title: t.title,
    line: { ...t.line, wrap: true },
    lineRight: { ...t.line, horizontal: 'right' },
    header: t.header,
    center: { ...cell, horizontal: 'center', numberFormat: '@' },
    index: { ...cell, horizontal: 'center', numberFormat: 'General' },
    left: { ...cell, horizontal: 'left', numberFormat: '@' },
    text,
    marker: { ...text, font: { name: FONTS.body, size: SIZES.body, color: '#C00000' } },
    number: { ...cell, horizontal: 'right', numberFormat: '#,##0.##' },
    percent: { ...cell, horizontal: 'right', numberFormat: '0.0%' },
    pace: { ...cell, horizontal: 'right', numberFormat: '0%' },
    // Statuses in coloured words, never fills: the summary prints clean on any printer (issue 12).
    missing: { ...cell, horizontal: 'center', numberFormat: '@', font: { name: FONTS.body, size: SIZES.body, bold: true, color: '#C00000' } },
    warn: { ...cell, horizontal: 'center', numberFormat: '@', font: { name: FONTS.body, size: SIZES.body, bold: true, color: '#C65911' } },
    ok: { ...cell, horizontal: 'center', numberFormat: '@', font: { name: FONTS.body, size: SIZES.body, color: '#375623' } },
    section: { font: { name: FONTS.header, size: SIZES.header, bold: true }, horizontal: 'left', vertical: 'center' },
    paste: { font: { name: FONTS.body, size: SIZES.body }, border: 'thin', horizontal: 'left', vertical: 'top', wrap: true, numberFormat: '@' },
  };
}

/** Style keys of the summary sheets. */
export type SummaryStyleKey =
  | 'title'
  | 'line'
  | 'lineRight'
  | 'header'
  | 'center'
  | 'index'
  | 'left'
  | 'text'
  | 'marker'
  | 'number'
  | 'percent'
  | 'pace'
  | 'missing'
  | 'warn'
  | 'ok'
  | 'section'
  | 'paste';

export { SUMMARY_SHEET_NAMES } from '../sheet/names';
