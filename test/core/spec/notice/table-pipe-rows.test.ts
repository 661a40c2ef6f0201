import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (table-pipe-rows), on a fixture notice written for it: the whole digest, title and issuer. */
test('pipe-separated rows with a header (牵头单位 / 配合单位 columns) and a sub-row without 序号', () => {
  expect(styleFacts('pipe-rows.txt')).toEqual({ digest: EXPECTED['pipe-rows.txt'], listTitle: '江北区2026年民生实事任务分解表', issuer: '（未注明）' });
});

test('a unit cell that names roles itself (牵头：…；配合：…) gives the lead and the others', () => {
  const { spec } = parseNotice('2031年实事任务\n| 序号 | 实事项目 | 具体内容 | 责任单位 |\n| 1 | 母婴室建设 | 新建母婴室20个 | 牵头：区卫健局；配合：区妇联、区商务局 |\n| 2 | 儿童之家 | 新建儿童之家12个 | 区民政局 |\n');
  expect(spec.items.map((i) => ({ name: i.name, units: i.units, leadUnits: i.leadUnits }))).toEqual([
    { name: '母婴室建设', units: ['区卫健局', '区妇联', '区商务局'], leadUnits: ['区卫健局'] },
    { name: '儿童之家', units: ['区民政局'], leadUnits: undefined },
  ]);
});
