import { firstToShow, resultPageUrl, runValidateCommand, showResultDialog, type DialogUi } from '../../src/commands/validate-command';
import { parseResultQuery, resultQuery, resultText, type CommandResult } from '../../src/commands/result-text';
import { metadataPlan, type WorkbookMetadata } from '../../src/core/sheet/metadata';
import type { TemplateSpec } from '../../src/core/spec/schema';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILLS as MARK_FILL } from '../../src/core/marks/palette';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { Finding } from '../../src/core/validate/finding';
import { fakeExcel, type FakeSheet } from './fake-excel';

const base = { code: 'c', message: 'm', hint: 'h' };
const all = supportUpTo('1.18');

/** The table of `spec` for quarter 3, with every row's progress left empty (errors to mark). */
function tableSheet(spec: TemplateSpec): FakeSheet {
  const values = [
    [`${spec.tableTitle}（第三季度）`, '', '', '', ''],
    ['填报单位：区卫健局', '', '', '', ''],
    ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'],
    ...spec.items.map((it) => [it.number, it.name, it.units.join('\n'), '', '']),
  ];
  return { name: '进展情况表', used: { row: 0, col: 0, values } };
}

/** A very hidden metadata sheet holding `meta`. */
function metaSheet(meta: WorkbookMetadata): FakeSheet {
  const plan = metadataPlan(meta);
  const values: unknown[][] = Array.from({ length: Math.max(...plan.cells.map((c) => c.row)) + 1 }, () => ['', '']);
  for (const c of plan.cells) values[c.row][c.col] = c.value;
  return { name: '_ptmeta', visibility: 'VeryHidden', used: { row: 0, col: 0, values }, protected: true };
}

/** A spec made from a notice: the 2026 list's first item only. */
const NOTICE_SPEC: TemplateSpec = { ...LINZI_2026, id: 'notice-2026-one', version: '1', items: [LINZI_2026.items[0]] };

describe('firstToShow', () => {
  it('goes to the first error, even after warnings', () => {
    const w: Finding = { ...base, severity: 'warning', sheet: 'S', cell: 'A1' };
    const e: Finding = { ...base, severity: 'error', sheet: 'S', cell: 'D9' };
    expect(firstToShow([w, { ...base, severity: 'error', sheet: null, cell: null }, e])).toBe(e);
    expect(firstToShow([])).toBeUndefined();
  });
});

describe('runValidateCommand (ribbon 一键校验)', () => {
  it('validates a workbook without the table in 3 syncs and never throws', async () => {
    const fake = fakeExcel([{ name: 'Sheet1', used: { row: 0, col: 0, values: [['随便写的']] } }]);
    const c = countSyncs();
    const outcome = await runValidateCommand(fake.context, { support: all });
    c.stop();
    expect(outcome.findings?.map((f) => f.code)).toContain('table-not-found');
    expect(outcome.spec).toBe(LINZI_2026);
    expect(c.count).toBeLessThanOrEqual(3);
  });

  it('marks the findings of the table and selects the first error in the marking sync (3 syncs)', async () => {
    const fake = fakeExcel([tableSheet(LINZI_2026)]);
    const c = countSyncs();
    const outcome = await runValidateCommand(fake.context, { support: all });
    c.stop();
    expect(c.count).toBeLessThanOrEqual(3);
    const errors = (outcome.findings ?? []).filter((f) => f.severity === 'error' && f.sheet && f.cell);
    expect(errors.length).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ kind: 'done', errors: (outcome.findings ?? []).filter((f) => f.severity === 'error').length });
    expect(fake.setsOf(`进展情况表!${errors[0].cell}.format.fill.color`)).toEqual([MARK_FILL.error]);
    expect(fake.callsTo(`进展情况表!${firstToShow(outcome.findings!)!.cell}.select`)).toHaveLength(1);
  });

  it('marks but does not select on a hidden table sheet, where activating would fail the whole batch', async () => {
    const fake = fakeExcel([{ name: 'Sheet1', used: { row: 0, col: 0, values: [['封面']] } }, { ...tableSheet(LINZI_2026), visibility: 'Hidden' }]);
    const outcome = await runValidateCommand(fake.context, { support: all });
    expect(outcome.kind).toBe('done');
    expect(fake.callsTo('进展情况表.activate')).toHaveLength(0);
    expect(fake.ops.some((o) => o.path.startsWith('进展情况表!') && o.path.endsWith('.format.fill.color'))).toBe(true);
  });

  it('uses the spec kept in the workbook’s metadata, without an extra sync', async () => {
    const meta: WorkbookMetadata = { templateId: NOTICE_SPEC.id, templateVersion: '1', year: 2026, quarter: 3, sheets: { progress: '进展情况表' }, specJson: JSON.stringify(NOTICE_SPEC) };
    const fake = fakeExcel([tableSheet(NOTICE_SPEC), metaSheet(meta)]);
    const c = countSyncs();
    const outcome = await runValidateCommand(fake.context, { support: all });
    c.stop();
    expect(outcome.spec).toEqual(NOTICE_SPEC);
    expect(c.count).toBeLessThanOrEqual(3);
    // Against the built-in list the nine other items would be missing rows; against its own spec none is.
    const builtIn = await runValidateCommand(fakeExcel([tableSheet(NOTICE_SPEC)]).context, { support: all });
    const missing = (o: typeof outcome) => (o.findings ?? []).filter((f) => /missing/.test(f.code)).length;
    expect(missing(outcome)).toBeLessThan(missing(builtIn));
  });

  it('falls back to the built-in list when the kept spec is broken', async () => {
    const meta: WorkbookMetadata = { templateId: 'x', templateVersion: '1', year: 2026, sheets: { progress: '进展情况表' }, specJson: '{"id": 1' };
    const outcome = await runValidateCommand(fakeExcel([tableSheet(LINZI_2026), metaSheet(meta)]).context, { support: all });
    expect(outcome.spec).toBe(LINZI_2026);
  });

  it('turns an Excel failure into a sentence, leaving the button usable', async () => {
    const context = { workbook: { worksheets: { load: () => undefined } }, sync: () => Promise.reject({ code: 'InvalidOperationInCellEditMode' }) };
    await expect(runValidateCommand(context as never, { support: all })).resolves.toEqual({
      kind: 'failed',
      message: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。',
    });
  });
});

describe('the result dialog', () => {
  it('carries the counts or the failure sentence in the query string', () => {
    expect(parseResultQuery(resultQuery({ kind: 'done', errors: 2, warnings: 1 }))).toEqual({ kind: 'done', errors: 2, warnings: 1 });
    expect(parseResultQuery(resultQuery({ kind: 'failed', message: '工作表太大&?' }))).toEqual({ kind: 'failed', message: '工作表太大&?' });
    expect(parseResultQuery('?e=abc&w=1')).toBeUndefined();
  });

  it('says 可以报送 or how many errors and warnings were marked', () => {
    expect(resultText({ kind: 'done', errors: 0, warnings: 0 })).toEqual({ title: '可以报送', text: '没有发现问题。', ok: true });
    expect(resultText({ kind: 'done', errors: 3, warnings: 2 }).text).toBe('发现 3 个错误、2 个警告，已在单元格上标出。');
    expect(resultText(undefined).ok).toBe(false);
    const left: CommandResult = { kind: 'done', errors: 1, warnings: 0, unmarked: ['指标完成情况', "Bob's"] };
    expect(parseResultQuery(resultQuery(left))).toEqual(left);
    expect(resultText(left)).toEqual({
      title: '暂不能报送',
      text: '发现 1 个错误、0 个警告，已在单元格上标出。工作表“指标完成情况”“Bob\'s”受保护，其上的问题没有标出，撤销保护后请再校验一次。',
      ok: false,
    });
  });

  it('opens result.html with the result, resolves when Office answers (not when it closes), closes it on 关闭', async () => {
    const handlers = new Map<string, () => void>();
    const close = jest.fn();
    let opened = '';
    const ui: DialogUi = {
      displayDialogAsync: ((url: string, _opts: unknown, cb: (r: unknown) => void) => {
        opened = url;
        cb({ status: 'succeeded', value: { close, addEventHandler: (t: string, h: () => void) => handlers.set(t, h) } });
      }) as never,
    };
    const shown = showResultDialog({ kind: 'done', errors: 1, warnings: 0 }, resultPageUrl('https://localhost:3000/commands.html'), ui);
    expect(opened).toBe('https://localhost:3000/result.html?e=1&w=0');
    await expect(shown).resolves.toBe('opened');
    expect(close).toHaveBeenCalledTimes(0);
    handlers.get('dialogMessageReceived')!();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('reports the dialog unavailable when the host has no dialog API or refuses one', async () => {
    await expect(showResultDialog({ kind: 'done', errors: 0, warnings: 0 }, 'https://localhost:3000/result.html', undefined)).resolves.toBe('unavailable');
    const refusing: DialogUi = { displayDialogAsync: ((_u: string, _o: unknown, cb: (r: unknown) => void) => cb({ status: 'failed', error: { code: 12007 } })) as never };
    await expect(showResultDialog({ kind: 'done', errors: 0, warnings: 0 }, 'https://localhost:3000/result.html', refusing)).resolves.toBe('unavailable');
  });
});
