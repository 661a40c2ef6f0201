import { insertWorkbookPlan } from '../../../src/excel/apply-plan';
import { readWorkbookSpec, writeWorkbookSpec } from '../../../src/excel/spec-store';
import { parseTemplateSpec, type TemplateSpec } from '../../../src/core/spec/schema';
import { countSyncs } from '../../../src/excel/sync';
import { filledPlan, LINZI_2026 } from '../../helpers/fixtures';
import { HOST_LEVELS, strictHost } from './host';

/**
 * Issue 9, Build 2: the ribbon's 一键校验 as Office calls it (the function file's `validateActiveSheet` with an event,
 * Excel.run of the real client, the dialog requested) and the 清单 kept in / read from the workbook, under the strict
 * host at every level, with round trips counted.
 */

const spec = LINZI_2026;
/** Another district's list for 2027 (a spec chosen in the 清单 page), valid by the schema. */
function parsed(data: unknown): TemplateSpec {
  const result = parseTemplateSpec(data);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.spec;
}
const other = parsed({ ...structuredClone(LINZI_2026), id: 'linzi-women-children-2027', version: '2027.1', year: 2027 });

describe.each(HOST_LEVELS.flatMap((l) => [[l, true], [l, false]] as const))('ribbon and 清单 under the real client at ExcelApi %s (ids in answers: %s)', (level, ids) => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    delete (globalThis as { location?: unknown }).location;
  });

  it('the ribbon 一键校验 marks the workbook, asks for the result dialog and completes its event once', async () => {
    const host = strictHost({ level, ids, sheets: [{ name: 'Sheet1' }] });
    await insertWorkbookPlan(host.context(), filledPlan(spec, '区卫健局', { quarter: 3 }), { support: host.support });
    // The department forgot item 5's progress text (row 8, column D).
    const sheet = host.sheet('进展情况表')!;
    sheet.cells.get('7,3')!.value = null;
    const urls: string[] = [];
    const ui = { displayDialogAsync: (url: string) => urls.push(url) };
    restore = host.install({ ui });
    (globalThis as { location?: unknown }).location = { href: 'https://intranet.example/progress-table/commands.html' };
    let completed = 0;
    let validateActiveSheet!: (event: { completed(): void }) => Promise<void>;
    jest.isolateModules(() => {
      ({ validateActiveSheet } = jest.requireActual('../../../src/commands/commands') as { validateActiveSheet: typeof validateActiveSheet });
    });
    const syncs = countSyncs();
    await validateActiveSheet({ completed: () => completed++ });
    syncs.stop();
    expect(completed).toBe(1);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^https:\/\/intranet\.example\/progress-table\/result\.html\?/);
    expect(decodeURIComponent(urls[0])).toMatch(/e=1\b/);
    // The empty progress cell is marked with the error fill wherever fills exist (every level).
    expect(host.cell('进展情况表', 'D8').fill.pattern).toBe('Solid');
    expect(syncs.count).toBeLessThanOrEqual(3);
    // And it says why, in a comment, wherever comments exist (ExcelApi 1.10; the library the add-in serves has no notes).
    const comments = host.book.annotations.filter((a) => a.sheetId === sheet.id && a.row === 7 && a.col === 3);
    expect(comments.map((a) => a.content.split('\n')[0])).toEqual(host.support('1.10') ? ['【进展情况表助手】'] : []);
  });

  it('keeps the 清单 in the workbook and reads it back (2 syncs to read, 3 to write)', async () => {
    const host = strictHost({ level, ids, sheets: [{ name: '我的表', rows: [['x']] }] });
    restore = host.install();
    const write = countSyncs();
    const written = await writeWorkbookSpec(host.context(), other, { support: host.support });
    write.stop();
    if (level === '1.1') {
      // Excel 2016 cannot hide a sheet: nothing is written, and the pane keeps the 清单 in the browser instead.
      expect(written).toEqual({ added: false });
      expect(host.book.sheets.map((s) => s.name)).toEqual(['我的表']);
      return;
    }
    expect(write.count).toBeLessThanOrEqual(3);
    expect(written).toEqual({ sheet: '_ptmeta', added: true });
    expect(host.sheet('_ptmeta')!.visibility).toBe('VeryHidden');
    const read = countSyncs();
    const found = await readWorkbookSpec(host.context(), host.support);
    read.stop();
    expect(read.count).toBe(2);
    expect(found.chosen).toBe(true);
    expect(parsed(JSON.parse(found.specJson!))).toEqual(other);
    // Kept again (a second choice): the same sheet is rewritten, nothing added, the user's sheet untouched.
    const again = await writeWorkbookSpec(host.context(), spec, { support: host.support, embedded: true });
    expect(again).toEqual({ sheet: '_ptmeta', added: false });
    expect((await readWorkbookSpec(host.context(), host.support)).specJson).toBeUndefined();
    expect(host.values('我的表')).toEqual([['x']]);
  });
});
