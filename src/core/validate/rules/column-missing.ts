import { a1 } from '../../sheet/grid';
import type { ColumnKey } from '../../spec/schema';
import type { Rule } from '../context';
import { columnLabel, finding } from '../context';

/**
 * `column-missing` (error): a column of the spec's five is not in the header (deleted or renamed beyond recognition).
 * Points at the header cell of the nearest column found before it (where to insert it), else the nearest after it.
 */
export const columnMissing: Rule = (ctx) => {
  const { report, spec } = ctx;
  if (!report.header || !report.sheet) return [];
  const cols = report.header.columns;
  const keys = spec.columns.map((c) => c.key);
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (cols[keys[i]] !== undefined) continue;
    const before = keys.slice(0, i).reverse().find((k) => cols[k] !== undefined);
    const after = keys.slice(i + 1).find((k) => cols[k] !== undefined);
    const near = (before ?? after) as ColumnKey | undefined;
    const cell = near === undefined ? null : a1(report.header.row, cols[near] as number);
    out.push(finding(ctx, 'column-missing', report.sheet, cell, { column: columnLabel(spec, keys[i]) }));
  }
  return out;
};
