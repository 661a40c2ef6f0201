import { templateVersionDiffers } from '../../../../src/core/validate/rules/template-version-differs';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, run } from './rule-helpers';

test('metadata of an older version gives one file-level warning', () => {
  const book = healthBook();
  const meta = book.sheets.find((s) => s.name.startsWith('_ptmeta'));
  if (!meta) throw new Error('no metadata');
  setCell(meta, 'B4', '0.9');
  expect(run(templateVersionDiffers, book)).toEqual([
    expected('template-version-differs', null, null, { found: 'linzi-2026-women-children 0.9', expected: 'linzi-2026-women-children 1' }),
  ]);
});

test('the current template, or a hand-made file without metadata, gives nothing', () => {
  expect(run(templateVersionDiffers, healthBook())).toEqual([]);
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => !s.name.startsWith('_ptmeta'));
  expect(run(templateVersionDiffers, book)).toEqual([]);
});
