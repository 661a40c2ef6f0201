import { rosterTexts } from '../../core/merge/roster-texts';
import type { RosterRequest } from '../../core/merge/types';
import type { RequestDetails } from '../../browser/local-store';
import type { MergeOutcome } from './types';

/** The roster's request with the 报送期限 and 联系人 / 电话 typed on the pane (empty parts left out). */
export function requestWith(base: RosterRequest, details: RequestDetails): RosterRequest {
  const name = details.name.trim();
  const phone = details.phone.trim();
  const { dueDate: _d, contact: _c, ...rest } = base;
  return {
    ...rest,
    ...(details.dueDate.trim() ? { dueDate: details.dueDate.trim() } : {}),
    ...(name || phone ? { contact: { ...(name ? { name } : {}), ...(phone ? { phone } : {}) } } : {}),
  };
}

/**
 * The outcome with the typed details in its roster: `request` replaced and the zh-CN 催报 / 退回 texts made again
 * (`rosterTexts`), so the summary written or downloaded says the same as the pane. The outcome is not changed.
 */
export function outcomeWithRequest(outcome: MergeOutcome, details: RequestDetails): MergeOutcome {
  const roster = outcome.summary.roster;
  const request = requestWith(roster.request, details);
  const texts = rosterTexts({ units: roster.units, request }, 'zh-CN');
  return { ...outcome, summary: { ...outcome.summary, roster: { ...roster, request, ...texts } } };
}
