import type { Grid } from '../core/sheet/grid';
import { documentSettings } from './document-settings';

/**
 * The workbook's sheet list as last read (names in tab order, visibility) and the cells of the notes (or comments)
 * not made by the add-in, kept so that 一键校验 can queue every used range before it knows the names, and read and
 * mark in 2 syncs (issue 3, item 3). The list is only a guess: the read verifies it in the same sync and reads what
 * changed in one more sync (see mark-findings `readForMarking`).
 *
 * Kept in the document's add-in settings (Office Common API `Office.context.document.settings`, Settings 1.1:
 * loaded with the document, `get` needs no round trip, `set` + `saveAsync` persist it in the workbook), so the task
 * pane and the ribbon command share it; outside Office, or where settings fail, a memory copy of this runtime
 * serves. Source: Microsoft, "Persist add-in state and settings".
 */

/** One worksheet as last read. */
export interface CachedSheet {
  /** Worksheet name. */
  name: string;
  /** As in Grid: 'visible' | 'hidden' | 'veryHidden'. */
  visibility: Grid['visibility'];
}

/** A note (ExcelApi 1.18) or comment (1.10) not made by the add-in: its text and "Sheet!A1" cell. */
export interface CachedNote {
  content: string;
  cell: string;
}

/** What is kept: the sheets in tab order and the other notes in collection order. */
export interface SheetList {
  sheets: CachedSheet[];
  otherNotes: CachedNote[];
}

/** Read and write the kept list. `read` gives undefined when nothing (or nothing readable) is kept. */
export interface SheetCache {
  read(): SheetList | undefined;
  write(list: SheetList): void;
}

/** Settings key of the list. */
export const SHEETS_SETTING = 'progressTable.sheets';

const VISIBILITIES = new Set<string>(['visible', 'hidden', 'veryHidden']);

/** Parse a kept list; anything malformed gives undefined (the read then takes the 3-sync path). */
export function parseSheetList(data: unknown): SheetList | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { sheets, otherNotes } = data as { sheets?: unknown; otherNotes?: unknown };
  if (!Array.isArray(sheets) || !Array.isArray(otherNotes)) return undefined;
  const okSheet = (s: unknown): s is CachedSheet =>
    !!s && typeof (s as CachedSheet).name === 'string' && VISIBILITIES.has(String((s as CachedSheet).visibility));
  const okNote = (n: unknown): n is CachedNote =>
    !!n && typeof (n as CachedNote).content === 'string' && typeof (n as CachedNote).cell === 'string';
  if (!sheets.every(okSheet) || !otherNotes.every(okNote)) return undefined;
  return {
    sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    otherNotes: otherNotes.map((n) => ({ content: n.content, cell: n.cell })),
  };
}

/** A cache in memory only (tests; hosts without settings). */
export function memorySheetCache(initial?: SheetList): SheetCache {
  let kept = initial ? parseSheetList(initial) : undefined;
  return {
    read: () => (kept ? parseSheetList(kept) : undefined),
    write: (list) => {
      kept = parseSheetList(list);
    },
  };
}

/** This runtime's copy, used where there are no document settings. */
const runtimeCopy = memorySheetCache();

/**
 * The document-settings cache, falling back to this runtime's memory where there are no settings. `write` saves
 * without waiting (a failed save only costs the next read one more sync).
 */
export function documentSheetCache(): SheetCache {
  return {
    read() {
      const s = documentSettings();
      if (!s) return runtimeCopy.read();
      try {
        return parseSheetList(s.get(SHEETS_SETTING));
      } catch {
        return undefined;
      }
    },
    write(list) {
      runtimeCopy.write(list);
      const s = documentSettings();
      if (!s) return;
      try {
        s.set(SHEETS_SETTING, list);
        s.saveAsync(() => undefined);
      } catch {
        // The memory copy still serves this runtime.
      }
    },
  };
}
