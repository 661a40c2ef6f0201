import type { CellStyle } from '../sheet/plan';

/**
 * Fonts, sizes and colours of the official forms (公文表格): title in 方正小标宋简体 about 18 pt, headers in 黑体,
 * body in 仿宋_GB2312 12 pt, thin black borders. Where a machine lacks a font, Excel and WPS substitute a Chinese
 * font of the same class; sizes, and so the computed row heights, stay valid.
 */
export const FONTS = {
  title: '方正小标宋简体',
  header: '黑体',
  body: '仿宋_GB2312',
} as const;

/** Font sizes in points. */
export const SIZES = { title: 18, line: 12, header: 12, body: 12 } as const;

/** Fill colours "#RRGGBB": the chosen unit's fill cells (light yellow), other units' rows (grey). */
export const COLORS = { own: '#FFF2CC', other: '#E7E6E6' } as const;

/** Style keys shared by the template sheets. */
export type TemplateStyleKey =
  | 'title'
  | 'line'
  | 'lineFill'
  | 'lineRight'
  | 'header'
  | 'fixed'
  | 'fixedCenter'
  | 'fixedNumber'
  | 'fillText'
  | 'fillCenter'
  | 'fillNumber'
  | 'ownText'
  | 'ownCenter'
  | 'ownNumber'
  | 'otherFixed'
  | 'otherFixedCenter'
  | 'otherText'
  | 'otherCenter'
  | 'otherNumber'
  | 'note';

const body = { name: FONTS.body, size: SIZES.body };

/**
 * The named styles of the progress table and the indicator sheet. `fixed*` cells (序号, 实事名称, 责任单位, 指标 …)
 * are locked; `fill*` cells (本季度具体措施及任务进度情况, 完成时限, 本季度完成, 累计完成) are unlocked; `own*`
 * are the chosen unit's fill cells (unlocked, light yellow); `other*` are other units' rows (grey, locked).
 * `*Text` cells hold text in the "@" format so what is typed stays text; `*Number` cells are for numbers.
 */
export function templateStyles(): Record<TemplateStyleKey, CellStyle> {
  const cell: CellStyle = { font: body, border: 'thin', vertical: 'center', wrap: true };
  const fixed: CellStyle = { ...cell, horizontal: 'left', locked: true };
  const fixedCenter: CellStyle = { ...cell, horizontal: 'center', locked: true };
  const fillText: CellStyle = { ...cell, horizontal: 'left', vertical: 'top', locked: false, numberFormat: '@' };
  const fillCenter: CellStyle = { ...cell, horizontal: 'center', locked: false };
  const fillNumber: CellStyle = { ...cell, horizontal: 'right', locked: false, numberFormat: 'General' };
  return {
    title: { font: { name: FONTS.title, size: SIZES.title }, horizontal: 'center', vertical: 'center', wrap: true, locked: true },
    line: { font: { name: FONTS.body, size: SIZES.line }, horizontal: 'left', vertical: 'center', locked: true },
    lineFill: { font: { name: FONTS.body, size: SIZES.line }, horizontal: 'left', vertical: 'center', locked: false },
    lineRight: { font: { name: FONTS.body, size: SIZES.line }, horizontal: 'right', vertical: 'center', locked: false },
    header: {
      font: { name: FONTS.header, size: SIZES.header, bold: true },
      border: 'thin',
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
      locked: true,
    },
    fixed,
    fixedCenter,
    fixedNumber: { ...fixedCenter, numberFormat: 'General' },
    fillText,
    fillCenter,
    fillNumber,
    ownText: { ...fillText, fill: COLORS.own },
    ownCenter: { ...fillCenter, fill: COLORS.own },
    ownNumber: { ...fillNumber, fill: COLORS.own },
    otherFixed: { ...fixed, fill: COLORS.other },
    otherFixedCenter: { ...fixedCenter, fill: COLORS.other },
    otherText: { ...fillText, fill: COLORS.other, locked: true },
    otherCenter: { ...fillCenter, fill: COLORS.other, locked: true },
    otherNumber: { ...fillNumber, fill: COLORS.other, locked: true },
    note: { font: { name: FONTS.body, size: 10 }, horizontal: 'left', vertical: 'center', wrap: true, locked: true },
  };
}
