import { indicatorEmpty } from '../../../../src/core/validate/rules/indicator-empty';
import { validateBook } from '../../../../src/core/validate';
import { readReport } from '../../../../src/core/read';
import { a1, parseA1 } from '../../../../src/core/sheet/grid';
import { filledBook, findCell, setCell } from '../../../helpers/fixtures';
import { expected, FILE, healthBook, INDICATOR, indicatorSheet, LINZI_2026, run } from './rule-helpers';

test('a blank 累计完成 of a target the unit reports alone is an error', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', null);
  expect(run(indicatorEmpty, book)).toEqual([
    expected('indicator-empty', INDICATOR, 'I4', { metric: '35—64岁妇女“两癌”免费检查', column: '累计完成' }, 'error'),
  ]);
});

test('a blank 本季度完成 and 累计完成 of a rate give one error each', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'H7', '');
  setCell(indicatorSheet(book), 'I7', null);
  expect(run(indicatorEmpty, book)).toEqual([
    expected('indicator-empty', INDICATOR, 'H7', { metric: '产前筛查率', column: '本季度完成' }, 'error'),
    expected('indicator-empty', INDICATOR, 'I7', { metric: '产前筛查率', column: '累计完成' }, 'error'),
  ]);
});

test('a per-person standard shared with another unit is only a warning', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I5', null);
  expect(run(indicatorEmpty, book)).toEqual([
    expected('indicator-empty', INDICATOR, 'I5', { metric: '低收入适龄妇女“两癌”保险每人保额', column: '累计完成' }, 'warning'),
  ]);
});

test('a count shared by several units is a warning', () => {
  const book = filledBook(LINZI_2026, '区妇联', { file: FILE });
  expect(run(indicatorEmpty, book)).toEqual([]);
  const sheet = indicatorSheet(book);
  const row = parseA1(findCell(sheet, '家庭教育大讲堂、订单式入校服务、新生家长培训等活动：不少于120场'))!.row;
  const cell = a1(row, parseA1('I1')!.col);
  setCell(sheet, cell, null);
  expect(run(indicatorEmpty, book)).toEqual([
    expected('indicator-empty', INDICATOR, cell, { metric: '家庭教育大讲堂、订单式入校服务、新生家长培训等活动', column: '累计完成' }, 'warning'),
  ]);
});

test('a correctly filled table gives nothing', () => {
  expect(run(indicatorEmpty, healthBook())).toEqual([]);
});

test('no indicator sheet: only indicator-sheet-missing, no indicator-empty', () => {
  const book = healthBook();
  book.sheets = book.sheets.filter((s) => s.name !== INDICATOR);
  const { findings } = validateBook(book, LINZI_2026);
  expect(findings.filter((f) => f.code === 'indicator-empty')).toEqual([]);
  expect(findings.map((f) => f.code)).toContain('indicator-sheet-missing');
});

test('unit unknown: off', () => {
  const book = healthBook();
  setCell(indicatorSheet(book), 'I4', null);
  const report = readReport(book, LINZI_2026);
  delete report.identity.unit;
  expect(run(indicatorEmpty, report)).toEqual([]);
});
