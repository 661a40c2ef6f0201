import type { ColumnKey, Quarter } from '../spec/schema';
import type { GridCell } from '../sheet/grid';
import type { Finding } from '../i18n/finding';

/**
 * A ProgressReport is what one received table says, located by key, never by position: the identity of the
 * file (unit, quarter, year, template), the progress rows mapped to the spec's items, and the indicator rows mapped to
 * the spec's targets. It is made by `readReport` (core/read) from a GridBook, and consumed by validation and
 * merge. All row/column numbers are 0-based sheet coordinates; `cell` fields are A1 addresses in `sheet`.
 */

/** A cell as read, with where it is. */
export interface ReadCell {
  /**
   * A1 address in the report's sheet, e.g. "D7"; `NO_CELL` ('') when there is no such cell (a column the header
   * lacks, an indicator column not found): test with `hasCell`.
   */
  cell: string;
  /** Raw value and displayed text as read (see GridCell). */
  raw: GridCell | undefined;
  /** Normalised text: trimmed of outer spaces kept apart (see `text`), CRLF -> LF; '' for empty. */
  text: string;
}

/** The `cell` of a ReadCell that has no cell in the sheet (a column the header lacks). */
export const NO_CELL = '';

/** What a missing cell reads as: no address, no raw value, text ''. */
export const NO_READ_CELL: Readonly<ReadCell> = { cell: NO_CELL, raw: undefined, text: '' };

/** True when the cell is in the sheet (its address is real), false for a cell of a column the header lacks. */
export function hasCell(c: ReadCell): boolean {
  return c.cell !== NO_CELL;
}

/** Where a piece of identity came from, best first. */
export type IdentitySource = 'metadata' | 'sheet' | 'title' | 'file-name';

/** Who and when the file is from. */
export interface ReportIdentity {
  /** Unit id (spec unit) when recognised. */
  unit?: string;
  /** The unit text as written (填报单位：… line, metadata or file name), when any was found. */
  unitText?: string;
  unitSource?: IdentitySource;
  /** A1 address of the 填报单位 cell when the unit came from the sheet. */
  unitCell?: string;
  quarter?: Quarter;
  quarterSource?: IdentitySource;
  /** A1 address of the cell the quarter was read from (the title), when from the sheet. */
  quarterCell?: string;
  /** The table's year (计划年度, e.g. 2026), as its title, sheet name, metadata or file name names it (`readIdentity`). */
  year?: number;
  yearSource?: IdentitySource;
  /** A1 address of the cell the year was read from (the title), when from the sheet. */
  yearCell?: string;
  /** A1 address of the title: the first cell above the header that is not the 填报单位 / 填报日期 line. */
  titleCell?: string;
  templateId?: string;
  templateVersion?: string;
  /** 填报日期 as ISO yyyy-mm-dd, when written and readable. */
  filledOn?: string;
  /** A1 address of the 填报日期 cell. */
  filledOnCell?: string;
}

/** One row of the progress table (one item; in a per-unit layout, one unit's sub-row). */
export interface ProgressRow {
  /** 0-based sheet row. */
  row: number;
  /** The spec item number this row maps to, or undefined when it maps to none. */
  itemNumber?: number;
  number: ReadCell;
  name: ReadCell;
  /** 责任单位 as written. */
  unit: ReadCell;
  /** 本季度具体措施及任务进度情况. */
  progressText: ReadCell;
  /** 完成时限. */
  deadline: ReadCell;
  /**
   * Per-unit layout: 0-based sheet row of the top of the merged 序号 / 实事名称 block this row belongs to (the same
   * for every sub-row of one item); undefined for a row outside any such block.
   */
  group?: number;
  /** How the row was mapped to its item: by both 序号 and 实事名称, by 实事名称 alone (name wins), or by 序号 alone. */
  matchedBy?: 'number+name' | 'name' | 'number';
}

/** One row of the indicator sheet (指标完成情况). */
export interface IndicatorRow {
  row: number;
  /** The spec target id this row maps to, or undefined. */
  targetId?: string;
  itemNumber?: number;
  /** 指标 text as written. */
  metric: ReadCell;
  /** 本季度完成. */
  quarterValue: ReadCell;
  /** 累计完成. */
  cumulativeValue: ReadCell;
}

export interface ProgressReport {
  /** File name when read from a file. */
  file?: string;
  /** The sheet holding the progress table (undefined when none was found). */
  sheet?: string;
  identity: ReportIdentity;
  /** Header row (0-based) and the 0-based column of each column key found. */
  header?: { row: number; columns: Partial<Record<ColumnKey, number>> };
  rows: ProgressRow[];
  /** The indicator sheet, when the workbook has one. */
  indicators?: { sheet: string; rows: IndicatorRow[] };
  /**
   * What the reader itself found (read/findings `readingFindings`: merge-hidden-value, progress-merged-across-items,
   * formula-no-result in the table or the indicator sheet; table-not-chosen for each other table), already as
   * findings; [] when there was nothing to say or no table. The validator adds its own (table-not-found, column-missing …).
   */
  findings: Finding[];
}
