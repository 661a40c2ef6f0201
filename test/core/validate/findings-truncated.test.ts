import { findingFrom } from '../../../src/core/i18n/catalogue';
import { validateBook } from '../../../src/core/validate';
import { capFindings, MAX_FINDINGS_PER_CODE } from '../../../src/core/validate/cap';
import type { Finding } from '../../../src/core/validate/finding';
import { VALIDATE_MESSAGES } from '../../../src/core/validate/messages';
import { setCell } from '../../helpers/fixtures';
import { FILE, healthBook, LINZI_2026, PROGRESS, progressSheet } from './rules/rule-helpers';

test('a sheet with 5,000 bad rows lists 50 findings of the code, then one findings-truncated', () => {
  const book = healthBook();
  const sheet = progressSheet(book);
  const start = sheet.rows.length + sheet.origin.row;
  for (let i = 0; i < 5000; i++) {
    setCell(sheet, `A${start + i + 1}`, 900 + i);
    setCell(sheet, `B${start + i + 1}`, `不在清单的实事${i}`);
  }
  const { findings } = validateBook(book, LINZI_2026);
  const unknown = findings.filter((f) => f.code === 'item-unknown');
  expect(unknown).toHaveLength(MAX_FINDINGS_PER_CODE);
  expect(findings.filter((f) => f.code === 'findings-truncated')).toEqual([
    findingFrom(VALIDATE_MESSAGES, 'findings-truncated', { file: FILE, sheet: PROGRESS, cell: null }, { count: 4950, code: 'item-unknown' }),
  ]);
  expect(findings.find((f) => f.code === 'findings-truncated')?.message).toBe('还有 4950 处同类问题未列出（item-unknown）');
  expect(findings.length).toBeLessThan(120);
});

test('capFindings counts per sheet and code, keeps order, and adds the summary after the last kept', () => {
  const f = (code: string, sheet: string | null, cell: string): Finding => ({ code, severity: 'error', sheet, cell, message: code, hint: '' });
  const list = [f('a', 'S', 'A1'), f('a', 'S', 'A2'), f('a', 'S', 'A3'), f('b', 'S', 'B1'), f('a', 'T', 'A1'), f('a', 'T', 'A2')];
  expect(capFindings(list, 2)).toEqual([
    f('a', 'S', 'A1'),
    f('a', 'S', 'A2'),
    findingFrom(VALIDATE_MESSAGES, 'findings-truncated', { sheet: 'S', cell: null }, { count: 1, code: 'a' }),
    f('b', 'S', 'B1'),
    f('a', 'T', 'A1'),
    f('a', 'T', 'A2'),
  ]);
});
