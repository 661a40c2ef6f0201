import type { Quarter, TemplateSpec } from '../spec/schema';
import type { Finding } from '../validate/finding';
import { findingFrom } from '../i18n/catalogue';
import { identifyFromClues } from '../read/clues';
import { READ_MESSAGES, readFailureFinding } from '../read/messages';
import { quarterLabel } from '../text/quarter';
import { MERGE_MESSAGES } from './messages';
import { baseName, compareText, contentKey } from './keys';
import { sameContent, supersede, type Candidate } from './same-content';

export { baseName, compareText, contentKey } from './keys';
import { rosterTexts } from './roster-texts';
import type { MergeInput, ReminderContact, Roster, RosterCounts, RosterFile, RosterRequest, RosterUnit } from './types';

/** Sort inputs by a stable key (file, modifiedAt, content): the same files in any order give the same list. */
export function sortInputs(inputs: readonly MergeInput[]): MergeInput[] {
  return inputs
    .map((input) => ({ input, key: contentKey(input) }))
    .sort(
      (a, b) =>
        compareText(a.input.file, b.input.file) ||
        compareText(a.input.modifiedAt ?? '', b.input.modifiedAt ?? '') ||
        compareText(a.key, b.key),
    )
    .map((x) => x.input);
}

/**
 * Counts of error and warning findings. A `findings-truncated` remark (validate caps one code at 50 per sheet) adds
 * its {count} to the severity of the findings of its {code} in its sheet, so the count is the true one.
 */
export function counts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    let n = 1;
    let severity = f.severity;
    if (f.code === 'findings-truncated') {
      const listed = findings.find((g) => g.code === f.params?.code && g.sheet === f.sheet);
      if (!listed) continue;
      n = Number(f.params?.count) || 0;
      severity = listed.severity;
    }
    if (severity === 'error') errors += n;
    else if (severity === 'warning') warnings += n;
  }
  return { errors, warnings };
}

/** Result of sorting the inputs into the roster: the roster, the winning input per unit, and merge remarks. */
export interface RosterResult {
  roster: Roster;
  /** The merged input of each unit that has one (unit id -> input). */
  winners: Map<string, MergeInput>;
  findings: Finding[];
}

/**
 * Classify every input (unreadable, unknown unit, wrong quarter or year, candidate of its unit), pick one winner per unit
 * (the later 填报日期, else the later modifiedAt, else the later file in the stable order; the others are
 * superseded), and build the roster with its reasons and reminder texts (催报 `reminder`, 退回修改 `returnText`). `inputs` must already be in stable order
 * (`sortInputs`). A file of another quarter, or of another year than `spec.year` (last year's table), is status
 * `wrong-quarter`: not this round's table, left out like one of another quarter, its remark naming the year. A file
 * naming no quarter is taken as the merge quarter (with an info remark); one naming no year as of the spec's.
 */
export function buildRoster(
  inputs: readonly MergeInput[],
  spec: TemplateSpec,
  quarter: Quarter,
  dueDate?: string,
  contact?: ReminderContact,
): RosterResult {
  const q = quarterLabel(quarter);
  const unitIds = new Set(spec.units.map((u) => u.id));
  const files: RosterFile[] = [];
  const findings: Finding[] = [];
  const candidates = new Map<string, Candidate[]>();
  const wrongQuarter = new Map<string, RosterFile[]>();
  const unreadable = new Map<string, { entry: RosterFile; failure: Finding }[]>();

  inputs.forEach((input, order) => {
    const name = baseName(input.file);
    const { errors, warnings } = counts(input.findings);
    const entry: RosterFile = { file: input.file, status: 'merged', errors, warnings, reasonCode: '', reason: '' };
    if (input.modifiedAt !== undefined) entry.modifiedAt = input.modifiedAt;
    const note = (code: string, params: Record<string, string | number>) => {
      const f = findingFrom(MERGE_MESSAGES, code, { file: name, sheet: null, cell: null }, params);
      findings.push(f);
      entry.reasonCode = code;
      entry.reason = f.message;
      entry.reasonParams = params;
    };
    files.push(entry);
    if (input.skip === 'own-summary') {
      entry.status = 'own-summary';
      entry.errors = 0;
      entry.warnings = 0;
      note('merge-file-own-summary', { file: name });
      return;
    }
    const report = input.report;
    if (!report) {
      entry.status = 'unreadable';
      const code = input.error?.code ?? 'file-unreadable';
      let failure: Finding;
      if (code in READ_MESSAGES) {
        failure = readFailureFinding(code, name, 'zh-CN', input.error?.params ?? {});
        findings.push(failure);
        entry.reasonCode = failure.code;
        entry.reason = failure.message;
        if (failure.params) entry.reasonParams = failure.params;
      } else {
        note('merge-file-unreadable', { file: name, reason: input.error?.message ?? code });
        failure = findings[findings.length - 1];
      }
      // Whose file it is, from what could still be read: it was sent, even if it cannot be read.
      const who = identifyFromClues(input.file, input.error?.clues, spec);
      if (who.unitText !== undefined) entry.unitText = who.unitText;
      if (who.quarter !== undefined) entry.quarter = who.quarter;
      if (who.year !== undefined) entry.year = who.year;
      if (who.unit !== undefined && unitIds.has(who.unit)) {
        entry.unit = who.unit;
        if ((who.quarter === undefined || who.quarter === quarter) && (who.year === undefined || who.year === spec.year)) {
          unreadable.set(who.unit, [...(unreadable.get(who.unit) ?? []), { entry, failure }]);
        }
      }
      return;
    }
    const id = report.identity;
    if (id.unitText !== undefined) entry.unitText = id.unitText;
    if (id.quarter !== undefined) entry.quarter = id.quarter;
    if (id.year !== undefined) entry.year = id.year;
    if (id.filledOn !== undefined) entry.filledOn = id.filledOn;
    if (!id.unit || !unitIds.has(id.unit)) {
      entry.status = 'unknown-unit';
      const text = id.unitText ?? id.unit;
      if (text) note('merge-file-unknown-unit', { file: name, unitText: text });
      else note('merge-file-no-unit', { file: name });
      return;
    }
    entry.unit = id.unit;
    // Not this round's table: last year's (the year named first: its quarter may well be the same), or another quarter's.
    const fileYear = id.year !== undefined && id.year !== spec.year ? id.year : undefined;
    const fileQuarter = id.quarter !== undefined && id.quarter !== quarter ? id.quarter : undefined;
    if (fileYear !== undefined || fileQuarter !== undefined) {
      entry.status = 'wrong-quarter';
      if (fileYear !== undefined) note('merge-file-wrong-year', { file: name, fileYear, year: spec.year, quarter: q });
      else if (fileQuarter !== undefined) note('merge-file-wrong-quarter', { file: name, fileQuarter: quarterLabel(fileQuarter), quarter: q });
      wrongQuarter.set(id.unit, [...(wrongQuarter.get(id.unit) ?? []), entry]);
      return;
    }
    if (id.quarter === undefined) note('merge-file-quarter-assumed', { file: name, quarter: q });
    const list = candidates.get(id.unit) ?? [];
    list.push({ input, entry, order });
    candidates.set(id.unit, list);
  });

  const winners = new Map<string, MergeInput>();
  const units: RosterUnit[] = [];
  for (const unit of spec.units) {
    const all = candidates.get(unit.id) ?? [];
    const wrong = wrongQuarter.get(unit.id) ?? [];
    const broken = unreadable.get(unit.id) ?? [];
    // Files with the same content are one submission: the original stands for its copies (see `sameContent`).
    const list = sameContent(all, findings);
    const ru: RosterUnit = {
      unit: unit.id,
      fullName: unit.fullName,
      status: 'missing',
      errors: 0,
      warnings: 0,
      duplicate: list.length > 1,
      files: [...all.map((c) => c.entry.file), ...wrong.map((w) => w.file), ...broken.map((b) => b.entry.file)].sort(compareText),
      reason: '',
      notes: [],
    };
    units.push(ru);
    const unitNote = (code: string, params: Record<string, string | number>, file?: string) => {
      const f = findingFrom(MERGE_MESSAGES, code, { ...(file !== undefined ? { file } : {}), sheet: null, cell: null }, params);
      ru.notes.push(f);
      return f;
    };
    if (!list.length) {
      if (broken.length) {
        const last = broken[broken.length - 1];
        ru.status = 'unreadable';
        ru.file = last.entry.file;
        ru.failure = last.failure;
        unitNote('merge-unit-unreadable', { unit: unit.id, file: baseName(last.entry.file), reason: last.failure.message });
      } else if (wrong.length) {
        ru.status = 'wrong-quarter';
        const w = wrong[wrong.length - 1];
        ru.wrongQuarter = { file: w.file, ...(w.quarter !== undefined ? { quarter: w.quarter } : {}), ...(w.year !== undefined ? { year: w.year } : {}) };
        if (w.year !== undefined && w.year !== spec.year) {
          unitNote('merge-unit-wrong-year-only', { unit: unit.id, file: baseName(w.file), fileYear: w.year, year: spec.year, quarter: q });
        } else {
          unitNote('merge-unit-wrong-quarter-only', {
            unit: unit.id,
            file: baseName(w.file),
            fileQuarter: w.quarter ? quarterLabel(w.quarter) : '',
            quarter: q,
          });
        }
      } else {
        unitNote('merge-unit-missing', { unit: unit.id, quarter: q });
      }
      ru.reason = ru.notes.map((n) => n.message).join('；');
      continue;
    }
    // Winner: the latest (filledOn, modifiedAt, stable order).
    const ranked = [...list].sort(
      (a, b) =>
        compareText(a.entry.filledOn ?? '', b.entry.filledOn ?? '') ||
        compareText(a.entry.modifiedAt ?? '', b.entry.modifiedAt ?? '') ||
        a.order - b.order,
    );
    const win = ranked[ranked.length - 1];
    winners.set(unit.id, win.input);
    ru.file = win.entry.file;
    if (win.entry.filledOn !== undefined) ru.filledOn = win.entry.filledOn;
    ru.errors = win.entry.errors;
    ru.warnings = win.entry.warnings;
    ru.status = win.entry.errors > 0 ? 'with-errors' : 'submitted';
    if (win.entry.errors > 0) {
      ru.errorFindings = win.input.findings.filter((f) => f.severity === 'error' || (f.code === 'findings-truncated' && isTruncatedError(f, win.input.findings)));
      if (win.input.report?.sheet !== undefined) ru.tableSheet = win.input.report.sheet;
      unitNote('merge-unit-has-errors', { unit: unit.id, count: win.entry.errors });
    }
    if (list.length > 1) {
      const f = unitNote('merge-unit-duplicate', { unit: unit.id, count: list.length, winner: baseName(win.entry.file) }, baseName(win.entry.file));
      findings.push(f);
      for (const loser of ranked.slice(0, -1)) supersede(loser.entry, win.entry, 'merge-file-superseded', findings);
    }
    ru.reason = ru.notes.map((n) => n.message).join('；');
  }

  const missing = units.filter((u) => u.status === 'missing' || u.status === 'wrong-quarter').map((u) => u.unit);
  const unreadableUnits = units.filter((u) => u.status === 'unreadable').map((u) => u.unit);
  const withErrors = units.filter((u) => u.status === 'with-errors').map((u) => u.unit);
  const request: RosterRequest = { year: spec.year, quarter };
  if (dueDate?.trim()) request.dueDate = dueDate.trim();
  const c = cleanContact(contact);
  if (c) request.contact = c;
  const clean = units.filter((u) => u.status === 'submitted').length;
  const rosterCounts: RosterCounts = {
    due: units.length,
    sent: clean + withErrors.length + unreadableUnits.length,
    clean,
    withErrors: withErrors.length,
    unreadable: unreadableUnits.length,
    missing: missing.length,
  };
  const texts = rosterTexts({ units, request }, 'zh-CN');
  return {
    roster: { units, files, missing, withErrors, unreadable: unreadableUnits, request, counts: rosterCounts, ...texts },
    winners,
    findings,
  };
}

/** The contact with its parts trimmed and empty ones dropped; undefined when nothing is left. */
function cleanContact(contact: ReminderContact | undefined): ReminderContact | undefined {
  const name = contact?.name?.trim();
  const phone = contact?.phone?.trim();
  if (!name && !phone) return undefined;
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
}

/** True for a `findings-truncated` remark standing for error findings (its {code} is an error's in the same sheet). */
function isTruncatedError(f: Finding, all: readonly Finding[]): boolean {
  return all.some((g) => g.code === f.params?.code && g.sheet === f.sheet && g.severity === 'error');
}
