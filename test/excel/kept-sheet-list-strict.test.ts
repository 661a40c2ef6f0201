import { validateInExcel, type BookValidator } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { documentSheetCache, memorySheetCache, parseSheetList, SHEETS_SETTING, type SheetList } from '../../src/excel/sheet-cache';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
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

describe('the kept sheet list against the workbook as it is now (ExcelApi 1.18)', () => {
  const sheet = (name: string, visibility: 'Visible' | 'Hidden' = 'Visible') => ({ name, visibility, rows: [[name, '序号'], [1, '实事']] });

  it('takes the visibility from the sheet list loaded in the same sync, not from the kept one', async () => {
    const r = await run(strictHost({ level: '1.18', sheets: [sheet('封面'), sheet('进展情况表', 'Hidden')] }), kept('封面', '进展情况表'));
    expect(r.labels).toHaveLength(2);
    expect(r.names).toEqual([['封面', 'visible', '封面'], ['进展情况表', 'hidden', '进展情况表']]);
  });

  it('keeps the tab order of the workbook when the sheets were only moved (2 syncs)', async () => {
    const r = await run(strictHost({ level: '1.18', sheets: [sheet('指标完成情况'), sheet('进展情况表')] }), kept('进展情况表', '指标完成情况'));
    expect(r.labels).toHaveLength(2);
    expect(r.names.map((n) => n[0])).toEqual(['指标完成情况', '进展情况表']);
  });

  it('leaves out a sheet deleted since the last read, in 2 syncs', async () => {
    const host = strictHost({ level: '1.18', sheets: [sheet('进展情况表')] });
    const r = await run(host, kept('进展情况表', '已删除的表'), [error('已删除的表', 'A1')]);
    expect([r.labels.length, r.result.marked, r.names.map((n) => n[0])]).toEqual([2, 0, ['进展情况表']]);
    expect(r.kept).toEqual(kept('进展情况表'));
  });

  it('still reads a sheet added since the last read, in 3 syncs, and keeps the new list', async () => {
    const host = strictHost({ level: '1.18', sheets: [sheet('进展情况表'), sheet('新增表'), sheet('指标完成情况')] });
    const r = await run(host, kept('进展情况表', '指标完成情况'), [error('新增表', 'B2')]);
    expect(r.labels).toEqual(['validate:read', 'validate:read-changed', 'validate:mark']);
    expect(r.names.map((n) => n[0])).toEqual(['进展情况表', '新增表', '指标完成情况']);
    expect(host.cell('新增表', 'B2').fill.color).toBe(MARK_FILLS.error);
    expect(r.kept).toEqual(kept('进展情况表', '新增表', '指标完成情况'));
    expect((await run(host, r.kept!)).labels).toHaveLength(2);
  });
});

describe('一键校验 and the notes of others (comments, ExcelApi 1.18)', () => {
  const own = `${MARK_PREFIX}\n旧的问题`;
  const theirs = '填报人自己的批注';
  const book = () => strictHost({ level: '1.18', sheets: [{ name: '进展情况表', rows: [['序号']], comments: { D5: own, E6: theirs } }] });
  const at = (host: ReturnType<typeof strictHost>, address: string) =>
    host.book.annotations.filter((a) => `${String.fromCharCode(65 + a.col)}${a.row + 1}` === address).map((a) => a.content);

  it('uses the kept cells of other notes whose text is unchanged: no note over theirs, 2 syncs', async () => {
    const host = book();
    const list: SheetList = { ...kept('进展情况表'), otherNotes: [{ content: theirs, cell: '进展情况表!E6' }] };
    const r = await run(host, list, [error('进展情况表', 'D5'), { ...error('进展情况表', 'E6'), message: '他人批注处的问题' }]);
    expect(r.labels).toHaveLength(2);
    expect([at(host, 'D5'), at(host, 'E6')]).toEqual([[`${MARK_PREFIX}\n【错误】未填写\n建议：请填写`], [theirs]]);
    expect(host.cell('进展情况表', 'E6').fill.color).toBe(MARK_FILLS.error);
  });

  it('reads the cells of other notes added since the last read (3 syncs) and keeps them', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: '进展情况表', rows: [['序号']], comments: { E6: theirs } }] });
    const r = await run(host, kept('进展情况表'), [error('进展情况表', 'E6')]);
    expect(r.labels).toEqual(['validate:read', 'validate:read-changed', 'validate:mark']);
    expect(at(host, 'E6')).toEqual([theirs]);
    expect(host.cell('进展情况表', 'E6').fill.color).toBe(MARK_FILLS.error);
    expect(r.kept?.otherNotes).toEqual([{ content: theirs, cell: '进展情况表!E6' }]);
  });
});

describe('the kept sheet list in the document settings', () => {
  it('reads and writes Office.context.document.settings, saving the document settings', async () => {
    const host = strictHost({ level: '1.18' });
    const restore = host.install();
    try {
      const cache = documentSheetCache();
      expect(cache.read()).toBeUndefined();
      cache.write(kept('进展情况表'));
      expect(host.settings.get(SHEETS_SETTING)).toEqual(kept('进展情况表'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(host.savedSettings.get(SHEETS_SETTING)).toEqual(kept('进展情况表'));
      expect(documentSheetCache().read()).toEqual(kept('进展情况表'));
    } finally {
      restore();
    }
  });

  it('treats a malformed kept list as no list', () => {
    expect(parseSheetList({ sheets: [{ name: 1, visibility: 'visible' }], otherNotes: [] })).toBeUndefined();
    expect(parseSheetList({ sheets: [{ name: 'A', visibility: 'shown' }], otherNotes: [] })).toBeUndefined();
    expect(parseSheetList('[]')).toBeUndefined();
    expect(parseSheetList(null)).toBeUndefined();
    expect(parseSheetList(kept('A'))).toEqual(kept('A'));
  });
});
