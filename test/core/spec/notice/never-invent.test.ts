import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { reviewPoints } from '../../../../src/core/spec/review';
import { parseTemplateSpec } from '../../../../src/core/spec/schema';
import { digestOf, fixture } from './digest';
import { EXPECTED } from './expected';

/**
 * Issue 11 "never invent": a notice with no year, an item with no units, an approximate figure and a sum that may be
 * a total or a standard per head. The draft has no year and no placeholder unit; the review points list them first.
 */
test('no year, no units, 约40个 and 发放助学金1500元: left unknown and listed for review, nothing invented', () => {
  const { spec, findings } = parseNotice(fixture('never-invent.txt'));
  expect(digestOf(spec)).toEqual(EXPECTED['never-invent.txt']);
  expect(spec.units.map((u) => u.id)).toEqual(['区民政局']);
  expect(spec.items[0].targets[0]).toEqual({ id: '1.1', text: '1500元', metric: '困境儿童发放助学金', comparator: '=', value: 1500, measure: '元', kind: 'cumulative', doubt: 'total-or-per-person' });
  expect(findings.filter((f) => f.code === 'year-not-found' || f.code === 'item-no-units')).toEqual([
    { code: 'item-no-units', message: '第2项“暑期托管”未列责任单位，请补充。', line: 3 },
    { code: 'year-not-found', message: '清单标题、文号和成文日期中都没有计划年度，请补充年度。' },
  ]);
  expect(reviewPoints(spec)).toEqual([
    { code: 'year-unknown', message: '通知中没有找到计划年度：请填写年度（完成时限按它检查）。' },
    { code: 'item-no-units', message: '第2项“暑期托管”没有责任单位：请填写责任单位（否则不会向任何单位催报此项）。', item: 2 },
    { code: 'target-total-or-per-person', message: '第1项指标1.1“1500元”可能是总数，也可能是每人标准：已按总数读取，如是每人标准请改为“每人标准”。', item: 1, target: '1.1' },
    { code: 'target-approximate', message: '第2项指标2.1“约40个”是约数：请确认按40个统计。', item: 2, target: '2.1' },
  ]);
  const check = parseTemplateSpec(spec);
  expect(check.ok ? [] : check.errors).toEqual(['year: Invalid input: expected number, received undefined']);
  expect(parseTemplateSpec({ ...spec, year: 2026 }).ok).toBe(true);
});

test('a news item listing the projects with no units at all: the year from the sentence that introduces the list, no unit and no coordinator invented', () => {
  const { spec } = parseNotice(fixture('news-no-units.txt'));
  expect(digestOf(spec)).toEqual(EXPECTED['news-no-units.txt']);
  expect({ units: spec.units, coordinator: spec.coordinator }).toEqual({ units: [], coordinator: '' });
  expect(reviewPoints(spec).map((p) => p.code)).toEqual(['coordinator-unknown', 'item-no-units', 'item-no-units', 'item-no-units']);
  expect(parseTemplateSpec(spec).ok).toBe(true);
});
