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
}
