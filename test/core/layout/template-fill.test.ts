import { filledTemplatePlan, unitContent } from '../../../src/core/layout/template-fill';
import { isoToSerial, serialToIso } from '../../../src/core/text/deadline';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';

const spec = LINZI_2026;

test('isoToSerial is the inverse of serialToIso from 1900-03-01 on', () => {
  expect(isoToSerial('2026-12-31')).toBe(46387);
  expect(isoToSerial('1900-03-01')).toBe(61);
  expect(serialToIso(isoToSerial('2026-09-30') ?? 0)).toBe('2026-09-30');
  expect(isoToSerial('1900-02-28')).toBeUndefined();
  expect(isoToSerial('2026年12月31日')).toBeUndefined();
});

test('a row, a date-cell deadline, a figure pair and the 填报日期 land in the cells found by their content', () => {
  const plan = filledTemplatePlan(spec, '区卫健局', 3, {
    filledOn: '2026年10月9日',
    rows: { 5: { text: '开展新生儿筛查。', deadline: { date: '2026-12-31', format: 'yyyy/m/d' } } },
    figures: { '2.1': [5100, 14200] },
  });
  const [progress, indicator] = plan.sheets;
  const at = (sheet: typeof progress, value: string | number) => sheet.cells.find((c) => c.value === value);
  const text = at(progress, '开展新生儿筛查。');
  const deadline = at(progress, 46387);
  expect(deadline?.row).toBe(text?.row);
  expect(progress.styles[deadline?.style ?? '']?.numberFormat).toBe('yyyy/m/d');
  expect(progress.cells.find((c) => c.row === text?.row && c.col === 0)?.value).toBe(5);
  expect(at(progress, '填报日期：2026年10月9日')).toBeDefined();
  expect(at(indicator, 14200)?.row).toBe(at(indicator, '2.1')?.row);
  expect(at(indicator, 5100)?.row).toBe(at(indicator, '2.1')?.row);
});

test('an item or target with no row in the unit template throws, naming the sheet', () => {
  expect(() => filledTemplatePlan(spec, '区卫健局', 3, { figures: { '99.1': [1, 1] } })).toThrow('no row with 99.1');
});

test('unitContent gives the unit its own rows and targets only', () => {
  const content = unitContent(spec, '区卫健局', { text: (n) => `第${n}项`, cumulative: () => 1 });
  expect(Object.keys(content.rows ?? {})).toEqual(['2', '5']);
  expect(Object.values(content.figures ?? {}).every(([q, c]) => q === null && c === 1)).toBe(true);
});
