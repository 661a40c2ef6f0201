import { TemplateSpecSchema, type TemplateSpec } from '../../../src/core/spec/schema';
import { testColumns } from '../../helpers/specs';

/**
 * A small two-item spec (not the 2026 list) used to show that the layout reads everything from the spec:
 * another year, another title, other units, a rate target, a target narrower than its item, and one unit
 * (区乙局) without any target.
 */
export const SMALL_SPEC: TemplateSpec = TemplateSpecSchema.parse({
  id: 'test-2030',
  version: '2030.1',
  year: 2030,
  listTitle: '2030年测试实事项目清单',
  tableTitle: '2030年测试实事工作进展情况表',
  issuer: '测试区人民政府办公室',
  documentNumber: '测政办字〔2030〕1号',
  coordinator: '区甲局',
  columns: testColumns(),
  units: [
    { id: '区甲局', fullName: '测试区甲管理局', aliases: ['甲局'] },
    { id: '区乙局', fullName: '测试区乙服务局', aliases: ['乙局'] },
    { id: '区丙办', fullName: '测试区丙办公室', aliases: ['丙办'] },
  ],
  items: [
    {
      number: 1,
      name: '开展测试活动',
      description: '开展测试活动不少于3场次。',
      units: ['区甲局', '区乙局'],
      targets: [
        { id: '1.1', text: '不少于3场次', metric: '测试活动', comparator: '>=', value: 3, measure: '场次', kind: 'cumulative', units: ['区甲局'] },
      ],
    },
    {
      number: 2,
      name: '提高测试覆盖率',
      description: '测试覆盖率达到95%以上，服务2万名群众。',
      units: ['区丙办'],
      targets: [
        { id: '2.1', text: '达到95%以上', metric: '测试覆盖率', comparator: '>=', value: 95, measure: '%', kind: 'rate' },
        { id: '2.2', text: '2万名', metric: '服务群众', comparator: '=', value: 20000, measure: '名', kind: 'cumulative' },
      ],
    },
  ],
});
