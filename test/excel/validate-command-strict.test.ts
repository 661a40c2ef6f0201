import { runValidateCommand } from '../../src/commands/validate-command';
import { insertWorkbookPlan } from '../../src/excel/apply-plan';
import { countSyncs } from '../../src/excel/sync';
import { MARKS_SETTING } from '../../src/excel/mark-store';
import { templateWorkbookPlan } from '../../src/core/layout';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { markPlan } from '../../src/core/marks/plan';
import { HOST_LEVELS, strictHost } from './strict/host';

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
