import { defaultQuarter } from '../../../src/core/text/quarter';

describe('defaultQuarter: the quarter of (today − 20 days)', () => {
  test.each([
    ['2026-10-10', 3],
    ['2026-10-25', 4],
    ['2027-01-05', 4],
    ['2026-12-20', 4],
    ['2026-04-20', 1],
    ['2026-04-21', 2],
    ['2026-07-01T09:00:00+08:00', 2],
    ['２０２６-０３-３１', 1],
  ])('%s reports quarter %i', (day, q) => {
    expect(defaultQuarter(day)).toBe(q);
  });

  test('a Date uses its local calendar day', () => {
    expect(defaultQuarter(new Date(2026, 9, 10, 23, 59))).toBe(3);
    expect(defaultQuarter(new Date(2026, 9, 25, 0, 1))).toBe(4);
    expect(defaultQuarter(new Date(2027, 0, 5))).toBe(4);
  });

  test('bad input throws RangeError', () => {
    expect(() => defaultQuarter('soon')).toThrow(RangeError);
    expect(() => defaultQuarter('2026-13-01')).toThrow(RangeError);
    expect(() => defaultQuarter(new Date(NaN))).toThrow(RangeError);
  });
});
