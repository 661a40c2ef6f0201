import type { WorkbookMetadata } from './metadata';
import type { SheetRole } from './plan';

/**
 * The add-in's own earlier summaries in a workbook, found from its metadata sheets (core/sheet/metadata): pure, shared
 * by the Excel adapter (excel/write-summary) and the WPS adapter (wps/write-summary). Only sheets named there under a
 * summary role, and that metadata sheet itself, are ever deleted by a replace.
 */

/** The summary roles. */
export const SUMMARY_ROLES: readonly SheetRole[] = ['summary', 'roster', 'indicator-summary'];

/** The add-in's own earlier summary: its sheets (as named now) and the metadata sheet recording them. */
export interface OwnSummary {
  metadataSheet: string;
  sheets: string[];
  quarter?: number;
  /** True for the leftovers of an interrupted write (metadata state 'writing'): removed by the next write. */
  writing?: boolean;
}

/**
 * From the metadata sheets read (`name`: the metadata sheet, `meta`: its metadata or undefined when it is none) and
 * the workbook's sheet names now, the summaries: metadata naming summary roles only, with the sheets that still exist.
 */
export function ownSummariesOf(read: readonly { name: string; meta: WorkbookMetadata | undefined }[], names: ReadonlySet<string>): OwnSummary[] {
  const out: OwnSummary[] = [];
  for (const { name, meta } of read) {
    if (!meta) continue;
    const roles = Object.keys(meta.sheets) as SheetRole[];
    if (!roles.length || roles.some((r) => !SUMMARY_ROLES.includes(r))) continue;
    const sheets = roles.map((r) => meta.sheets[r]!).filter((n) => names.has(n));
    out.push({ metadataSheet: name, sheets, ...(meta.quarter ? { quarter: meta.quarter } : {}), ...(meta.state === 'writing' ? { writing: true } : {}) });
  }
  return out;
}
