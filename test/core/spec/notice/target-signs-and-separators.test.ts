import { extractTargets } from '../../../../src/core/spec/notice/targets';

/** Targets as tables write them (issue 11): thousands separators and the signs ≥ ≤ in a 目标 cell. */
test('6,800个 is 6800; ≥95% and ≤5‰ take their sign as the comparator', () => {
  const { targets } = extractTargets('新增公办学位6,800个，覆盖率≥95%，死亡率≤5‰', 3);
  expect(targets).toEqual([
    { id: '3.1', text: '6,800个', metric: '新增公办学位', comparator: '=', value: 6800, measure: '个', kind: 'cumulative' },
    { id: '3.2', text: '≥95%', metric: '覆盖率', comparator: '>=', value: 95, measure: '%', kind: 'rate' },
    { id: '3.3', text: '≤5‰', metric: '死亡率', comparator: '<=', value: 5, measure: '‰', kind: 'rate' },
  ]);
});

test('a comma between clauses is not a thousands separator: 建成3所,新增学位1,200个', () => {
  expect(extractTargets('建成3所,新增学位1,200个', 1).targets.map((t) => [t.value, t.measure])).toEqual([[3, '所'], [1200, '个']]);
});
