import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (title-line-targets), on a fixture notice written for it: the whole digest, title and issuer. */
test('targets in the item title line (name and targets at once); the issuer in a red header (…文件)', () => {
  expect(styleFacts('title-line-targets.txt')).toEqual({ digest: EXPECTED['title-line-targets.txt'], listTitle: '区政府重点民生实事', issuer: '潮安区人民政府办公室' });
});
