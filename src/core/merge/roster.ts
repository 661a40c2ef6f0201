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
import type { MergeInput, Roster, RosterFile, RosterUnit } from './types';

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

/** Errors quoted per unit in `Roster.returnText`. */
const RETURN_ERRORS_SHOWN = 3;

/**
 * One unit's part of `Roster.returnText`: "区卫健局（4 处错误：E5 完成时限“尽快”无法识别；D8 …；E8 … 等）". A cell
 * outside the progress table's sheet is prefixed with its sheet ("指标完成情况 I8").
 */
function returnPart(unit: string, input: MergeInput, errors: number): string {
  const shown = input.findings
    .filter((f) => f.severity === 'error')
    .slice(0, RETURN_ERRORS_SHOWN)
    .map((f) => {
      const where = f.cell ? (f.sheet && f.sheet !== input.report?.sheet ? `${f.sheet} ${f.cell}` : f.cell) : '';
      return where ? `${where} ${f.message}` : f.message;
    });
  const more = errors > shown.length ? ' 等' : '';
  return `${unit}（${errors} 处错误：${shown.join('；')}${more}）`;
}

/**
 * What to tell a unit whose file cannot be read: what the file is and the fix, from the reader's finding
 * ("区教体局.docx 是 Word 文档，不是 Excel 表格：请把内容填在 Excel 模板（进展情况表）中…").
 */
function failureFix(f: Finding): string {
  const what = f.message.replace(/^文件\s*/, '');
  return `${what}：${f.hint.replace(/^请对方/, '请')}`;
}

/** Result of sorting the inputs into the roster: the roster, the winning input per unit, and merge remarks. */
export interface RosterResult {
  roster: Roster;
  /** The merged input of each unit that has one (unit id -> input). */
  winners: Map<string, MergeInput>;
  findings: Finding[];
}

/**
 * Classify every input (unreadable, unknown unit, wrong quarter, candidate of its unit), pick one winner per unit
 * (the later 填报日期, else the later modifiedAt, else the later file in the stable order; the others are
 * superseded), and build the roster with its reasons and reminder texts (催报 `reminder`, 退回修改 `returnText`). `inputs` must already be in stable order
 * (`sortInputs`). A file naming no quarter is taken as the merge quarter (with an info remark).
 */
export function buildRoster(inputs: readonly MergeInput[], spec: TemplateSpec, quarter: Quarter, dueDate?: string): RosterResult {
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
      } else {
        note('merge-file-unreadable', { file: name, reason: input.error?.message ?? code });
        failure = findings[findings.length - 1];
      }
      // Whose file it is, from what could still be read: it was sent, even if it cannot be read.
      const who = identifyFromClues(input.file, input.error?.clues, spec);
      if (who.unitText !== undefined) entry.unitText = who.unitText;
      if (who.quarter !== undefined) entry.quarter = who.quarter;
      if (who.unit !== undefined && unitIds.has(who.unit)) {
        entry.unit = who.unit;
        if (who.quarter === undefined || who.quarter === quarter) {
          unreadable.set(who.unit, [...(unreadable.get(who.unit) ?? []), { entry, failure }]);
        }
      }
      return;
    }
    const id = report.identity;
    if (id.unitText !== undefined) entry.unitText = id.unitText;
    if (id.quarter !== undefined) entry.quarter = id.quarter;
    if (id.filledOn !== undefined) entry.filledOn = id.filledOn;
    if (!id.unit || !unitIds.has(id.unit)) {
      entry.status = 'unknown-unit';
      const text = id.unitText ?? id.unit;
      if (text) note('merge-file-unknown-unit', { file: name, unitText: text });
      else note('merge-file-no-unit', { file: name });
      return;
    }
    entry.unit = id.unit;
    if (id.quarter !== undefined && id.quarter !== quarter) {
      entry.status = 'wrong-quarter';
      note('merge-file-wrong-quarter', { file: name, fileQuarter: quarterLabel(id.quarter), quarter: q });
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
  const unreadableParts: string[] = [];
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
    };
    units.push(ru);
    if (!list.length) {
      if (broken.length) {
        const last = broken[broken.length - 1];
        ru.status = 'unreadable';
        ru.file = last.entry.file;
        ru.reason = findingFrom(MERGE_MESSAGES, 'merge-unit-unreadable', { sheet: null, cell: null }, {
          unit: unit.id,
          file: baseName(last.entry.file),
          reason: last.failure.message,
        }).message;
        unreadableParts.push(`${unit.id}（${failureFix(last.failure)}）`);
      } else if (wrong.length) {
        ru.status = 'wrong-quarter';
        const w = wrong[wrong.length - 1];
        ru.reason = findingFrom(MERGE_MESSAGES, 'merge-unit-wrong-quarter-only', { sheet: null, cell: null }, {
          unit: unit.id,
          file: baseName(w.file),
          fileQuarter: w.quarter ? quarterLabel(w.quarter) : '',
          quarter: q,
        }).message;
      } else {
        ru.reason = findingFrom(MERGE_MESSAGES, 'merge-unit-missing', { sheet: null, cell: null }, { unit: unit.id, quarter: q }).message;
      }
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
    const reasons: string[] = [];
    if (win.entry.errors > 0) {
      reasons.push(findingFrom(MERGE_MESSAGES, 'merge-unit-has-errors', { sheet: null, cell: null }, { unit: unit.id, count: win.entry.errors }).message);
    }
    if (list.length > 1) {
      const f = findingFrom(MERGE_MESSAGES, 'merge-unit-duplicate', { file: baseName(win.entry.file), sheet: null, cell: null }, {
        unit: unit.id,
        count: list.length,
        winner: baseName(win.entry.file),
      });
      findings.push(f);
      reasons.push(f.message);
      for (const loser of ranked.slice(0, -1)) supersede(loser.entry, win.entry, 'merge-file-superseded', findings);
    }
    ru.reason = reasons.join('；');
  }

  const missing = units.filter((u) => u.status === 'missing' || u.status === 'wrong-quarter').map((u) => u.unit);
  const unreadableUnits = units.filter((u) => u.status === 'unreadable').map((u) => u.unit);
  const withErrors = units.filter((u) => u.status === 'with-errors').map((u) => u.unit);
  const due = dueDate ? `于${dueDate}前` : '尽快';
  const what = `${spec.year}年${q}工作进展情况表`;
  const reminder = missing.length ? `请以下单位${due}报送${what}：${missing.join('、')}。` : '';
  const returnParts = units.filter((u) => u.status === 'with-errors').map((u) => returnPart(u.unit, winners.get(u.unit) as MergeInput, u.errors));
  const returnText = [
    returnParts.length ? `请以下单位修改后重新报送${what}：${returnParts.join('；')}。` : '',
    unreadableParts.length ? `以下单位报送的${what}无法读取，请重新报送：${unreadableParts.join('；')}。` : '',
  ].join('');
  return { roster: { units, files, missing, withErrors, unreadable: unreadableUnits, reminder, returnText }, winners, findings };
}
