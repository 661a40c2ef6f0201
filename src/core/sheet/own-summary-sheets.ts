import type { WorkbookMetadata } from './metadata';
import type { LedgerSheetRole, SheetRole } from './plan';

/**
 * The add-in's own earlier sheets of one kind in a workbook (its summaries, its ledger), found from its metadata
 * sheets (core/sheet/metadata): pure, shared by the Excel adapter (excel/write-summary, excel/ledger-sheets) and the
 * WPS adapter (wps/write-summary). A metadata sheet belongs to a kind when every role it records is one of the
 * kind's roles; only sheets named there, and that metadata sheet itself, are ever deleted by a replace. So the
 * summary's replace never deletes the ledger's sheets, nor the ledger's the summary's, nor either a template's.
 */

/** The summary roles. */
export const SUMMARY_ROLES: readonly SheetRole[] = ['summary', 'roster', 'indicator-summary'];

/** The ledger's roles (工作台账: core/layout/ledger-workbook), its very hidden data sheet included. */
export const LEDGER_ROLES: readonly LedgerSheetRole[] = [
  'ledger-progress',
  'ledger-targets',
  'ledger-pace',
  'ledger-roster-1',
  'ledger-roster-2',
  'ledger-roster-3',
  'ledger-roster-4',
  'ledger-data',
];

/** The add-in's own earlier sheets of one kind: its sheets (as named now) and the metadata sheet recording them. */
export interface OwnSheets {
  metadataSheet: string;
  sheets: string[];
  quarter?: number;
  /** True for the leftovers of an interrupted write (metadata state 'writing'): removed by the next write. */
  writing?: boolean;
}

/** The add-in's own earlier summary (see `OwnSheets`). */
export type OwnSummary = OwnSheets;

/**
 * From the metadata sheets read (`name`: the metadata sheet, `meta`: its metadata or undefined when it is none) and
 * the workbook's sheet names now, the add-in's sheets of the kind whose roles are `roles`: metadata naming only such
 * roles, with the sheets that still exist.
 */
export function ownSheetsOf(
  read: readonly { name: string; meta: WorkbookMetadata | undefined }[],
  names: ReadonlySet<string>,
  roles: readonly SheetRole[],
): OwnSheets[] {
  const out: OwnSheets[] = [];
  for (const { name, meta } of read) {
    if (!meta) continue;
    const recorded = Object.keys(meta.sheets) as SheetRole[];
    if (!recorded.length || recorded.some((r) => !roles.includes(r))) continue;
    out.push({
      metadataSheet: name,
      sheets: recorded.map((r) => meta.sheets[r]!).filter((n) => names.has(n)),
      ...(meta.quarter ? { quarter: meta.quarter } : {}),
      ...(meta.state === 'writing' ? { writing: true } : {}),
    });
  }
  return out;
}

/** The add-in's own earlier summaries (`ownSheetsOf` with the summary roles). */
export function ownSummariesOf(read: readonly { name: string; meta: WorkbookMetadata | undefined }[], names: ReadonlySet<string>): OwnSummary[] {
  return ownSheetsOf(read, names, SUMMARY_ROLES);
}
