import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { progressTablePlan, PROGRESS_ROWS } from '../../../src/core/layout/progress-table';
import { COLORS } from '../../../src/core/layout/styles';
import type { PlanCell, SheetPlan } from '../../../src/core/sheet/plan';
import { heightForLines } from '../../../src/core/sheet/text-metrics';
import { SMALL_SPEC } from './small-spec';

function cell(plan: SheetPlan, row: number, col: number): PlanCell {
  const c = plan.cells.find((x) => x.row === row && x.col === col);
  if (!c) throw new Error(`no cell at ${row},${col}`);
  return c;
}
const style = (plan: SheetPlan, row: number, col: number) => plan.styles[cell(plan, row, col).style ?? ''];

describe('progressTablePlan on the 2026 spec', () => {
  const plan = progressTablePlan(LINZI_2026, { quarter: 3 });

  test('title with the quarter, merged across the five columns, in the title font', () => {
    expect(cell(plan, 0, 0).value).toBe('2026年为全区妇女儿童办实事工作进展情况表（第三季度）');
    expect(plan.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 4 });
    expect(style(plan, 0, 0).font).toEqual({ name: '方正小标宋简体', size: 18 });
  });

  test('填报单位 line is blank after the colon and fillable when no unit is chosen; 填报日期 fillable', () => {
    expect(cell(plan, 1, 0).value).toBe('填报单位：');
    expect(style(plan, 1, 0).locked).toBe(false);
    expect(cell(plan, 1, 3).value).toBe('填报日期：      年    月    日');
    expect(style(plan, 1, 3).locked).toBe(false);
    expect(plan.merges).toContainEqual({ r0: 1, c0: 0, r1: 1, c1: 2 });
    expect(plan.merges).toContainEqual({ r0: 1, c0: 3, r1: 1, c1: 4 });
  });

  test('header row holds the attachment headers, bold, centred, bordered', () => {
    expect([0, 1, 2, 3, 4].map((c) => cell(plan, 2, c).value)).toEqual([
      '序号',
      '实事名称',
      '责任单位',
      '本季度具体措施\n及任务进度情况',
      '完成时限',
    ]);
    expect(style(plan, 2, 3)).toMatchObject({ font: { bold: true }, horizontal: 'center', border: 'thin', wrap: true });
  });

  test('ten item rows with 序号, 实事名称 and 责任单位 one per line, locked', () => {
    const rows = LINZI_2026.items.map((_, k) => PROGRESS_ROWS.firstItem + k);
    expect(rows).toHaveLength(10);
    expect(cell(plan, 3, 0).value).toBe(1);
    expect(cell(plan, 3, 1).value).toBe('促进女性高质量充分就业');
    expect(cell(plan, 3, 2).value).toBe('区人社局\n区妇联\n区商务局');
    expect(cell(plan, 12, 0).value).toBe(10);
    for (const r of rows) for (const c of [0, 1, 2]) expect(style(plan, r, c).locked).toBe(true);
  });

  test('progress text and deadline are empty, unlocked, wrapped; progress text in the text format', () => {
    for (let r = 3; r <= 12; r++) {
      expect(cell(plan, r, 3).value).toBeNull();
      expect(cell(plan, r, 4).value).toBeNull();
      expect(style(plan, r, 3)).toMatchObject({ locked: false, wrap: true, numberFormat: '@', border: 'thin' });
      expect(style(plan, r, 4)).toMatchObject({ locked: false, wrap: true, border: 'thin' });
    }
  });

  test('body font is 仿宋_GB2312 12 pt', () => {
    expect(style(plan, 3, 1).font).toEqual({ name: '仿宋_GB2312', size: 12 });
  });

  test('column widths from the spec fit an A4 landscape page', () => {
    expect(plan.columnWidths).toEqual([6, 22, 16, 72, 14]);
    // A4 landscape 11.69 in less 1 in of margins at ~7 px per unit + 5 px padding: about 145 units.
    expect(plan.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(145);
  });

  test('row heights are computed: three 责任单位 lines need more than one line; fill rows keep room', () => {
    expect(plan.rowHeights[3]).toBeGreaterThanOrEqual(heightForLines(3, 12));
    for (let r = 0; r <= 12; r++) expect(plan.rowHeights[r]).toBeGreaterThan(0);
    expect(plan.rowHeights[0]).toBeGreaterThanOrEqual(heightForLines(1, 18));
  });

  test('print setup: A4 landscape, one page wide, header repeated, page footer, centred', () => {
    expect(plan.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      titleRows: { r0: 2, r1: 2 },
      footerCenter: '第 &P 页，共 &N 页',
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    });
  });

  test('frozen below the header and protected', () => {
    expect(plan.freeze).toEqual({ rows: 3, cols: 0 });
    expect(plan.protect).toBe(true);
    expect(plan.name).toBe('进展情况表');
    expect(plan.role).toBe('progress');
  });

  test('no unit chosen: no row is shaded', () => {
    for (let r = 3; r <= 12; r++) for (let c = 0; c < 5; c++) expect(style(plan, r, c).fill).toBeUndefined();
  });
});

describe('progressTablePlan for one unit (区卫健局)', () => {
  const plan = progressTablePlan(LINZI_2026, { quarter: 3, unit: '区卫健局' });
  const own = LINZI_2026.items.filter((i) => i.units.includes('区卫健局')).map((i) => i.number);

  test('the 填报单位 line names the unit and is locked', () => {
    expect(cell(plan, 1, 0).value).toBe('填报单位：区卫健局');
    expect(style(plan, 1, 0).locked).toBe(true);
  });

  test("the unit's rows are marked and fillable; other rows grey and locked", () => {
    expect(own).toEqual([2, 5]);
    LINZI_2026.items.forEach((item, k) => {
      const r = 3 + k;
      if (own.includes(item.number)) {
        expect(style(plan, r, 3)).toMatchObject({ fill: COLORS.own, locked: false });
        expect(style(plan, r, 4)).toMatchObject({ fill: COLORS.own, locked: false });
        expect(style(plan, r, 1).fill).toBeUndefined();
      } else {
        for (let c = 0; c < 5; c++) expect(style(plan, r, c)).toMatchObject({ fill: COLORS.other, locked: true });
      }
    });
  });
});

describe('progressTablePlan: the template is data', () => {
  const plan = progressTablePlan(SMALL_SPEC, { quarter: 1, unit: '区乙局' });

  test('a two-item spec gives its own title and two rows', () => {
    expect(cell(plan, 0, 0).value).toBe('2030年测试实事工作进展情况表（第一季度）');
    expect(plan.cells.filter((c) => c.row >= 3 && c.col === 1).map((c) => c.value)).toEqual(['开展测试活动', '提高测试覆盖率']);
    expect(cell(plan, 3, 2).value).toBe('区甲局\n区乙局');
    expect(Math.max(...plan.cells.map((c) => c.row))).toBe(4);
  });

  test('default widths when the spec gives none', () => {
    expect(plan.columnWidths).toEqual([6, 20, 16, 72, 14]);
  });

  test('区乙局 fills row 1 only', () => {
    expect(style(plan, 3, 3)).toMatchObject({ locked: false, fill: COLORS.own });
    expect(style(plan, 4, 3)).toMatchObject({ locked: true, fill: COLORS.other });
  });

  test('an unknown unit or quarter throws RangeError', () => {
    expect(() => progressTablePlan(SMALL_SPEC, { quarter: 1, unit: '区卫健局' })).toThrow(RangeError);
    expect(() => progressTablePlan(SMALL_SPEC, { quarter: 5 as 1 })).toThrow(RangeError);
  });
});
