import { removeTarget, renameItem, setItemUnits, tidySpec, updateTarget } from '../../../src/core/spec/edit';
import type { TemplateSpec } from '../../../src/core/spec/schema';
import { testColumns } from '../../helpers/specs';

/** Two items as a parsed 2027 notice gives them: item 1 with a lead unit and a target of one unit. */
function parsedSpec(): TemplateSpec {
  return {
    id: 'notice-2027',
    version: '1',
    year: 2027,
    listTitle: '2027年为全区妇女儿童办实事项目清单',
    tableTitle: '2027年为全区妇女儿童办实事工作进展情况表',
    issuer: '临淄区人民政府办公室',
    documentNumber: '临政办字〔2027〕3号',
    coordinator: '区妇联',
    columns: testColumns(),
    units: [
      { id: '区人社局', fullName: '临淄区人力资源和社会保障局', aliases: [] },
      { id: '区妇联', fullName: '临淄区妇女联合会', aliases: [] },
      { id: '区卫健局', fullName: '临淄区卫生健康局', aliases: ['卫健局'] },
    ],
    items: [
      {
        number: 1,
        name: '开展女性就业招聘',
        description: '',
        units: ['区人社局', '区妇联'],
        leadUnits: ['区人社局'],
        targets: [
          { id: '1.1', text: '不少于3场次', metric: '专场招聘活动', comparator: '>=', value: 3, measure: '场次', kind: 'cumulative', units: ['区人社局'] },
          { id: '1.2', text: '1200个以上', metric: '就业岗位', comparator: '>=', value: 1200, measure: '个', kind: 'cumulative' },
        ],
      },
      {
        number: 2,
        name: '保护妇女健康',
        description: '',
        units: ['区卫健局'],
        targets: [{ id: '2.1', text: '1.2万名', metric: '“两癌”筛查', comparator: '=', value: 12000, measure: '名', kind: 'cumulative' }],
      },
    ],
  };
}

test('renameItem sets the name as typed and leaves the argument as it was', () => {
  const spec = parsedSpec();
  const renamed = renameItem(spec, 2, ' 妇女健康 ');
  expect(renamed.items[1]).toEqual({ ...spec.items[1], name: ' 妇女健康 ' });
  expect(renamed.items[0]).toBe(spec.items[0]);
  expect(spec).toEqual(parsedSpec());
});

test('an unknown item number or target id returns the spec unchanged', () => {
  const spec = parsedSpec();
  expect(renameItem(spec, 9, 'x')).toBe(spec);
  expect(updateTarget(spec, '9.1', { value: 1 })).toBe(spec);
  expect(removeTarget(spec, '9.1')).toBe(spec);
});

test('tidySpec trims item names and target measures', () => {
  const spec = updateTarget(renameItem(parsedSpec(), 1, ' 招聘 '), '1.2', { measure: ' 个 ' });
  const tidy = tidySpec(spec);
  expect(tidy.items[0].name).toBe('招聘');
  expect(tidy.items[0].targets[1]).toEqual({ ...parsedSpec().items[0].targets[1], measure: '个' });
});

test('updateTarget changes only the named fields of one target', () => {
  const spec = updateTarget(parsedSpec(), '2.1', { comparator: '>=', value: 13000 });
  expect(spec.items[1].targets).toEqual([
    { id: '2.1', text: '1.2万名', metric: '“两癌”筛查', comparator: '>=', value: 13000, measure: '名', kind: 'cumulative' },
  ]);
  expect(spec.items[0]).toEqual(parsedSpec().items[0]);
});

test('removeTarget deletes one target and the others keep their ids', () => {
  const spec = removeTarget(parsedSpec(), '1.1');
  expect(spec.items[0].targets).toEqual([parsedSpec().items[0].targets[1]]);
});

test('setItemUnits resolves aliases, adds a new unit with an inferred full name and drops units no item names', () => {
  const { spec, added } = setItemUnits(parsedSpec(), 2, '卫健局、区教体局');
  expect(added).toEqual(['区教体局']);
  expect(spec.items[1].units).toEqual(['区卫健局', '区教体局']);
  expect(spec.units).toEqual([
    { id: '区人社局', fullName: '临淄区人力资源和社会保障局', aliases: [] },
    { id: '区妇联', fullName: '临淄区妇女联合会', aliases: [] },
    { id: '区卫健局', fullName: '临淄区卫生健康局', aliases: ['卫健局'] },
    { id: '区教体局', fullName: '临淄区教育和体育局', aliases: ['教体局', '教育和体育局'] },
  ]);
});

test('setItemUnits drops lead and target units no longer among the item\'s, and a unit no item names', () => {
  const { spec, added } = setItemUnits(parsedSpec(), 1, '区妇联');
  expect(added).toEqual([]);
  expect(spec.items[0]).toEqual({
    number: 1,
    name: '开展女性就业招聘',
    description: '',
    units: ['区妇联'],
    targets: [
      { id: '1.1', text: '不少于3场次', metric: '专场招聘活动', comparator: '>=', value: 3, measure: '场次', kind: 'cumulative' },
      { id: '1.2', text: '1200个以上', metric: '就业岗位', comparator: '>=', value: 1200, measure: '个', kind: 'cumulative' },
    ],
  });
  expect(spec.units.map((u) => u.id)).toEqual(['区妇联', '区卫健局']);
});
