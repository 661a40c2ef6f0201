import { validateInExcel } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache } from '../../src/excel/sheet-cache';
import { noteApi, supportUpTo } from '../../src/excel/requirements';
import { MARK_PREFIX } from '../../src/core/marks/note';
import type { Finding } from '../../src/core/validate/finding';
import { strictHost, type HostLevel } from './strict/host';
import { scaledSpec } from './specs';

/**
 * Issue 9: hosts reporting ExcelApi 1.18 (Microsoft 365, the web) made 一键校验 throw TypeError, because the office.js
 * the add-in serves from npm has no `workbook.notes`. The note API is now checked in the loaded library as well
 * (requirements `noteApi`): comments (ExcelApi 1.10) there, and the result says so.
 */

const error: Finding = { code: 'progress-empty', severity: 'error', sheet: '进展情况表', cell: 'D5', message: '未填写', hint: '请填写' };
const report = { identity: {}, rows: [], findings: [] };

describe.each(['1.18', 'web'] as HostLevel[])('notes missing from the library on a host reporting ExcelApi 1.18 (%s)', (level) => {
  it('marks with a comment and says so', async () => {
    const host = strictHost({ level, sheets: [{ name: '进展情况表', rows: [['序号']] }] });
    const result = await validateInExcel(host.context(), scaledSpec(2), {
      validate: () => ({ report, findings: [error] }),
      support: host.support,
      store: memoryStore(),
      sheetCache: memorySheetCache(),
    });
    expect([result.marked, result.notes]).toEqual([1, 'comments']);
    expect(host.book.annotations.map((a) => [a.kind, a.content])).toEqual([['comment', `${MARK_PREFIX}\n【错误】未填写\n建议：请填写`]]);
  });
});

describe('noteApi', () => {
  const all = supportUpTo('1.18');
  it('notes only where the host has 1.18 and the library has workbook.notes; else comments on 1.10; else none', () => {
    expect(noteApi({ notes: {}, comments: {} }, all)).toBe('notes');
    expect(noteApi({ comments: {} }, all)).toBe('comments');
    expect(noteApi({ notes: {}, comments: {} }, supportUpTo('1.13'))).toBe('comments');
    expect(noteApi({ notes: undefined, comments: {} }, all)).toBe('comments');
    expect(noteApi({}, all)).toBe('none');
    expect(noteApi({ notes: {}, comments: {} }, supportUpTo('1.9'))).toBe('none');
    expect(noteApi(undefined, all)).toBe('none');
  });
});
