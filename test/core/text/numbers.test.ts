import { parseChineseInteger, parseQuantity } from '../../../src/core/text/numbers';

describe('parseChineseInteger', () => {
  test.each([
    ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['九十九', 99], ['一百', 100], ['一百零五', 105],
    ['两千', 2000], ['三万五千', 35000], ['一亿两千万', 120000000], ['壹拾贰', 12], ['零', 0], ['12', 12], ['１２', 12],
  ])('%s is %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  test.each(['', '  ', '一二三', '1.5', '-3', '十二场', 'abc', '第一'])('rejects %j', (text) => {
    expect(parseChineseInteger(text)).toBeUndefined();
  });
});

describe('parseQuantity', () => {
  test.each<[string | number, ReturnType<typeof parseQuantity>]>([
    [2, { value: 2, percent: false }],
    ['2', { value: 2, percent: false }],
    ['２', { value: 2, percent: false }],
    [' 12 ', { value: 12, percent: false }],
    ['-1', { value: -1, percent: false }],
    ['1,200', { value: 1200, percent: false }],
    ['2场', { value: 2, measure: '场', percent: false }],
    ['2 场次', { value: 2, measure: '场次', percent: false }],
    ['三场', { value: 3, measure: '场', percent: false }],
    ['十二', { value: 12, percent: false }],
    ['两', { value: 2, percent: false }],
    ['两千', { value: 2000, percent: false }],
    ['1.9万', { value: 19000, percent: false }],
    ['1.9万名', { value: 19000, measure: '名', percent: false }],
    ['1.1万人', { value: 11000, measure: '人', percent: false }],
    ['90%', { value: 90, measure: '%', percent: true }],
    ['９０％', { value: 90, measure: '%', percent: true }],
    ['1万元', { value: 10000, measure: '元', percent: false }],
    ['3个百分点', { value: 3, measure: '个百分点', percent: false }],
    ['280个学位', { value: 280, measure: '个学位', percent: false }],
    ['12个班次', { value: 12, measure: '个班次', percent: false }],
    ['500人次', { value: 500, measure: '人次', percent: false }],
  ])('%j', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  test.each<string | number>(['', '   ', NaN, Infinity, '完成3场', '3场活动', '约', 'abc', '3斤', '1.2.3'])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});
