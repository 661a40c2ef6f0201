import { hasCell, type ReadCell } from '../../read/report';
import type { Rule } from '../context';
import { finding } from '../context';
import type { Finding } from '../finding';

/** At most this many characters of a formula's text result are quoted in the message. */
const SHOWN_CHARS = 20;

/** The formula's cached result as quoted in the message: a number as is, text cut to 20 characters ending in "…". */
function resultShown(c: ReadCell): string | number {
  const v = c.raw?.value;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const chars = Array.from(c.text);
  return chars.length <= SHOWN_CHARS ? c.text : `${chars.slice(0, SHOWN_CHARS - 1).join('')}…`;
}

/**
 * `cell-formula` (info): a cell that is read (progress text 本季度具体措施及任务进度情况, 完成时限, 本季度完成, 累计完成)
 * holds a real formula (GridCell.formula, e.g. =SUM(2,3)). Merging takes its calculated (cached) result, param
 * {value}: a number as is, text cut to 20 characters. A formula without a saved result is left to the reader's
 * `formula-no-result`. Text that merely starts with = + - @ is `text-formula-like`.
 */
export const cellFormula: Rule = (ctx) => {
  const { report } = ctx;
  const out: Finding[] = [];
  const check = (sheet: string, c: ReadCell) => {
    // No saved result: the reader's `formula-no-result` says so.
    if (!hasCell(c) || !c.raw?.formula || c.text === '') return;
    out.push(finding(ctx, 'cell-formula', sheet, c.cell, { value: resultShown(c) }));
  };
  if (report.sheet) for (const r of report.rows) [r.progressText, r.deadline].forEach((c) => check(report.sheet as string, c));
  if (report.indicators) {
    const sheet = report.indicators.sheet;
    for (const r of report.indicators.rows) [r.quarterValue, r.cumulativeValue].forEach((c) => check(sheet, c));
  }
  return out;
};
