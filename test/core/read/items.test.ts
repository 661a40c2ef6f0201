import { itemByName, matchItem, parseItemNumber } from '../../../src/core/read/items';
import type { ReadCell } from '../../../src/core/read/report';
import { LINZI_2026 } from '../../helpers/fixtures';

const rc = (value: string | number | null): ReadCell => ({ cell: 'A1', raw: value === null ? undefined : { value, text: String(value) }, text: value === null ? '' : String(value).trim() });

describe('parseItemNumber', () => {
  test.each([
    [1, 1], ['1', 1], ['01', 1], ['1.', 1], ['1、', 1], ['（1）', 1], ['一', 1], ['一、', 1], ['（十）', 10], ['第三项', 3], ['２', 2], [' 3 ', 3],
  ])('%s -> %d', (v, n) => expect(parseItemNumber(rc(v))).toBe(n));
  test.each([[null], ['x'], [0], [1.5], ['1.1'], [-2], ['']])('%s -> undefined', (v) => expect(parseItemNumber(rc(v))).toBeUndefined());
});

describe('matchItem: name wins', () => {
  test('number and name agree', () => {
    expect(matchItem(LINZI_2026, rc(2), rc('保护和增进妇女健康'))).toEqual({ item: LINZI_2026.items[1], by: 'number+name' });
  });
  test('they disagree: the name wins', () => {
    expect(matchItem(LINZI_2026, rc(7), rc('保护和增进妇女健康'))).toEqual({ item: LINZI_2026.items[1], by: 'name' });
  });
  test('a changed name: the number maps it', () => {
    expect(matchItem(LINZI_2026, rc(2), rc('卫生工作'))).toEqual({ item: LINZI_2026.items[1], by: 'number' });
  });
  test('neither', () => {
    expect(matchItem(LINZI_2026, rc(11), rc('其他工作'))).toBeUndefined();
  });
  test('names with breaks, spaces and punctuation; a longer or shorter name', () => {
    expect(itemByName(LINZI_2026, '保护和增进\n妇女 健康')?.number).toBe(2);
    expect(itemByName(LINZI_2026, '“保护和增进妇女健康”')?.number).toBe(2);
    expect(itemByName(LINZI_2026, '保护和增进妇女健康工作')?.number).toBe(2);
    expect(itemByName(LINZI_2026, '健康')).toBeUndefined();
  });
});
