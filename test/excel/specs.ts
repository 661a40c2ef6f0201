import { TemplateSpecSchema, type TemplateSpec } from '../../src/core/spec/schema';
import { testColumns } from '../helpers/specs';

/**
 * A generated spec with `items` items (not the 2026 list): 15 units, each item with two units and one target.
 * `scaledSpec(100)` is ten times the 2026 list's ten items, to show the sync count does not grow.
 */
export function scaledSpec(items: number): TemplateSpec {
  const units = Array.from({ length: 15 }, (_, i) => ({ id: `区测${i + 1}局`, fullName: `测试区测${i + 1}局`, aliases: [`测${i + 1}局`] }));
  return TemplateSpecSchema.parse({
    id: 'test-scaled',
    version: '1',
    year: 2026,
    listTitle: '2026年测试实事项目清单',
    tableTitle: '2026年测试实事工作进展情况表',
    issuer: '测试区人民政府办公室',
    documentNumber: '测政办字〔2026〕1号',
    coordinator: units[0].id,
    columns: testColumns(),
    units,
    items: Array.from({ length: items }, (_, i) => ({
      number: i + 1,
      name: `测试实事${i + 1}`,
      description: `开展测试活动${i + 1}不少于2场次。`,
      units: [units[i % 15].id, units[(i + 1) % 15].id],
      targets: [{ id: `${i + 1}.1`, text: '不少于2场次', metric: `测试活动${i + 1}`, comparator: '>=', value: 2, measure: '场次', kind: 'cumulative' }],
    })),
  });
}
