import { runValidateCommand } from '../../src/commands/validate-command';
import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { countSyncs } from '../../src/excel/sync';
import { MARKS_SETTING } from '../../src/excel/mark-store';
import { templateWorkbookPlan } from '../../src/core/layout';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { markPlan } from '../../src/core/marks/plan';
import type { WorkbookMetadata } from '../../src/core/sheet/metadata';
import type { TemplateSpec } from '../../src/core/spec/schema';
import { HOST_LEVELS, strictHost, type SheetSpec } from './strict/host';
import { metadataSheet } from './strict/metadata-sheet';

/**
 * The ribbon's 一键校验 under the strict host at every level, on the add-in's own template (inserted by the add-in,
 * so protected with formatting allowed) with the real validator: the kept sheet list and the marks live in the
 * document settings (the strict host's, installed as Office.context.document.settings); 3 syncs on the first run,
 * 2 from then on (1.1: 3, no getItemOrNullObject); every error cell filled; the most severe selected.
 */

describe.each(HOST_LEVELS)('the ribbon 一键校验 on an inserted template at host level %s', (level) => {
  it('marks every finding cell of the MarkPlan and selects its cell, in 3 syncs then 2', async () => {
    const host = strictHost({ level, sheets: [{ name: 'Sheet1' }] });
    const restore = host.install();
    try {
      const plan = templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局', createdAt: '2026-10-01T00:00:00Z' });
      await insertWorkbookPlan(host.context(), plan, { support: host.support });
      const counts: number[] = [];
      let outcome: Awaited<ReturnType<typeof runValidateCommand>> | undefined;
      for (let run = 0; run < 2; run++) {
        const c = countSyncs();
        outcome = await runValidateCommand(host.context(), { support: host.support });
        c.stop();
        counts.push(c.count);
      }
      expect(counts).toEqual(level === '1.1' ? [3, 3] : [3, 2]);
      if (outcome?.kind !== 'done') throw new Error(`not done: ${JSON.stringify(outcome)}`);
      expect(outcome.unmarked).toBeUndefined();
      const names = host.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden' }) as const);
      const marks = markPlan(outcome.findings!, names);
      expect(marks.cells.map((m) => [m.sheet, m.cell, host.cell(m.sheet, m.cell).fill.color])).toEqual(marks.cells.map((m) => [m.sheet, m.cell, MARK_FILLS[m.severity]]));
      expect((host.settings.get(MARKS_SETTING) as unknown[]).length).toBe(marks.cells.length);
      expect([outcome.errors, outcome.warnings, marks.cells.length]).toEqual([10, 4, 14]); // 区卫健局's empty rows and figures
      const at = marks.select!;
      const sel = host.book.selection!;
      expect([host.book.sheets.find((s) => s.id === sel.sheetId)!.name, sel.rect.r0, sel.rect.c0]).toEqual([at.sheet, Number(at.cell.slice(1)) - 1, at.cell.charCodeAt(0) - 65]);
    } finally {
      restore();
    }
  });
});

describe('runValidateCommand on workbooks the add-in did not make (ExcelApi 1.18)', () => {
  /** The table of `spec` for quarter 3, typed by hand, with every row's progress left empty (errors to mark). */
  function tableSheet(spec: TemplateSpec, visibility: SheetSpec['visibility'] = 'Visible'): SheetSpec {
    return {
      name: '进展情况表',
      visibility,
      rows: [
        [`${spec.tableTitle}（第三季度）`],
        ['填报单位：区卫健局'],
        ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'],
        ...spec.items.map((it) => [it.number, it.name, it.units.join('\n'), null, null]),
      ],
    };
  }
  const metaOf = (specJson: string): WorkbookMetadata => ({ templateId: 'notice-2026-one', templateVersion: '1', year: 2026, quarter: 3, sheets: { progress: '进展情况表' }, specJson });
  /** A spec made from a notice: the 2026 list's first item only. */
  const NOTICE_SPEC: TemplateSpec = { ...LINZI_2026, id: 'notice-2026-one', version: '1', items: [LINZI_2026.items[0]] };

  async function command(sheets: SheetSpec[]) {
    const host = strictHost({ level: '1.18', sheets });
    const restore = host.install();
    try {
      const c = countSyncs();
      const outcome = await runValidateCommand(host.context(), { support: host.support });
      c.stop();
      return { host, outcome, syncs: c.count };
    } finally {
      restore();
    }
  }

  it('validates a workbook without the table in 3 syncs and never throws', async () => {
    const { outcome, syncs } = await command([{ name: 'Sheet1', rows: [['随便写的']] }]);
    expect(outcome.findings?.map((f) => f.code)).toContain('table-not-found');
    expect(outcome.spec).toBe(LINZI_2026);
    expect(syncs).toBeLessThanOrEqual(3);
  });

  it('marks but does not select on a hidden table sheet, where activating would fail the whole batch', async () => {
    const { host, outcome } = await command([{ name: 'Sheet1', rows: [['封面']] }, tableSheet(LINZI_2026, 'Hidden')]);
    expect(outcome.kind).toBe('done');
    const errors = (outcome.findings ?? []).filter((f) => f.severity === 'error' && f.sheet === '进展情况表' && f.cell);
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(host.cell('进展情况表', f.cell!).fill.color).toBe(MARK_FILLS.error);
    expect(host.book.activeSheetId).toBe(host.sheet('Sheet1')!.id);
    expect(host.book.selection).toBeUndefined();
  });

  it('uses the spec kept in the workbook’s metadata, without an extra sync', async () => {
    const kept = await command([tableSheet(NOTICE_SPEC), metadataSheet('_ptmeta', metaOf(JSON.stringify(NOTICE_SPEC)))]);
    expect(kept.outcome.spec).toEqual(NOTICE_SPEC);
    expect(kept.syncs).toBeLessThanOrEqual(3);
    // Against the built-in list the nine other items would be missing rows; against its own spec none is.
    const builtIn = await command([tableSheet(NOTICE_SPEC)]);
    const missing = (o: typeof kept.outcome) => (o.findings ?? []).filter((f) => /missing/.test(f.code)).length;
    expect(missing(kept.outcome)).toBeLessThan(missing(builtIn.outcome));
  });

  it('falls back to the built-in list when the kept spec is broken', async () => {
    const { outcome } = await command([tableSheet(LINZI_2026), metadataSheet('_ptmeta', metaOf('{"id": 1'))]);
    expect(outcome.spec).toBe(LINZI_2026);
  });

  it('turns an Excel failure into a sentence, leaving the button usable', async () => {
    const host = strictHost({ level: '1.18', sheets: [tableSheet(LINZI_2026)] });
    host.cellEditMode = true;
    const restore = host.install();
    try {
      await expect(runValidateCommand(host.context(), { support: host.support })).resolves.toEqual({
        kind: 'failed',
        message: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。',
      });
      host.cellEditMode = false;
      await expect(runValidateCommand(host.context(), { support: host.support })).resolves.toMatchObject({ kind: 'done' });
    } finally {
      restore();
    }
  });
});
