import type { Comparator, Quarter, TargetKind } from '../spec/schema';
import type { FileClues } from '../read/clues';
import type { ProgressReport } from '../read/report';
import type { Finding } from '../validate/finding';

/**
 * One received file, as handed to `mergeReports`: the report read from it (absent when the file could not be
 * read), its findings (from `validateBook`), the read error when there is one, and the file's modification time.
 */
export interface MergeInput {
  /** File name or path, as the user gave it; shown in the roster and used as the stable sort key. */
  file: string;
  /** The report read from the file; undefined when the file could not be read (see `error`). */
  report?: ProgressReport;
  /** Findings of the file (validation), counted in the roster as errors / warnings. */
  findings: Finding[];
  /**
   * Why the file could not be read: a stable code (e.g. 'file-corrupt'), the sentence to show, and what could still
   * be read from it (`clues`: kind, sheet names, first texts, archive entries), which tells whose file it is.
   */
  error?: { code: string; message: string; clues?: FileClues; params?: Record<string, number> };
  /** File modification time, ISO 8601, when known: breaks a tie between two files of one unit. */
  modifiedAt?: string;
  /** Set when the file is a summary this add-in wrote (`isOwnSummary`): listed as 'own-summary' and skipped. */
  skip?: 'own-summary';
}

/** Summary layouts: 'official' = one row per item, units' texts joined under 【unit】 labels; 'per-unit' = one sub-row per unit. */
export type SummaryLayout = 'official' | 'per-unit';

/** Options of a merge. */
export interface MergeOptions {
  /**
   * The quarter being summarised (1..4); files of another quarter, or of another year than the spec's, are listed as
   * wrong-quarter and left out.
   */
  quarter: Quarter;
  /** Layout wanted for the 汇总表 sheet; default 'official'. */
  layout?: SummaryLayout;
  /** Due date text for the reminder (e.g. "10月10日" or ISO "2026-10-10", shown as 10月10日); omitted = "尽快". */
  dueDate?: string;
  /** Contact for the 催报 and 退回 texts (联系人 / 电话); each part optional, the line omitted when both are empty. */
  contact?: ReminderContact;
}

/** Who to call about a reminder: 联系人 and 电话, as the coordinator typed them (kept verbatim, trimmed). */
export interface ReminderContact {
  name?: string;
  phone?: string;
}

/** What the roster's texts are about: the plan year, the quarter, and the coordinator's due date and contact. */
export interface RosterRequest {
  year: number;
  quarter: Quarter;
  dueDate?: string;
  contact?: ReminderContact;
}

/**
 * One text to send back to one unit (退回修改), its wording by kind:
 * - `errors`: the unit's merged file has errors: every error listed by item and column in words ("第2项 某某 ·
 *   完成时限（E5）：…"), never cut;
 * - `wrong-quarter`: the unit sent only another quarter's table (says both quarters), or another year's (says the
 *   file's year and asks for this year's template);
 * - `unreadable`: the unit's file arrived but cannot be read: what the file is and the fix.
 */
export interface ReturnText {
  unit: string;
  kind: 'errors' | 'wrong-quarter' | 'unreadable';
  text: string;
}

/**
 * The roster's counts over the spec's units (each unit counted once, by its status):
 * `sent = clean + withErrors + unreadable` and `due = sent + missing`.
 * - a unit that sent several files of this quarter (重复报送) counts once, by its merged file;
 * - a unit that sent only another quarter's table, or another year's (wrong quarter), has not sent this quarter's: it
 *   counts as `missing` (and gets a `wrong-quarter` return text, not a 催报);
 * - files of an unknown unit, and the add-in's own summaries, belong to no unit and are not counted here (they are
 *   listed in `Roster.files`).
 */
export interface RosterCounts {
  /** Units due: every unit of the spec. */
  due: number;
  /** Units that sent this quarter's table: clean + withErrors + unreadable. */
  sent: number;
  /** Sent, merged, no error. */
  clean: number;
  /** Sent, merged, with errors (已报送（有错误）). */
  withErrors: number;
  /** Sent, but the file cannot be read (已报送 · 无法读取). */
  unreadable: number;
  /** Not sent this quarter's table (未报送, and 季度不符 units). */
  missing: number;
}

/**
 * What one responsible unit says about one item (one sub-row of the per-unit layout).
 * - `filled`: the unit's file has text in the item's row;
 * - `empty`: the unit's file was merged but the row is blank (marker 未填写);
 * - `missing`: no file of the unit was merged (marker 未报送);
 * - `unreadable`: the unit's file arrived but cannot be read (marker 已报送，文件无法读取).
 */
export interface UnitEntry {
  /** Unit id (spec unit), e.g. "区卫健局". */
  unit: string;
  status: 'filled' | 'empty' | 'missing' | 'unreadable';
  /** 本季度具体措施及任务进度情况 as read, verbatim ('' unless filled). */
  progressText: string;
  /** 完成时限 as read (displayed text), verbatim; '' when blank or missing. */
  deadline: string;
  /** The deadline normalised (core/text/deadline): ISO yyyy-mm-dd (end of the period written) or 'ongoing' (长期坚持 …); absent when blank or unreadable. */
  deadlineNormalized?: string;
  /**
   * 完成时限 as the summary shows it (text/date-text `deadlineShown`): 2026年12月31日, 2026年12月, 长期坚持, or the text
   * as written flagged "尽快（无法识别）"; absent when blank.
   */
  deadlineShown?: string;
  /**
   * A 完成时限 text too long for the 完成时限 column (over `LONG_DEADLINE_CHARS`: no deadline is, a pasted text is): the
   * column shows "（过长，原文列在进展情况栏）" and the text is written out after the entry's progress text
   * (`entryBody`), where the summary splits long texts into （续） rows, so it is never lost nor cut.
   */
  longDeadline?: string;
  /** False when the unit is not responsible for the item but filled its row anyway (kept, listed after the others). */
  responsible: boolean;
  /** The file the text came from and the A1 cell of the text, when merged. */
  file?: string;
  cell?: string;
  /**
   * Codes of the error findings the unit's own file has at this entry's cells (its 进度情况 or 完成时限 cell, e.g.
   * progress-placeholder, deadline-unreadable), in finding order, each once; absent when none. The summary marks the
   * entry "（有错误）" after the unit's label (official layout) or under the unit (per-unit layout).
   */
  flaggedBy?: string[];
}

/** One item (实事) of the summary, in spec order. */
export interface SummaryItem {
  /** 序号, 1-based as in the notice. */
  number: number;
  /** 实事名称. */
  name: string;
  /** 责任单位 (unit ids) in the notice's order. */
  units: string[];
  /** One entry per responsible unit in the notice's order, then units that filled the row without being responsible. */
  entries: UnitEntry[];
  /**
   * The joined text for the official layout: each entry as "【unit】text" (or the 未报送 / 未填写 marker), one per
   * line. Never cut: see `textParts`.
   */
  progressText: string;
  /**
   * `progressText` split into parts that fit Excel's 32,767-character cell limit with the continuation prefix
   * （续） (at line breaks where possible); one part when it fits. The layout writes parts after the first in
   * continuation rows, each starting with （续）.
   */
  textParts: string[];
  /**
   * 完成时限 merged, as shown (UnitEntry.deadlineShown): the one value when all units that wrote one mean the same,
   * else per unit a "【unit】" line and its value on the next line (so a label is never broken across lines).
   */
  deadline: string;
}

/** How a target's unit figures are combined: summed (cumulative counts), averaged (rates), or not at all. */
export type TargetAggregate = 'sum' | 'average' | 'none';

/**
 * Where a target stands against the quarter's pace:
 * - `met`: the total reaches the target (completion ≥ 1; for a rate, the average reaches the target rate);
 * - `on-track`: cumulative, at or above the pace expected by this quarter (spec.pace or DEFAULT_PACE);
 * - `behind`: below that pace (a rate: below the target rate);
 * - `no-data`: no unit gave a figure;
 * - `not-applicable`: per-person and frequency standards, or a ceiling target (≤, <).
 */
export type PaceStatus = 'met' | 'on-track' | 'behind' | 'no-data' | 'not-applicable';

/**
 * Where a unit's figure for a target stands (shown in 指标完成情况汇总):
 * - `figure`: a number, counted (if the unit is responsible);
 * - `missing`: no file of the unit was merged (未报送);
 * - `no-indicator-sheet`: the unit's file has no 指标完成情况 sheet, or no row for the target (未填指标表);
 * - `empty`: the 累计完成 cell is blank (未填写);
 * - `excluded`: the figure carries an error finding and is not counted (有错误，未计入);
 * - `unreadable`: text that is no number (无法识别).
 */
export type TargetUnitState = 'figure' | 'missing' | 'no-indicator-sheet' | 'empty' | 'excluded' | 'unreadable';

/** One unit's 累计完成 for a target. */
export interface TargetUnitValue {
  unit: string;
  /** Where the figure stands (see TargetUnitState). */
  state: TargetUnitState;
  /** The figure in the target's base units (persons, 场次, percent for rates), or undefined when blank or unreadable. */
  value?: number;
  /** The cell text as written, verbatim ('' when blank or the unit's file is missing). */
  text: string;
  /** False for a unit not responsible for the target that wrote a figure anyway: shown, never summed. */
  responsible: boolean;
  file?: string;
  cell?: string;
  /**
   * Code of the error finding at this cell (e.g. `indicator-rate-over-100`) when the unit's file flags the figure
   * as wrong: the figure is shown but not counted in the total until the unit sends a corrected file.
   */
  excludedBy?: string;
}

/** One target of the summary (指标完成情况汇总), in spec order. */
export interface TargetSummary {
  /** Target id, e.g. "2.1". */
  id: string;
  itemNumber: number;
  itemName: string;
  /** The figure as written in the notice, e.g. "不少于2场次". */
  text: string;
  metric: string;
  comparator: Comparator;
  /** Target value in base units (persons, 场次; percent for rates). */
  value: number;
  measure: string;
  kind: TargetKind;
  /** Responsible units' figures in the notice's order, then non-responsible units that wrote one. */
  perUnit: TargetUnitValue[];
  aggregate: TargetAggregate;
  /** Sum (cumulative) or unweighted mean (rate) of the responsible units' figures; undefined when none or 'none'. */
  total?: number;
  /** total / value as a ratio (1 = 100%), when total is defined and value > 0. Not capped at 1. */
  completion?: number;
  /** Share of the target expected by the end of the quarter (0..1), for cumulative targets. */
  expected?: number;
  pace: PaceStatus;
}

/**
 * Status of a unit in the roster (报送情况). 'wrong-quarter' (未报送（季度不符）): the unit sent only tables of another
 * period, another quarter or another year (`RosterUnit.wrongQuarter`). 'unreadable': the unit's file arrived (told by
 * its name, sheet names, title or metadata) but cannot be read (已报送 · 无法读取): it gets a 退回 text with the fix,
 * never a 催报.
 */
export type RosterUnitStatus = 'submitted' | 'with-errors' | 'missing' | 'wrong-quarter' | 'unreadable';

/** One spec unit in the roster, in spec order. */
export interface RosterUnit {
  unit: string;
  fullName: string;
  status: RosterUnitStatus;
  /** The merged file (the winner when sent twice); for status 'unreadable', the file that arrived but cannot be read. */
  file?: string;
  /** 填报日期 of the merged file, ISO yyyy-mm-dd. */
  filledOn?: string;
  errors: number;
  warnings: number;
  /** True when the unit sent more than one file of this quarter. */
  duplicate: boolean;
  /** Every file of this unit (merged, superseded, wrong quarter), in stable order. */
  files: string[];
  /** Sentence for the 说明 column ('' when nothing to say): `notes`' messages joined with "；" (zh-CN). */
  reason: string;
  /** The unit-level remarks behind `reason` (merge codes + params), for re-rendering in another language (`localize`). */
  notes: Finding[];
  /** Status 'with-errors': every error finding of the merged file (sorted as validated, with item and column when known). */
  errorFindings?: Finding[];
  /** The sheet of the merged file's progress table: a place on another sheet is named with its sheet. */
  tableSheet?: string;
  /** Status 'unreadable': the reader's finding for the file that cannot be read. */
  failure?: Finding;
  /**
   * Status 'wrong-quarter': the latest file of another period, its quarter and its year (as the file names them; the
   * year is another than the plan year's when that is why it was left out).
   */
  wrongQuarter?: { file: string; quarter?: Quarter; year?: number };
}

/**
 * Status of a file in the roster:
 * `merged` (its unit's entries come from it), `superseded` (same unit, a later file won: see `supersededBy`),
 * `wrong-quarter` (another quarter's or another year's table), `unknown-unit` (unit missing or not in the spec), `unreadable`, `own-summary` (a summary this
 * add-in wrote, e.g. last merge's result saved in the same folder: skipped, "这是汇总结果文件，已跳过").
 */
export type RosterFileStatus = 'merged' | 'superseded' | 'wrong-quarter' | 'unknown-unit' | 'unreadable' | 'own-summary';

/** One input file in the roster, in stable order (by file name). */
export interface RosterFile {
  file: string;
  status: RosterFileStatus;
  /** Unit id when recognised. */
  unit?: string;
  /** Unit text as written, when any. */
  unitText?: string;
  quarter?: Quarter;
  /** The table's year (计划年度) as the file names it, when it does. */
  year?: number;
  filledOn?: string;
  modifiedAt?: string;
  errors: number;
  warnings: number;
  /** Status 'superseded': the file (as given, like `file`) of the same unit that won and was merged instead. */
  supersededBy?: string;
  /** Finding code of the reason (merge/messages), '' when merged without remark. */
  reasonCode: string;
  /** The reason as a sentence (zh-CN), '' when merged without remark. */
  reason: string;
  /** Params of the reason's template (for `localize` in another language); absent when there is no reason. */
  reasonParams?: Record<string, string | number>;
}

/** The submission roster (报送情况). */
export interface Roster {
  units: RosterUnit[];
  files: RosterFile[];
  /** Unit ids with no merged file (missing or wrong quarter only), spec order. */
  missing: string[];
  /** Unit ids whose merged file has errors, spec order. */
  withErrors: string[];
  /** Unit ids whose files of this quarter all arrived unreadable (已报送 · 无法读取; never in `missing`), spec order. */
  unreadable: string[];
  /** What the texts are about (year, quarter, due date, contact): `rosterTexts(roster, lang)` re-renders them from it. */
  request: RosterRequest;
  /** Counts of units by status that add up (see RosterCounts). */
  counts: RosterCounts;
  /**
   * Ready-to-paste 催报 reminder for the units with status 'missing' (not the wrong-quarter ones: they get a return
   * text), with the due date and the contact line when given; '' when none is missing. zh-CN; see `rosterTexts`.
   */
  reminder: string;
  /** One text per unit to send back (spec order; kinds errors, wrong-quarter, unreadable), zh-CN; see `rosterTexts`. */
  returnTexts: ReturnText[];
  /** Every `returnTexts` text joined with a line break (zh-CN, for the CLI); '' when there is none. */
  returnText: string;
}

/** Counts for a one-line report. */
export interface SummaryTotals {
  units: number;
  /** Units that sent this quarter's table: merged ones and those whose file cannot be read (`unreadable`). */
  submitted: number;
  withErrors: number;
  /** Units whose file arrived but cannot be read (已报送 · 无法读取), counted in `submitted`. */
  unreadable: number;
  missing: number;
  files: number;
  merged: number;
  notMerged: number;
}

/** Everything a merge yields; the layouts make sheets from it. Deterministic: same inputs in any order, deep-equal summary. */
export interface Summary {
  templateId: string;
  templateVersion: string;
  year: number;
  quarter: Quarter;
  layout: SummaryLayout;
  /** The summary sheet's title, e.g. "2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总". */
  title: string;
  /** Coordinator unit id (汇总单位), e.g. "区妇联". */
  coordinator: string;
  items: SummaryItem[];
  targets: TargetSummary[];
  roster: Roster;
  totals: SummaryTotals;
  /** Merge remarks (file-level findings of merge/messages), stable order. */
  findings: Finding[];
}
