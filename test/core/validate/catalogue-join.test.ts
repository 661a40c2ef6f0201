import { localize, makeFinding, MESSAGES } from '../../../src/core/i18n/messages';
import { LEDGER_MESSAGES } from '../../../src/core/ledger/messages';
import { MERGE_MESSAGES } from '../../../src/core/merge/messages';
import { READ_MESSAGES } from '../../../src/core/read/messages';
import { VALIDATE_MESSAGES } from '../../../src/core/validate/messages';

test('the joined catalogue has every code of every room, none twice', () => {
  const all = [...Object.keys(READ_MESSAGES), ...Object.keys(VALIDATE_MESSAGES), ...Object.keys(MERGE_MESSAGES), ...Object.keys(LEDGER_MESSAGES)];
  expect(new Set(all).size).toBe(all.length);
  expect(Object.keys(MESSAGES).sort()).toEqual(all.sort());
});

test('a finding re-made in en-US keeps its place and params', () => {
  const f = makeFinding('deadline-unreadable', { file: 'a.xlsx', sheet: '进展情况表', cell: 'E5' }, { text: '尽快' });
  expect(localize(f, 'en-US')).toEqual({
    code: 'deadline-unreadable',
    severity: 'error',
    file: 'a.xlsx',
    sheet: '进展情况表',
    cell: 'E5',
    message: 'The deadline “尽快” cannot be read',
    hint: 'Write it like 2026年12月底, 2026年12月31日, 年底 or 长期坚持',
    params: { text: '尽快' },
  });
});
