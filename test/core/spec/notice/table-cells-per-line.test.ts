import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (table-cells-per-line), on a fixture notice written for it: the whole digest, title and issuer. */
test('a table flattened one cell per line: a bare 序号 line, a header row, units over two lines, a deadline cell', () => {
  expect(styleFacts('cells-per-line.txt')).toEqual({ digest: EXPECTED['cells-per-line.txt'], listTitle: '桐江市2027年妇女儿童实事项目', issuer: '桐江市人民政府办公室' });
});

test('the list only in the attachment, one cell per line with blank lines between; names that hold the target; deadlines with words (9月投入使用); a sub-row without 序号', () => {
  expect(styleFacts('cells-blank-lines.txt')).toEqual({ digest: EXPECTED['cells-blank-lines.txt'], listTitle: '2027年民生实事目标任务分解表', issuer: '平安县人民政府办公室' });
});
