import type { Quarter, TemplateSpec } from '../spec/schema';
import { findingFrom } from '../i18n/catalogue';
import { progressTitle } from '../spec/titles';
import { mergeItems } from './items';
import { MERGE_MESSAGES } from './messages';
import { buildRoster, sortInputs } from './roster';
import { mergeTargets } from './targets';
import type { MergeInput, MergeOptions, Summary, SummaryLayout } from './types';

/** The summary sheet's title: "2026年为全区妇女儿童办实事工作进展情况表（第三季度）汇总". */
export function summaryTitle(spec: TemplateSpec, quarter: Quarter): string {
  return `${progressTitle(spec, quarter)}汇总`;
}

/**
 * Merge the received reports of one quarter into a Summary (pure, deterministic).
 *
 * Inputs are first sorted by a stable key (file name, modifiedAt, content), so the same files in any order give a
 * deep-equal Summary, and merging twice gives the same. Each spec unit's entries come from its one merged file
 * (when a unit sent several, the later 填报日期 wins, else the later modifiedAt, else the later file name); a
 * corrected file from one unit therefore replaces only that unit's entries. Unreadable files, files of unknown
 * units and files of another quarter are listed in the roster with the reason and left out; everything else still
 * merges. Texts are kept verbatim (a text starting with = stays that text; the layouts write it as text).
 * Never throws on bad reports; throws RangeError only for a quarter outside 1..4.
 */
export function mergeReports(inputs: readonly MergeInput[], spec: TemplateSpec, opts: MergeOptions): Summary {
  const quarter = opts.quarter;
  const layout: SummaryLayout = opts.layout ?? 'official';
  const sorted = sortInputs(inputs);
  const { roster, winners, findings } = buildRoster(sorted, spec, quarter, opts.dueDate, opts.contact);
  const items = mergeItems(spec, winners, roster.unreadable);
  for (const item of items) {
    if (item.textParts.length > 1) {
      findings.push(textSplitFinding(item.number, item.name, item.progressText.length, item.textParts.length));
    }
  }
  const targets = mergeTargets(spec, winners, quarter);
  const submitted = roster.units.filter((u) => u.status === 'submitted' || u.status === 'with-errors' || u.status === 'unreadable').length;
  return {
    templateId: spec.id,
    templateVersion: spec.version,
    year: spec.year,
    quarter,
    layout,
    title: summaryTitle(spec, quarter),
    coordinator: spec.coordinator,
    items,
    targets,
    roster,
    totals: {
      units: spec.units.length,
      submitted,
      withErrors: roster.withErrors.length,
      unreadable: roster.unreadable.length,
      missing: roster.missing.length,
      files: roster.files.length,
      merged: roster.files.filter((f) => f.status === 'merged').length,
      notMerged: roster.files.filter((f) => f.status !== 'merged').length,
    },
    findings,
  };
}

function textSplitFinding(number: number, name: string, length: number, parts: number) {
  return findingFrom(MERGE_MESSAGES, 'merge-text-split', { sheet: null, cell: null }, { number, name, length, parts });
}

/**
 * The most common quarter among the reports (ties: the later quarter), or undefined when none names one.
 * Used when the user gives no quarter (CLI without --quarter, the pane's 自动).
 */
export function resolveQuarter(inputs: readonly MergeInput[]): Quarter | undefined {
  const counts = new Map<Quarter, number>();
  for (const i of inputs) {
    const q = i.report?.identity.quarter;
    if (q) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  let best: Quarter | undefined;
  let bestCount = 0;
  for (const q of [1, 2, 3, 4] as Quarter[]) {
    const c = counts.get(q) ?? 0;
    if (c > 0 && c >= bestCount) {
      best = q;
      bestCount = c;
    }
  }
  return best;
}

