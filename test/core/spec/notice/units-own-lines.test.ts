import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (units-own-lines), on a fixture notice written for it: the whole digest, title and issuer. */
test('牵头单位 / 配合单位 / 责任单位 labels with the names on lines of their own', () => {
  expect(styleFacts('units-own-lines.txt')).toEqual({ digest: EXPECTED['units-own-lines.txt'], listTitle: '2030年全县为妇女儿童办实事项目', issuer: '（未注明）' });
});

test('a unit column flattened: unit names on lines of their own with no label; ——targets; a 2021—2030年 title gives its first year', () => {
  expect(styleFacts('domain-column.txt')).toEqual({ digest: EXPECTED['domain-column.txt'], listTitle: '江源市儿童发展规划（2021—2030年）目标责任分解', issuer: '（未注明）' });
});
