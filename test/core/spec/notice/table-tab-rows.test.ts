import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { digestOf, fixture, styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (table-tab-rows), on a fixture notice written for it: the whole digest, title and issuer. */
test('tab-separated rows with a header; the year only in the date; the issuer in the signature', () => {
  expect(styleFacts('tab-rows.txt')).toEqual({ digest: EXPECTED['tab-rows.txt'], listTitle: '全区为老服务实事', issuer: '枫林区民政局' });
});

test('tab rows whose 序号 are Chinese numerals (一, 二) and a 牵头单位 column', () => {
  const { spec } = parseNotice(fixture('tab-rows-cn-numbers.txt'));
  expect({ digest: digestOf(spec), listTitle: spec.listTitle, leads: spec.items.map((i) => i.leadUnits) }).toEqual({ digest: EXPECTED['tab-rows-cn-numbers.txt'], listTitle: '2031年南岭区民生实事任务分解表', leads: [['区住建局'], ['区民政局']] });
});
