import { validateBook } from '../../../src/core/validate';
import { filledBook, LINZI_2026, LINZI_UNITS } from '../../helpers/fixtures';

describe('a correctly filled table of each of the 15 units', () => {
  test.each(LINZI_UNITS)('%s: no error, no warning', (unit) => {
    const { report, findings } = validateBook(filledBook(LINZI_2026, unit, { file: `${unit}.xlsx` }), LINZI_2026, { quarter: 3 });
    expect(report.identity.unit).toBe(unit);
    expect(report.identity.quarter).toBe(3);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
