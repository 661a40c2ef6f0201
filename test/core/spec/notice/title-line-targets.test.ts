import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { digestOf, fixture } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (title-line-targets), on a fixture notice written for it: the whole digest, title and issuer. */
test('targets in the item title line (name and targets at once); the issuer in a red header (…文件)', () => {
  const { spec } = parseNotice(fixture('title-line-targets.txt'));
  expect({ digest: digestOf(spec), listTitle: spec.listTitle, issuer: spec.issuer }).toEqual({ digest: EXPECTED['title-line-targets.txt'], listTitle: '区政府重点民生实事', issuer: '潮安区人民政府办公室' });
});
