import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (table-pipe-rows), on a fixture notice written for it: the whole digest, title and issuer. */
test('pipe-separated rows with a header (牵头单位 / 配合单位 columns) and a sub-row without 序号', () => {
  expect(styleFacts('pipe-rows.txt')).toEqual({ digest: EXPECTED['pipe-rows.txt'], listTitle: '江北区2026年民生实事任务分解表', issuer: '（未注明）' });
});
