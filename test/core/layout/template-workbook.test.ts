import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../../src/core/layout/template-workbook';
import { finalizeNames, METADATA_SHEET } from '../../../src/core/sheet/metadata';
import { SMALL_SPEC } from './small-spec';

describe('templateWorkbookPlan', () => {
  test('two sheets in tab order and the identity for the metadata', () => {
    const plan = templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '区卫健局', createdAt: '2026-10-08T09:00:00.000Z' });
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ['进展情况表', 'progress'],
      ['指标完成情况', 'indicator'],
    ]);
    expect(plan.metadata).toEqual({
      templateId: 'linzi-2026-women-children',
      templateVersion: '1',
      year: 2026,
      quarter: 3,
      unit: '区卫健局',
      createdAt: '2026-10-08T09:00:00.000Z',
      sheets: { progress: '进展情况表', indicator: '指标完成情况' },
    });
  });

  test('no unit: metadata without unit; finalizeNames appends the very hidden metadata sheet', () => {
    const plan = templateWorkbookPlan(SMALL_SPEC, { quarter: 1 });
    expect(plan.metadata?.unit).toBeUndefined();
    const final = finalizeNames(plan, []);
    expect(final.sheets.map((s) => s.name)).toEqual(['进展情况表', '指标完成情况', METADATA_SHEET]);
    expect(final.sheets[2].visibility).toBe('veryHidden');
  });

  test('embedSpec keeps the spec as JSON', () => {
    const plan = templateWorkbookPlan(SMALL_SPEC, { quarter: 1, embedSpec: true });
    expect(JSON.parse(plan.metadata?.specJson ?? '')).toEqual(SMALL_SPEC);
  });

  test('an unknown unit throws RangeError', () => {
    expect(() => templateWorkbookPlan(LINZI_2026, { quarter: 3, unit: '卫健局' })).toThrow(RangeError);
  });
});
