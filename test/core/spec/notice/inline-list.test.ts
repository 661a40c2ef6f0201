import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (inline-list), on a fixture notice written for it: the whole digest, title and issuer. */
test('the whole list on one line after the list title (一、 never starts a line); /10万 and ‰ rates', () => {
  expect(styleFacts('one-line.txt')).toEqual({ digest: EXPECTED['one-line.txt'], listTitle: '宁川区2029年为民办实事工作方案', issuer: '宁川区人民政府办公室' });
});

test('(1)…(3) inside one paragraph; half-width (牵头单位:…,责任单位:…); the year only in the document number', () => {
  expect(styleFacts('one-paragraph.txt')).toEqual({ digest: EXPECTED['one-paragraph.txt'], listTitle: '重点民生项目', issuer: '青溪县人民政府' });
});

test('a whole notice in one paragraph (a web page): heading, signature, list title and 一、 items on one line; half-width brackets', () => {
  expect(styleFacts('web-one-paragraph.txt')).toEqual({ digest: EXPECTED['web-one-paragraph.txt'], listTitle: '石门县2030年关爱妇女儿童实事工作方案', issuer: '石门县人民政府办公室' });
});
