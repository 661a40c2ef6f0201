import { findingFrom } from '../i18n/catalogue';
import type { Finding } from '../validate/finding';
import { MERGE_MESSAGES } from './messages';
import { baseName, compareText, contentKey } from './keys';
import type { MergeInput, RosterFile } from './types';

/**
 * Files with the same content are one submission: an identical copy ("…(1).xlsx", "… - 副本") of a unit's file is
 * not 重复报送, and the original, not the copy, is merged.
 */

/** A file name that says it is a copy: "…(1).xlsx", "…（2）", "… - 副本", "复件 …", "… copy". */
const COPY_NAME = /[(（]\s*\d+\s*[)）]\s*$|副本|复件|\bcopy\b/i;

/** One candidate file of a unit: its input, its roster entry, its place in the stable order. */
export type Candidate = { input: MergeInput; entry: RosterFile; order: number };

/** Mark `loser` superseded by `winner` with the remark `code` (params {file, winner}), pushed to `findings`. */
export function supersede(loser: RosterFile, winner: RosterFile, code: 'merge-file-superseded' | 'merge-file-same-content', findings: Finding[]): void {
  loser.status = 'superseded';
  loser.supersededBy = winner.file;
  const f = findingFrom(MERGE_MESSAGES, code, { file: baseName(loser.file), sheet: null, cell: null }, {
    file: baseName(loser.file),
    winner: baseName(winner.file),
  });
  findings.push(f);
  loser.reasonCode = code;
  loser.reason = f.message;
}

/**
 * One candidate per distinct content among a unit's files (same content = the same read texts, deadlines, figures,
 * unit, quarter and 填报日期: `contentKey`). The original stands for its copies: a name that is no copy's
 * (`COPY_NAME`), else the earlier modifiedAt, else the shorter name, else the earlier in stable order. Each copy is
 * marked superseded by the original with `merge-file-same-content` (info) pushed to `findings`.
 */
export function sameContent(list: readonly Candidate[], findings: Finding[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of list) {
    const key = contentKey(c.input);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    const stem = (c: Candidate) => baseName(c.entry.file).replace(/\.[A-Za-z0-9]{2,5}$/, '');
    const [original, ...copies] = [...group].sort(
      (a, b) =>
        Number(COPY_NAME.test(stem(a))) - Number(COPY_NAME.test(stem(b))) ||
        compareText(a.entry.modifiedAt ?? '~', b.entry.modifiedAt ?? '~') ||
        stem(a).length - stem(b).length ||
        a.order - b.order,
    );
    for (const copy of copies) supersede(copy.entry, original.entry, 'merge-file-same-content', findings);
    out.push(original);
  }
  return out.sort((a, b) => a.order - b.order);
}
