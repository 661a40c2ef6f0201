import { SEVERITY_RANK, type Finding } from '../validate/finding';
import { SEVERITY_WORDS } from './palette';

/**
 * First line of every note (批注) the add-in writes, so the Excel adapter can tell its own notes from a person's and
 * never deletes theirs.
 */
export const MARK_PREFIX = '【进展情况表助手】';

/** The word before a finding's hint in notes and in the CLI's listing. */
export const HINT_LEAD = '建议：';

/**
 * The note text of one cell, the same in Excel and in the annotated copy: `MARK_PREFIX`, then per finding (most
 * severe first, otherwise in the given order) "【错误】message" and, when there is a hint, HINT_LEAD + hint on the next
 * line. Lines are separated by "\n". Findings are not filtered: pass those of one cell.
 */
export function noteText(findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const lines = [MARK_PREFIX];
  for (const f of sorted) {
    lines.push(`【${SEVERITY_WORDS[f.severity]}】${f.message}`);
    if (f.hint) lines.push(`${HINT_LEAD}${f.hint}`);
  }
  return lines.join('\n');
}
