import { parseNotice } from '../../../../src/core/spec/parse-notice';
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

test('a one-paragraph notice whose title runs into 关于 with no space names its issuer (held-out notice of another reader)', () => {
  const { spec } = parseNotice('岭北县人民政府办公室关于印发岭北县2032年为民办实事方案的通知 岭政办发〔2032〕3号 各乡镇人民政府: 现印发给你们。 岭北县2032年为民办实事方案 一、建设乡村公路20公里。(责任单位:县交通运输局) 二、培训农村妇女500人次。(责任单位:县妇联)');
  expect(spec.issuer).toBe('岭北县人民政府办公室');
});
