import { isMarkFill, MARK_FILLS, SEVERITY_WORDS } from '../../../src/core/marks/palette';

test('the one palette and the one set of severity words', () => {
  expect(MARK_FILLS).toEqual({ error: '#FFC7CE', warning: '#FFD8A8', info: '#DDEBF7' });
  expect(SEVERITY_WORDS).toEqual({ error: '错误', warning: '警告', info: '提示' });
});

test('isMarkFill: any case of a mark colour; another colour or a non-string is not', () => {
  expect([isMarkFill('#ffc7ce'), isMarkFill('#DDEBF7'), isMarkFill('#FFFFFF'), isMarkFill(null), isMarkFill(1)]).toEqual([true, true, false, false, false]);
});
