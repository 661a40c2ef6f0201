import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { indicatorSheetPlan, INDICATOR_COLUMNS, NO_TARGETS_TEXT } from '../../../src/core/layout/indicator-sheet';
import type { PlanCell, SheetPlan } from '../../../src/core/sheet/plan';
import { SMALL_SPEC } from './small-spec';

function cell(plan: SheetPlan, row: number, col: number): PlanCell {
  const c = plan.cells.find((x) => x.row === row && x.col === col);
  if (!c) throw new Error(`no cell at ${row},${col}`);
  return c;
}
const style = (plan: SheetPlan, row: number, col: number) => plan.styles[cell(plan, row, col).style ?? ''];
const column = (plan: SheetPlan, col: number) => plan.cells.filter((c) => c.row >= 3 && c.col === col).map((c) => c.value);

describe('indicatorSheetPlan on the 2026 spec', () => {
  const all = indicatorSheetPlan(LINZI_2026, { quarter: 2 });
  const count = LINZI_2026.items.reduce((n, i) => n + i.targets.length, 0);

  test('header holds the nine columns, with 指标编号 next to 指标', () => {
    expect(INDICATOR_COLUMNS.map((_, i) => cell(all, 2, i).value)).toEqual([
      '序号',
      '实事名称',
      '指标编号',
      '指标',
      '目标值',
      '单位',
      '责任单位',
      '本季度完成',
      '累计完成',
    ]);
  });

  test('one row per target when no unit is chosen', () => {
    expect(column(all, 2)).toHaveLength(count);
    expect(column(all, 2).slice(0, 3)).toEqual(['1.1', '1.2', '2.1']);
  });

  test('a row carries the item, the target text with its metric, the value in base units and the measure', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => cell(all, 5, c).value)).toEqual([
      2,
      '保护和增进妇女健康',
      '2.1',
      '35—64岁妇女“两癌”免费检查：1.9万名',
      19000,
      '名',
      '区卫健局',
    ]);
  });

  test('本季度完成 and 累计完成 are empty, unlocked number cells; the rest locked', () => {
    for (let r = 3; r < 3 + count; r++) {
      expect(cell(all, r, 7).value).toBeNull();
      expect(style(all, r, 7).locked).toBe(false);
      expect(style(all, r, 8).locked).toBe(false);
      for (let c = 0; c < 7; c++) expect(style(all, r, c).locked).toBe(true);
    }
  });

  test('validation: decimals ≥ 0 with a Chinese prompt; rate targets at most 100', () => {
    expect(all.validations).toHaveLength(count);
    const cumulative = all.validations?.find((v) => v.range.r0 === 3);
    expect(cumulative).toEqual({
      range: { r0: 3, c0: 7, r1: 3, c1: 8 },
      type: 'decimal',
      min: 0,
      promptTitle: '只填数字',
      prompt: '只填数字，不带单位（单位：场次）。目标：不少于2场次',
      errorTitle: '请填写数字',
      error: '这里只能填不小于 0 的数字，不带单位。',
    });
    const rateRow = 3 + column(all, 2).indexOf('5.1');
    expect(all.validations?.find((v) => v.range.r0 === rateRow)).toMatchObject({ type: 'decimal', min: 0, max: 100 });
    for (const v of all.validations ?? []) {
      if (v.prompt) expect(v.prompt.length).toBeLessThanOrEqual(255);
      if (v.promptTitle) expect(v.promptTitle.length).toBeLessThanOrEqual(32);
    }
  });

  test('print, freeze and protection as the progress table', () => {
    expect(all.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows: { r0: 2, r1: 2 } });
    expect(all.freeze).toEqual({ rows: 3, cols: 0 });
    expect(all.protect).toBe(true);
    expect(all.name).toBe('指标完成情况');
    expect(all.role).toBe('indicator');
  });

  test('title names the indicators and the quarter', () => {
    expect(cell(all, 0, 0).value).toBe('2026年为全区妇女儿童办实事指标完成情况表（第二季度）');
    expect(all.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 8 });
  });

  test('a chosen unit gets only the targets it reports', () => {
    const plan = indicatorSheetPlan(LINZI_2026, { quarter: 2, unit: '区卫健局' });
    expect(column(plan, 2)).toEqual(['2.1', '2.2', '2.3', '5.1', '5.2']);
    expect(cell(plan, 1, 0).value).toBe('填报单位：区卫健局');
  });

  test('a unit without targets gets one merged row saying so', () => {
    const plan = indicatorSheetPlan(LINZI_2026, { quarter: 2, unit: '区文旅局' });
    expect(cell(plan, 3, 0).value).toBe(NO_TARGETS_TEXT);
    expect(plan.merges).toContainEqual({ r0: 3, c0: 0, r1: 3, c1: 8 });
    expect(plan.validations).toEqual([]);
  });
});

describe('indicatorSheetPlan: the template is data', () => {
  test('a target narrower than its item is listed for its own units only', () => {
    expect(column(indicatorSheetPlan(SMALL_SPEC, { quarter: 4, unit: '区甲局' }), 2)).toEqual(['1.1']);
    expect(column(indicatorSheetPlan(SMALL_SPEC, { quarter: 4, unit: '区乙局' }), 0)).toEqual([NO_TARGETS_TEXT]);
    expect(column(indicatorSheetPlan(SMALL_SPEC, { quarter: 4, unit: '区丙办' }), 2)).toEqual(['2.1', '2.2']);
  });

  test('the small spec title and rate bound', () => {
    const plan = indicatorSheetPlan(SMALL_SPEC, { quarter: 4 });
    expect(cell(plan, 0, 0).value).toBe('2030年测试实事指标完成情况表（第四季度）');
    expect(plan.validations?.map((v) => v.type === 'decimal' && v.max)).toEqual([undefined, 100, undefined]);
  });
});
