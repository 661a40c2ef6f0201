import type { Item, TemplateSpec } from '../spec/schema';
import { cellText } from '../read/cells';
import type { ProgressRow, ReadCell } from '../read/report';
import { word } from '../i18n/words';
import { deadlineShown } from '../text/date-text';
import { parseDeadline } from '../text/deadline';
import { singleUnit } from '../validate/context';
import { isBlank, matchKey } from '../text/normalize';
import { splitWithContinuation } from '../text/split';
import type { MergeInput, SummaryItem, UnitEntry } from './types';

/** Marker written for a unit with no merged file (未报送). */
export const MARK_MISSING = '（未报送）';
/** Marker written for a unit whose file arrived but cannot be read (已报送 · 无法读取). */
export const MARK_UNREADABLE = '（已报送，文件无法读取）';
/** Marker written for a unit whose merged file leaves the item's row blank (未填写). */
export const MARK_EMPTY = '（未填写）';

/** The label put before a unit's text in the official layout: 【区卫健局】. */
export function unitLabel(unit: string): string {
  return `【${unit}】`;
}

/**
 * The rows of a report mapped to item `number` that speak for `unit`: in a per-unit copy (one sub-row per unit under
 * merged 序号 / 实事名称) the unit's own sub-row; when every sub-row names another single unit, none; else every row
 * of the item (the official layout: one row per item, whoever wrote in it).
 */
function rowsOf(input: MergeInput, number: number, unit: string, spec: TemplateSpec): ProgressRow[] {
  const rows = input.report ? input.report.rows.filter((r) => r.itemNumber === number) : [];
  if (rows.length < 2) return rows;
  const own = rows.filter((r) => singleUnit(r, spec) === unit);
  if (own.length || rows.every((r) => singleUnit(r, spec) !== undefined)) return own;
  return rows;
}

/**
 * A progress text as the unit wrote it, for the summary: the cell's own text with CRLF as LF, its indentation (the
 * customary two full-width spaces 　　) and other outer spaces kept — checks use the trimmed `ReadCell.text`.
 */
function verbatim(cell: ReadCell): string {
  return cell.raw ? cellText(cell.raw) : cell.text;
}

/** One unit's entry for an item from its merged input (undefined input = missing, or unreadable when its file was). */
function entryFor(unit: string, item: Item, input: MergeInput | undefined, responsible: boolean, spec: TemplateSpec, unreadable = false): UnitEntry {
  if (!input) return { unit, status: unreadable ? 'unreadable' : 'missing', progressText: '', deadline: '', responsible };
  const rows = rowsOf(input, item.number, unit, spec);
  const texts = rows.filter((r) => !isBlank(r.progressText.text));
  const deadlines = rows.filter((r) => !isBlank(r.deadline.text));
  const entry: UnitEntry = {
    unit,
    status: texts.length ? 'filled' : 'empty',
    progressText: texts.map((r) => verbatim(r.progressText)).join('\n'),
    deadline: deadlines.length ? deadlines[0].deadline.text : '',
    responsible,
    file: input.file,
  };
  if (deadlines.length) {
    const raw = deadlines[0].deadline.raw ?? deadlines[0].deadline.text;
    const d = parseDeadline(raw, spec.year);
    if (d.kind === 'date') entry.deadlineNormalized = d.iso;
    if (d.kind === 'ongoing') entry.deadlineNormalized = 'ongoing';
    entry.deadlineShown = deadlineShown(raw, spec.year).text;
    if (entry.deadline.length > LONG_DEADLINE_CHARS) {
      entry.longDeadline = entry.deadline;
      entry.deadlineShown = word('summary-deadline-moved', 'zh-CN');
    }
  }
  const at = texts[0] ?? rows[0];
  if (at) entry.cell = at.progressText.cell;
  const flagged = flaggedBy(input, rows);
  if (flagged.length) entry.flaggedBy = flagged;
  return entry;
}

/** Codes of the error findings of the input at the rows' 进度情况 and 完成时限 cells (in the table's sheet), each once. */
function flaggedBy(input: MergeInput, rows: readonly ProgressRow[]): string[] {
  const sheet = input.report?.sheet;
  const cells = new Set(rows.flatMap((r) => [r.progressText.cell, r.deadline.cell]).filter((c) => c !== ''));
  const codes: string[] = [];
  for (const f of input.findings) {
    if (f.severity === 'error' && f.sheet === sheet && f.cell && cells.has(f.cell) && !codes.includes(f.code)) codes.push(f.code);
  }
  return codes;
}

/**
 * Longest 完成时限 text the 完成时限 column shows (characters); a longer one is written out in the progress column
 * instead (`UnitEntry.longDeadline`). A deadline is a date or a short phrase; 255 is Excel's own limit on short texts.
 */
export const LONG_DEADLINE_CHARS = 255;

/**
 * An entry's text: the progress text, or its marker (未填写, 未报送, 已报送，文件无法读取); then, when the unit's 完成时限 was
 * too long for its column (`longDeadline`), that text on lines of its own.
 */
export function entryBody(e: UnitEntry): string {
  const body = e.status === 'filled' ? e.progressText : e.status === 'empty' ? MARK_EMPTY : e.status === 'unreadable' ? MARK_UNREADABLE : MARK_MISSING;
  return e.longDeadline === undefined ? body : `${body}\n${word('summary-deadline-in-text', 'zh-CN')}${e.longDeadline}`;
}

/** The mark after a unit's label when its own file flags the entry as wrong: （有错误）. */
export const MARK_HAS_ERRORS = word('summary-entry-has-errors', 'zh-CN');

/** The text of an entry in the joined cell: label (+ （有错误） when flagged) + text, or label + marker. */
export function entryLine(e: UnitEntry): string {
  return unitLabel(e.unit) + (e.flaggedBy?.length ? MARK_HAS_ERRORS : '') + entryBody(e);
}

/**
 * 完成时限 merged, as shown (`deadlineShown`: 2026年12月31日, 2026年12月, 长期坚持, "尽快（无法识别）"): one value when
 * every unit that wrote one means the same (the same normalised day or 'ongoing', see `parseDeadline`: 2026年12月底 =
 * 2026.12 = 12月31日; else the same text by `matchKey`), else for each unit that wrote one its "【unit】" label on one
 * line and its value on the next, so the label and its value stay together and a label is never broken. '' when none.
 */
export function mergeDeadlines(entries: readonly UnitEntry[]): string {
  const given = entries.filter((e) => !isBlank(e.deadline));
  if (!given.length) return '';
  const shown = (e: UnitEntry) => e.deadlineShown ?? e.deadline;
  const keys = new Set(given.map((e) => e.deadlineNormalized ?? `text:${matchKey(e.deadline)}`));
  if (keys.size === 1) return shown(given[0]);
  return given.map((e) => `${unitLabel(e.unit)}\n${shown(e)}`).join('\n');
}

/**
 * Per item (spec order): each responsible unit's entry in the notice's order, then entries of other units that
 * filled the item's row anyway (spec unit order), the joined text and its cell-sized parts, the merged deadline.
 * `winners` maps unit id -> the merged input of that unit; `unreadable` lists units whose file arrived but cannot be read.
 */
export function mergeItems(spec: TemplateSpec, winners: ReadonlyMap<string, MergeInput>, unreadable: readonly string[] = []): SummaryItem[] {
  return spec.items.map((item) => {
    const entries = item.units.map((u) => entryFor(u, item, winners.get(u), true, spec, unreadable.includes(u)));
    for (const unit of spec.units) {
      if (item.units.includes(unit.id)) continue;
      const input = winners.get(unit.id);
      if (!input) continue;
      const e = entryFor(unit.id, item, input, false, spec);
      if (e.status === 'filled') entries.push(e);
    }
    const progressText = entries.map(entryLine).join('\n');
    return {
      number: item.number,
      name: item.name,
      units: [...item.units],
      entries,
      progressText,
      textParts: splitWithContinuation(progressText),
      deadline: mergeDeadlines(entries),
    };
  });
}
