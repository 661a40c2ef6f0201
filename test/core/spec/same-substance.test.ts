import { readFileSync } from 'fs';
import { join } from 'path';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { parseNotice } from '../../../src/core/spec/parse-notice';
import type { TemplateSpec } from '../../../src/core/spec/schema';
import { sameSubstance } from '../../../src/core/spec/substance';

const NOTICE = readFileSync(join(__dirname, '../../../data/2026-linzi-notice.txt'), 'utf8');
const copy = (): TemplateSpec => JSON.parse(JSON.stringify(LINZI_2026)) as TemplateSpec;

test('the 2026 notice parsed again has the substance of the embedded LINZI_2026', () => {
  expect(sameSubstance(parseNotice(NOTICE).spec, LINZI_2026)).toBe(true);
  expect(sameSubstance(LINZI_2026, parseNotice(NOTICE).spec)).toBe(true);
});

test('ids, versions and wording do not count', () => {
  const b = copy();
  b.id = 'other';
  b.version = '9';
  b.listTitle = '另一个标题';
  b.tableTitle = '另一个表名';
  b.items[0].description = '改写的说明';
  b.items[0].targets[0].metric = '招聘会';
  b.items[0].targets[0].text = '2场次以上';
  b.items[0].targets[0].id = 'x';
  b.items[1].name = ` ${b.items[1].name}\n`;
  delete b.items[0].targets[0].units;
  expect(sameSubstance(LINZI_2026, b)).toBe(true);
});

test.each<[string, (s: TemplateSpec) => void]>([
  ['a target value', (s) => (s.items[1].targets[0].value = 20000)],
  ['a measure', (s) => (s.items[0].targets[0].measure = '场')],
  ['a comparator', (s) => (s.items[0].targets[0].comparator = '=')],
  ['a kind', (s) => (s.items[0].targets[0].kind = 'frequency')],
  ['a target dropped', (s) => s.items[0].targets.pop()],
  ['an item name', (s) => (s.items[2].name = '别的实事')],
  ['an item number', (s) => (s.items[2].number = 30)],
  ['the units of an item', (s) => s.items[0].units.reverse()],
  ['an item dropped', (s) => s.items.pop()],
  ['the year', (s) => (s.year = 2027)],
])('a different %s is a different substance', (_case, change) => {
  const b = copy();
  change(b);
  expect(sameSubstance(LINZI_2026, b)).toBe(false);
});
