import type { CellRange } from '../sheet/grid';
import type { PlanCell, PlanDataBar, SheetPlan, SheetRole } from '../sheet/plan';
import { rowHeightFor } from '../sheet/text-metrics';
import { SIZES } from './styles';
import { officialPrint } from './options';
import { summaryStyles, type SummaryStyleKey } from './summary-styles';

/**
 * What the three summary sheets (汇总表, 报送情况, 指标完成情况汇总) build the same way: cells, merges and row heights
 * (points) collected row by row, and a SheetPlan with the summary styles, A4 landscape print with the header row
 * repeated, and the rows down to the header frozen. Rows and columns are 0-based.
 */
export interface SummarySheetBuilder {
  readonly cells: PlanCell[];
  readonly merges: CellRange[];
  /** Row heights in points by 0-based row; a sheet may set or raise one after a helper computed it. */
  readonly rowHeights: Record<number, number>;
  /** One cell (`value` null leaves it empty but styled). */
  put(row: number, col: number, value: string | number | null, style: SummaryStyleKey): void;
  /** `text` in column 0 merged across every column, its row as high as the wrapped text at `size` pt needs. */
  fullRow(row: number, text: string, style: SummaryStyleKey, size: number): void;
  /** The column headers in `row` ('header' style), the row as high as the tallest wrapped header needs. */
  headerRow(row: number, headers: readonly string[]): void;
  /** The finished sheet: `headerRow` repeated on printed pages, rows 0..headerRow frozen; `dataBars` when given. */
  plan(sheet: { name: string; role: SheetRole; headerRow: number; dataBars?: PlanDataBar[] }): SheetPlan;
}

/** A builder for a summary sheet whose columns are `widths` wide (Excel character units, one per column). */
export function summarySheetBuilder(widths: number[]): SummarySheetBuilder {
  const last = widths.length - 1;
  const total = widths.reduce((a, b) => a + b, 0);
  const cells: PlanCell[] = [];
  const merges: CellRange[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string | number | null, style: SummaryStyleKey): void => {
    cells.push({ row, col, value, style });
  };
  return {
    cells,
    merges,
    rowHeights,
    put,
    fullRow(row, text, style, size) {
      put(row, 0, text, style);
      merges.push({ r0: row, c0: 0, r1: row, c1: last });
      rowHeights[row] = rowHeightFor([text], [total], size);
    },
    headerRow(row, headers) {
      headers.forEach((h, col) => put(row, col, h, 'header'));
      rowHeights[row] = rowHeightFor(headers, widths, SIZES.header);
    },
    plan({ name, role, headerRow, dataBars }) {
      return {
        name,
        role,
        styles: summaryStyles(),
        cells,
        merges,
        columnWidths: widths,
        rowHeights,
        ...(dataBars ? { dataBars } : {}),
        print: officialPrint(headerRow),
        freeze: { rows: headerRow + 1, cols: 0 },
      };
    },
  };
}
