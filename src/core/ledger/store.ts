import { findingFrom } from '../i18n/catalogue';
import type { Grid, GridBook } from '../sheet/grid';
import { chunkPairs, chunksOf, keyValueMap, keyValueSheetPlan } from '../sheet/key-values';
import { METADATA_MARKER } from '../sheet/metadata';
import type { SheetPlan } from '../sheet/plan';
import type { TemplateSpec } from '../spec/schema';
import type { Finding } from '../validate/finding';
import { LEDGER_MESSAGES } from './messages';
import { LedgerSchema, type Ledger } from './types';

/**
 * The ledger's record inside its workbook: a very hidden, protected sheet of key/value rows (column A the key,
 * column B the value, row 1 the header; the same idea as the add-in's metadata sheet, core/sheet/metadata):
 * generator = the add-in's marker, kind = ledger, templateId, year, format, then the ledger as JSON in chunks
 * data.0, data.1 … (core/sheet/key-values: at most KEY_VALUE_CHUNK characters each). The visible sheets are views made
 * from it; the ledger is always read back from this sheet, so nothing typed into the views changes it.
 */
export const LEDGER_DATA_SHEET = '_ptledger';
/** Value of the `kind` key. */
export const LEDGER_KIND = 'ledger';
/** Version of the data layout (bumped when the JSON's shape changes). */
export const LEDGER_FORMAT = '1';

/** The data sheet's plan for `ledger` (very hidden, protected, role 'ledger-data'). */
export function ledgerDataPlan(ledger: Ledger): SheetPlan {
  const json = JSON.stringify(ledger);
  const pairs: [string, string][] = [
    ['generator', METADATA_MARKER],
    ['kind', LEDGER_KIND],
    ['templateId', ledger.templateId],
    ['year', String(ledger.year)],
    ['format', LEDGER_FORMAT],
  ];
  pairs.push(...chunkPairs('data', json));
  return keyValueSheetPlan(LEDGER_DATA_SHEET, 'ledger-data', pairs, 14);
}

/** The ledger's data sheet of a workbook (the first sheet whose keys say generator = marker and kind = ledger). */
export function findLedgerSheet(book: GridBook): Grid | undefined {
  return book.sheets.find((g) => {
    const m = keyValueMap(g);
    return m.get('generator') === METADATA_MARKER && m.get('kind') === LEDGER_KIND;
  });
}

/** True when the workbook holds a ledger's data sheet (so a merge can leave it out of the units' files). */
export function isLedgerBook(book: GridBook): boolean {
  return findLedgerSheet(book) !== undefined;
}

/** Result of reading a ledger: the ledger, or the one finding (file level) that says why it cannot be used. */
export type LedgerRead = { ledger: Ledger; finding?: undefined } | { ledger?: undefined; finding: Finding };

/**
 * Read the ledger of `spec` from a workbook (`file` = its name, for the message). Refuses, with one file-level error
 * finding and never a throw: a workbook without a ledger data sheet (`ledger-not-ledger`), data that does not parse
 * or fails the schema (`ledger-damaged`), a ledger of another list (`ledger-other-list`, by spec id) or of another
 * year (`ledger-other-year`).
 */
export function readLedger(book: GridBook, spec: TemplateSpec, file: string): LedgerRead {
  const place = { file, sheet: null, cell: null };
  const sheet = findLedgerSheet(book);
  if (!sheet) return { finding: findingFrom(LEDGER_MESSAGES, 'ledger-not-ledger', place, { file }) };
  const chunks = chunksOf(keyValueMap(sheet), 'data');
  let ledger: Ledger;
  try {
    // A missing chunk leaves a hole, which `some` would skip: check every index.
    if (!chunks.length || Array.from(chunks, (c) => c === undefined).includes(true)) throw new Error('缺少数据');
    const parsed = LedgerSchema.safeParse(JSON.parse(chunks.join('')));
    if (!parsed.success) throw new Error(`数据格式不符（${parsed.error.issues[0]?.path.join('.') ?? ''}）`);
    ledger = parsed.data;
    const seen = new Set(ledger.quarters.map((q) => q.quarter));
    if (seen.size !== ledger.quarters.length) throw new Error('同一季度出现两次');
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'JSON 无法解析' : err instanceof Error ? err.message : String(err);
    return { finding: findingFrom(LEDGER_MESSAGES, 'ledger-damaged', place, { file, reason }) };
  }
  const mismatch = ledgerMismatch(ledger, spec, file);
  return mismatch ? { finding: mismatch } : { ledger: { ...ledger, quarters: [...ledger.quarters].sort((a, b) => a.quarter - b.quarter) } };
}

/** The finding that refuses `ledger` for `spec` (another list by id, or another year), or undefined when it fits. */
export function ledgerMismatch(ledger: Ledger, spec: TemplateSpec, file: string): Finding | undefined {
  const place = { file, sheet: null, cell: null };
  if (ledger.templateId !== spec.id) {
    return findingFrom(LEDGER_MESSAGES, 'ledger-other-list', place, { file, templateId: ledger.templateId, specId: spec.id });
  }
  if (ledger.year !== spec.year) return findingFrom(LEDGER_MESSAGES, 'ledger-other-year', place, { file, year: ledger.year, specYear: spec.year });
  return undefined;
}
