/**
 * A finding: one problem (or remark) about a received table, pointing at the cell a person must change.
 * Findings are data: a stable `code` (kebab-case, e.g. `progress-empty`), a severity, where, and the words.
 * The words come from the message catalogue (core/i18n/messages) keyed by code; `params` fill its placeholders.
 * The shape lives with the catalogue, on the bottom floor, because every room that reads or checks makes findings
 * (read, validate, merge); validate/finding re-exports it with the helpers.
 *
 * An `error` blocks "ready to submit" (可以报送); a `warning` does not; an `info` is a remark.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable kebab-case code, e.g. `deadline-unreadable`, `indicator-rate-over-100`. */
  code: string;
  severity: Severity;
  /** File name (not a path) when the report came from a file. */
  file?: string;
  /** Worksheet name, or null for a file-level finding (e.g. `file-unreadable`). */
  sheet: string | null;
  /** A1 address of the cell to change in that sheet (e.g. "D7"), or null for a sheet- or file-level finding. */
  cell: string | null;
  /** The sentence shown to the user (zh-CN unless localised). */
  message: string;
  /** What to do about it. */
  hint: string;
  /** Values filled into the catalogue's templates (unit names, figures, the text found), for re-localising. */
  params?: Record<string, string | number>;
  /**
   * The item (实事) the cell belongs to, when known: 序号 (1-based, as in the notice) and 实事名称 as in the spec.
   * Absent for file-, sheet- and header-level findings. Shown by `placeText` ("第3项 某某 · 完成时限（E8）").
   */
  item?: FindingItem;
  /**
   * The column the cell is in, in the table's own words (the spec's header on one line, e.g. "完成时限"; on the
   * indicator sheet "累计完成" …), when known. `columnKey` names it in a language-free way for the en-US words.
   */
  column?: string;
  /** Stable key of `column`: a spec ColumnKey (progressText, deadline …) or an indicator column (quarterValue, cumulativeValue, metric). */
  columnKey?: string;
}

/** The item a finding is about: 序号 (1-based) and 实事名称 (the spec's words, which stay Chinese in every language). */
export interface FindingItem {
  number: number;
  name: string;
}
