import { readUnitLabels } from '../../../../src/core/spec/notice/units';
import { parseNotice } from '../../../../src/core/spec/parse-notice';

/** Unit labels as real notices write them (issue 11): a bracket inside a name, a closing 等部门. */
test('a name holding a bracket (各乡镇（街道）人民政府) and a trailing 等部门 are read as the names', () => {
  expect(readUnitLabels('(牵头单位:县卫生健康局,责任单位:各乡镇(街道)人民政府、县妇联等部门)')).toEqual([
    { name: '县卫生健康局', lead: true },
    { name: '各乡镇(街道)人民政府', lead: false },
    { name: '县妇联', lead: false },
  ]);
  const { spec } = parseNotice('2030年实事\n一、筛查。为3万名儿童筛查。（牵头单位：县卫健局，责任单位：各乡镇（街道）人民政府）\n二、培训。培训200人。（责任单位：县妇联等单位）\n');
  expect(spec.items.map((i) => [i.name, i.units, i.description])).toEqual([
    ['筛查', ['县卫健局', '各乡镇(街道)人民政府'], '为3万名儿童筛查。'],
    ['培训', ['县妇联'], '培训200人。'],
  ]);
});

/** Held-out notice of another reader: the label after a comma ended each item's name instead of naming its units. */
test('a 责任单位 label after a comma (…40座，责任单位：…；) names the units and ends the item name', () => {
  const { spec } = parseNotice('2031年民生实事：（1）新建口袋公园12个，责任单位：市园林局；（2）培训家政服务员3000人次，责任单位：市人社局、市妇联；（3）新增停车泊位800个,责任单位:市交通运输局。\n');
  expect(spec.items.map((i) => [i.name, i.units])).toEqual([
    ['新建口袋公园12个', ['市园林局']],
    ['培训家政服务员3000人次', ['市人社局', '市妇联']],
    ['新增停车泊位800个', ['市交通运输局']],
  ]);
});
