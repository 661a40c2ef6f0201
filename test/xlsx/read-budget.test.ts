/**
 * The unpack budget is counted per file and per merge (issue 16, item 2): files of one merge share one budget
 * (xlsx/budget `mergeBudget`), so many files cannot add up to what one may not; the file that would pass it is
 * refused with file-over-budget before anything of it is inflated.
 */
import * as fs from 'node:fs';
import { mergeBudget } from '../../src/xlsx/budget';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read';
import { readZipDirectory } from '../../src/xlsx/zip-directory';
import { declaredUnpacked } from '../../src/xlsx/zip-view';
import { isUnreadPart } from '../../src/xlsx/file-kind';
import { EXAMPLE } from './hostile/build';

const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
const dir = readZipDirectory(bytes);
const one = dir.ok ? declaredUnpacked(dir.entries, isUnreadPart) : 0;

test('a budget for one and a half files: the first file reads, the second is refused, the budget is spent', () => {
  const budget = mergeBudget(Math.floor(one * 1.5));
  expect(readWorkbook(bytes, 'a.xlsx', { budget }).sheets.length).toBeGreaterThan(0);
  expect(budget.remaining).toBe(Math.floor(one * 1.5) - one);
  let code = '';
  try {
    readWorkbook(bytes, 'b.xlsx', { budget });
  } catch (err) {
    code = err instanceof WorkbookReadError ? err.code : String(err);
  }
  expect(code).toBe('file-over-budget');
  expect(budget.remaining).toBe(Math.floor(one * 1.5) - one);
});

test('without a budget each file has only its own limit', () => {
  for (let i = 0; i < 3; i++) expect(readWorkbook(bytes, `f${i}.xlsx`).sheets.length).toBeGreaterThan(0);
});
