import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { digestOf, fixture } from './digest';
import { EXPECTED } from './expected';

/** Notice style of issue 11 (table-cells-per-line), on a fixture notice written for it: the whole digest, title and issuer. */
test('a table flattened one cell per line: a bare 序号 line, a header row, units over two lines, a deadline cell', () => {
  const { spec } = parseNotice(fixture('cells-per-line.txt'));
  expect({ digest: digestOf(spec), listTitle: spec.listTitle, issuer: spec.issuer }).toEqual({ digest: EXPECTED['cells-per-line.txt'], listTitle: '桐江市2027年妇女儿童实事项目', issuer: '桐江市人民政府办公室' });
});
