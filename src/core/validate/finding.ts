import type { Finding, Severity } from '../i18n/finding';

export type { Finding, FindingItem, Severity } from '../i18n/finding';

/** Severity order for sorting: error first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True when any finding is an error (the table is not ready to submit). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
