import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `sheet-truncated` (warning, sheet level): the reader kept only part of a sheet (Grid.truncated, set by the file
 * reader's size cap, src/xlsx/read.ts READ_LIMITS), so rows or columns beyond the cap were neither checked nor merged.
 * Params {sheet}, and {rows} × {cols} the sheet's full used range. Only when validating a book (`ctx.book`).
 */
export const sheetTruncated: Rule = (ctx) => {
  const sheets = Array.isArray(ctx.book?.sheets) ? ctx.book.sheets : [];
  const out = [];
  for (const g of sheets) {
    const t = g?.truncated;
    if (!t || typeof g.name !== 'string') continue;
    out.push(finding(ctx, 'sheet-truncated', g.name, null, { sheet: g.name, rows: t.rows, cols: t.cols }));
  }
  return out;
};
