import { validateBook } from '../../../src/core/validate';
import { DEFECTS, filledBook, LINZI_2026 } from '../../helpers/fixtures';

describe('each defect yields its code at its cell (grids)', () => {
  test.each(DEFECTS.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const book = structuredClone(filledBook(LINZI_2026, '区卫健局', { file: 't.xlsx' }));
    d.break(book);
    const { findings } = validateBook(book, LINZI_2026, { quarter: 3, ...d.opts });
    expect(findings).toContainEqual(expect.objectContaining({ code: d.code, sheet: d.sheet, cell: d.cell, file: 't.xlsx' }));
  });
});
