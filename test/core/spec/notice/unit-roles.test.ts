import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { digestOf, fixture } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (unit-roles): units named by their role in brackets, "(区民政局牵头,区财政局配合)", "(区妇联负责)". */
test('units named by role: 牵头 is lead, 配合 the others, 负责 alone; 学时 and 件次 are measure words', () => {
  const { spec } = parseNotice(fixture('role-brackets.txt'));
  expect({ digest: digestOf(spec), leads: spec.items.map((i) => i.leadUnits ?? []) }).toEqual({
    digest: EXPECTED['role-brackets.txt'],
    leads: [['区民政局'], [], ['区卫健局']],
  });
});
