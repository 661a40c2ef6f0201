import { readFileSync } from 'fs';
import { join } from 'path';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { parseNotice } from '../../../src/core/spec/parse-notice';
import { parseTemplateSpec, type SpecDraft } from '../../../src/core/spec/schema';

/**
 * The acceptance test of issue 6: the seed notice parses to exactly the embedded 2026 spec — heading facts, columns,
 * units (with full names and aliases from the built-in directory), items (name, description, units in order) and
 * targets (id, text, comparator, value, measure, kind). Two fields are a human reading, not in the notice, and are
 * left out: a target's `metric` wording and its narrower `units`; and the spec's id/version (the parser makes its own).
 */
const NOTICE = readFileSync(join(__dirname, '../../../data/2026-linzi-notice.txt'), 'utf8');

function comparable(spec: SpecDraft) {
  const { id: _id, version: _version, ...rest } = spec;
  return {
    ...rest,
    items: spec.items.map((item) => ({
      ...item,
      targets: item.targets.map(({ metric: _metric, units: _units, ...t }) => t),
    })),
  };
}

test('the seed notice parses to the embedded 2026 spec, with no findings', () => {
  const { spec, findings } = parseNotice(NOTICE);
  expect(findings).toEqual([]);
  expect(comparable(spec)).toEqual(comparable(LINZI_2026));
});

test('the parsed seed spec is a valid TemplateSpec with a metric for every target', () => {
  const { spec } = parseNotice(NOTICE);
  expect(parseTemplateSpec(spec).ok).toBe(true);
  for (const t of spec.items.flatMap((i) => i.targets)) expect(t.metric.length).toBeGreaterThan(1);
});

test('the seed notice with CRLF line ends and full-width digits parses the same', () => {
  const variant = NOTICE.replace(/\n/g, '\r\n').replace('不少于2场次', '不少于２场次');
  const { spec, findings } = parseNotice(variant);
  expect(findings).toEqual([]);
  const expected = comparable(LINZI_2026);
  expected.items[0].targets[0].text = '不少于２场次';
  expected.items[0].description = expected.items[0].description.replace('不少于2场次', '不少于２场次');
  expect(comparable(spec)).toEqual(expected);
});

test('parsing is deterministic: same text, same spec id', () => {
  expect(parseNotice(NOTICE).spec).toEqual(parseNotice(NOTICE).spec);
});

test('an empty text gives no items and an items-not-found finding, never a throw', () => {
  const { spec, findings } = parseNotice('');
  expect(spec.items).toEqual([]);
  expect(findings).toContainEqual({ code: 'items-not-found', message: '未找到编号的实事条目（一、/（一）/1./1、/(1)/①/一是……），也没有找到带序号的表格，请检查通知文本。' });
  expect(parseTemplateSpec(spec).ok).toBe(false);
});
