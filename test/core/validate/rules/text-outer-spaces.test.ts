import { textOuterSpaces } from '../../../../src/core/validate/rules/text-outer-spaces';
import { setCell } from '../../../helpers/fixtures';
import { expected, healthBook, PROGRESS, progressSheet, run } from './rule-helpers';

test('trailing spaces and a leading half-width space are infos', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '本季度开展两癌检查工作，进展顺利。  \n');
  setCell(progressSheet(book), 'E5', ' 2026年12月底');
  expect(run(textOuterSpaces, book)).toEqual([expected('text-outer-spaces', PROGRESS, 'D5'), expected('text-outer-spaces', PROGRESS, 'E5')]);
});

test('a paragraph indent of U+3000 alone is not flagged', () => {
  const book = healthBook();
  setCell(progressSheet(book), 'D5', '\u3000\u3000本季度开展两癌检查工作，进展顺利。');
  expect(run(textOuterSpaces, book)).toEqual([]);
});
