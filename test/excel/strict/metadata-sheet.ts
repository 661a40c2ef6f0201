import { metadataPlan, type WorkbookMetadata } from '../../../src/core/sheet/metadata';
import type { SheetSpec } from './host';

/**
 * A metadata sheet (`_ptmeta`) as the add-in leaves it, for a strict host's starting workbook: the two-column key /
 * value table of `metadataPlan(meta)`, very hidden and protected (Excel's defaults) unless `protection` is false.
 */
export function metadataSheet(name: string, meta: WorkbookMetadata, protection = true): SheetSpec {
  const plan = metadataPlan(meta);
  const rows: (string | null)[][] = Array.from({ length: Math.max(...plan.cells.map((c) => c.row)) + 1 }, () => [null, null]);
  for (const c of plan.cells) rows[c.row][c.col] = String(c.value);
  const numberFormats: Record<string, string> = {};
  rows.forEach((_, r) => {
    numberFormats[`A${r + 1}`] = '@';
    numberFormats[`B${r + 1}`] = '@';
  });
  return { name, visibility: 'VeryHidden', rows, numberFormats, ...(protection ? { protection: true } : {}) };
}
