import { validateInExcel, type BookValidator } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache, type SheetList } from '../../src/excel/sheet-cache';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILLS } from '../../src/core/marks/palette';
import type { GridBook } from '../../src/core/sheet/grid';
import type { Finding } from '../../src/core/validate/finding';
import { strictHost, type HostLevel } from './strict/host';
import { scaledSpec } from './specs';

/**
 * 一键校验 from the sheet list kept since the last read (excel/sheet-cache) under the strict host: a list that no
 * longer holds (a sheet deleted, renamed, added, hidden, moved) still gives the whole workbook as it is now, with
 * one more sync only when a sheet must be read that the list did not name.
 */

const LEVELS: HostLevel[] = ['1.4', '1.9', '1.13', 'web'];
const report = { identity: {}, rows: [], findings: [] };
const kept = (...names: string[]): SheetList => ({ sheets: names.map((name) => ({ name, visibility: 'visible' })), otherNotes: [] });
const error = (sheet: string, cell: string): Finding => ({ code: 'progress-empty', severity: 'error', sheet, cell, message: '未填写', hint: '请填写' });

async function run(host: ReturnType<typeof strictHost>, list: SheetList, findings: Finding[] = []) {
  let book: GridBook | undefined;
  const validate: BookValidator = (b) => {
    book = b;
    return { report, findings };
  };
  const cache = memorySheetCache(list);
  const c = countSyncs();
  try {
    const result = await validateInExcel(host.context(), scaledSpec(2), { validate, support: host.support, store: memoryStore(), sheetCache: cache });
    return { result, names: book!.sheets.map((g) => [g.name, g.visibility, g.rows[0]?.[0]?.value ?? null]), labels: [...c.labels], kept: cache.read() };
  } finally {
    c.stop();
  }
}

describe.each(LEVELS)('the kept sheet list at host level %s', (level) => {
  const host = () =>
    strictHost({
      level,
      sheets: [
        { name: '封面', rows: [['封面']] },
        { name: '进展情况表（区卫健局）', rows: [['进展']] },
        { name: '隐藏', visibility: 'Hidden', rows: [['隐藏']] },
      ],
    });

  it('holds: 2 syncs', async () => {
    const r = await run(host(), { ...kept('封面', '进展情况表（区卫健局）'), sheets: [...kept('封面', '进展情况表（区卫健局）').sheets, { name: '隐藏', visibility: 'hidden' }] });
    expect(r.labels).toEqual(['validate:read', 'validate:mark']);
    expect(r.names).toEqual([['封面', 'visible', '封面'], ['进展情况表（区卫健局）', 'visible', '进展'], ['隐藏', 'hidden', '隐藏']]);
  });

  it('a failed read from the kept list is made again afresh (sheet list, then used ranges)', async () => {
    const h = host();
    h.failRequest(1, 'GeneralException');
    const r = await run(h, kept('封面', '进展情况表（区卫健局）', '隐藏'));
    expect(r.labels).toEqual(['validate:sheets', 'validate:ranges', 'validate:mark']);
    expect(r.names.map((n) => n[0])).toEqual(['封面', '进展情况表（区卫健局）', '隐藏']);
    expect(h.requests.map((q) => q.error?.code ?? 'ok')).toEqual(['GeneralException', 'ok', 'ok']); // nothing to mark: the last sync sends no request
  });

  it('names a deleted sheet and misses a renamed one: the book is as it is now, marked on the new name, in 3 syncs', async () => {
    const h = host();
    const r = await run(h, kept('已删除', '进展情况表', '隐藏', '封面'), [error('进展情况表（区卫健局）', 'D5'), error('已删除', 'A1')]);
    expect(r.labels).toEqual(['validate:read', 'validate:read-changed', 'validate:mark']);
    expect(r.names).toEqual([['封面', 'visible', '封面'], ['进展情况表（区卫健局）', 'visible', '进展'], ['隐藏', 'hidden', '隐藏']]);
    expect(r.result.marked).toBe(1);
    expect(h.cell('进展情况表（区卫健局）', 'D5').fill.color).toBe(MARK_FILLS.error);
    expect(r.kept).toEqual({ sheets: [{ name: '封面', visibility: 'visible' }, { name: '进展情况表（区卫健局）', visibility: 'visible' }, { name: '隐藏', visibility: 'hidden' }], otherNotes: [] });
  });
});
