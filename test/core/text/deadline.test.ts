import { parseDeadline, parseDay, serialToIso } from '../../../src/core/text/deadline';

const date = (iso: string, precision: string) => ({ kind: 'date', iso, precision });

describe('parseDeadline', () => {
  test.each([
    ['2026年12月31日', date('2026-12-31', 'day')],
    ['2026-12-31', date('2026-12-31', 'day')],
    ['2026/12/31', date('2026-12-31', 'day')],
    ['2026.12.31', date('2026-12-31', 'day')],
    ['20261231', date('2026-12-31', 'day')],
    ['２０２６年１２月３１日', date('2026-12-31', 'day')],
    ['2026年12月底', date('2026-12-31', 'month')],
    ['2026年12月底前', date('2026-12-31', 'month')],
    ['2026年12月', date('2026-12-31', 'month')],
    ['2026年2月', date('2026-02-28', 'month')],
    ['2028年2月', date('2028-02-29', 'month')],
    ['2026.12', date('2026-12-31', 'month')],
    ['2026-6', date('2026-06-30', 'month')],
    ['12月31日前', date('2026-12-31', 'day')],
    ['12月31日之前', date('2026-12-31', 'day')],
    ['12月底', date('2026-12-31', 'month')],
    ['6月前', date('2026-06-30', 'month')],
    ['11月份', date('2026-11-30', 'month')],
    ['年底', date('2026-12-31', 'year')],
    ['年底前', date('2026-12-31', 'year')],
    ['年内', date('2026-12-31', 'year')],
    ['年内完成', date('2026-12-31', 'year')],
    ['全年', date('2026-12-31', 'year')],
    ['2026年底', date('2026-12-31', 'year')],
    ['2027年', date('2027-12-31', 'year')],
    ['上半年', date('2026-06-30', 'half')],
    ['下半年', date('2026-12-31', 'half')],
    ['第一季度', date('2026-03-31', 'quarter')],
    ['三季度', date('2026-09-30', 'quarter')],
    ['第四季度', date('2026-12-31', 'quarter')],
    ['2026年6月至12月', date('2026-12-31', 'month')],
    ['　2026年12月底　', date('2026-12-31', 'month')],
  ])('%s', (text, expected) => {
    expect(parseDeadline(text, 2026)).toEqual(expected);
  });

  test.each(['长期坚持', '持续推进', '常态化', '常态化开展', '长期', '持续开展'])('ongoing: %s', (text) => {
    expect(parseDeadline(text, 2026)).toEqual({ kind: 'ongoing' });
  });

  test('empty: null, blank, U+3000', () => {
    expect(parseDeadline(null, 2026)).toEqual({ kind: 'empty' });
    expect(parseDeadline('', 2026)).toEqual({ kind: 'empty' });
    expect(parseDeadline('　 \n', 2026)).toEqual({ kind: 'empty' });
    expect(parseDeadline({ value: null, text: '' }, 2026)).toEqual({ kind: 'empty' });
  });

  test.each(['尽快', '2026年13月', '2026年2月30日', '已完成', 'abc'])('unreadable: %s', (text) => {
    expect(parseDeadline(text, 2026)).toEqual({ kind: 'unreadable', text });
  });

  test('date cell (serial with date format)', () => {
    expect(parseDeadline({ value: 46387, text: '2026/12/31', isDate: true, numberFormat: 'yyyy/m/d' }, 2026)).toEqual(
      date('2026-12-31', 'day'),
    );
  });

  test('serial that lost its date format', () => {
    expect(parseDeadline(46387, 2026)).toEqual(date('2026-12-31', 'day'));
  });

  test('number 2026.12 typed in a General cell', () => {
    expect(parseDeadline({ value: 2026.12, text: '2026.12' }, 2026)).toEqual(date('2026-12-31', 'month'));
    expect(parseDeadline({ value: 2026.1, text: '2026.10' }, 2026)).toEqual(date('2026-10-31', 'month'));
    expect(parseDeadline({ value: 2026.1, text: '2026.1' }, 2026)).toEqual(date('2026-01-31', 'month'));
    expect(parseDeadline(2026, 2026)).toEqual(date('2026-12-31', 'year'));
  });

  test('NaN, booleans and odd numbers are unreadable, never thrown', () => {
    expect(parseDeadline(Number.NaN, 2026)).toEqual({ kind: 'unreadable', text: 'NaN' });
    expect(parseDeadline({ value: true, text: 'TRUE' }, 2026)).toEqual({ kind: 'unreadable', text: 'TRUE' });
    expect(parseDeadline(12, 2026)).toEqual({ kind: 'unreadable', text: '12' });
  });
});

describe('serialToIso (1900 date system with the 1900-02-29 bug)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [46022, '2025-12-31'],
    [46387, '2026-12-31'],
    [46387.75, '2026-12-31'],
  ])('%d -> %s', (serial, iso) => expect(serialToIso(serial)).toBe(iso));
  test('out of range', () => {
    expect(serialToIso(0)).toBeUndefined();
    expect(serialToIso(3e6)).toBeUndefined();
  });
});

describe('parseDay', () => {
  test('a day or nothing', () => {
    expect(parseDay('2026年10月8日', 2026)).toBe('2026-10-08');
    expect(parseDay('10月8日', 2026)).toBe('2026-10-08');
    expect(parseDay('年  月  日', 2026)).toBeUndefined();
    expect(parseDay('2026年10月', 2026)).toBeUndefined();
  });
});
