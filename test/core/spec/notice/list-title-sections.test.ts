import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (list-title-sections), on a fixture notice written for it: the whole digest, title and issuer. */
test('the headline list title, not the section headings (一、总体要求 / 二、主要内容) around the (一) list', () => {
  expect(styleFacts('sections-headline.txt')).toEqual({ digest: EXPECTED['sections-headline.txt'], listTitle: '2032年白石区民生实事项目实施方案', issuer: '白石区人民政府办公室' });
});
