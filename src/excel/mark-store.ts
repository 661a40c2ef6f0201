import { documentSettings } from './document-settings';
/**
 * Where the add-in remembers the cells it marked and each cell's own fill, so `clearMarks` restores them exactly.
 * Kept in the document's add-in settings (Office Common API `Office.context.document.settings`, requirement set
 * Settings 1.1, saved inside the workbook), so the task pane and the ribbon command (a separate runtime) share it,
 * and a later session of the same workbook can still clear the marks. Outside Office, or where saving fails, a
 * memory copy serves the current session.
 */

/** One marked cell. */
export interface MarkRecord {
  /** Worksheet name. */
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  /** The cell's own fill colour "#RRGGBB" before marking, or null when it had no fill. */
  fill: string | null;
  /** True when the add-in added a note (or comment) to the cell. */
  note: boolean;
}

/** Read and write the records of the current workbook. */
export interface MarkStore {
  read(): Promise<MarkRecord[]>;
  write(records: MarkRecord[]): Promise<void>;
}

/** Settings key of the records. */
export const MARKS_SETTING = 'progressTable.marks';

/** A store in memory only (tests; hosts without settings). */
export function memoryStore(initial: MarkRecord[] = []): MarkStore {
  let records = [...initial];
  return {
    read: async () => [...records],
    write: async (r) => {
      records = [...r];
    },
  };
}

/** Parse stored records; anything malformed is dropped. */
export function parseRecords(data: unknown): MarkRecord[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (r): r is MarkRecord =>
      !!r &&
      typeof r === 'object' &&
      typeof (r as MarkRecord).sheet === 'string' &&
      typeof (r as MarkRecord).cell === 'string' &&
      ((r as MarkRecord).fill === null || typeof (r as MarkRecord).fill === 'string') &&
      typeof (r as MarkRecord).note === 'boolean',
  );
}

/** The document-settings store, falling back to memory where there are no settings. */
export function documentStore(): MarkStore {
  const memory = memoryStore();
  return {
    async read() {
      const s = documentSettings();
      if (!s) return memory.read();
      await new Promise<void>((resolve) => {
        try {
          // Another runtime (the ribbon command) may have saved newer records: re-read them.
          s.refreshAsync(() => resolve());
        } catch {
          resolve();
        }
      });
      const stored = parseRecords(s.get(MARKS_SETTING));
      return stored.length ? stored : memory.read();
    },
    async write(records) {
      await memory.write(records);
      const s = documentSettings();
      if (!s) return;
      try {
        s.set(MARKS_SETTING, records);
        await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
      } catch {
        // The memory copy still serves this session.
      }
    },
  };
}
