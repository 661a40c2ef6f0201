import { mergeReports } from '../../../src/core/merge/merge';
import { makeReport, testSpec } from './fixtures';

/**
 * Two files of one unit with the same 填报日期 and different content (a corrected copy): the later modifiedAt wins;
 * the roster names winner and superseded file. (The same content twice is one submission: merge-same-content-one-submission.)
 */
test('same 填报日期 twice: the later modifiedAt wins and the roster names both files', () => {
  const spec = testSpec();
  const a = { file: 'in/卫健局.xlsx', report: makeReport('in/卫健局.xlsx', '区卫健局', { quarter: 3, filledOn: '2026-10-09' }), findings: [], modifiedAt: '2026-10-09T10:00:00Z' };
  const b = { file: 'in/卫健局(改).xlsx', report: makeReport('in/卫健局(改).xlsx', '区卫健局', { quarter: 3, filledOn: '2026-10-09', texts: { 2: '改过的进展情况' } }), findings: [], modifiedAt: '2026-10-09T16:00:00Z' };
  for (const inputs of [[a, b], [b, a]]) {
    const { roster, findings } = mergeReports(inputs, spec, { quarter: 3 });
    expect(roster.units.find((u) => u.unit === '区卫健局')).toMatchObject({
      status: 'submitted',
      file: 'in/卫健局(改).xlsx',
      duplicate: true,
      files: ['in/卫健局(改).xlsx', 'in/卫健局.xlsx'],
      reason: '区卫健局报送了2份文件，采用卫健局(改).xlsx',
    });
    expect(roster.files.find((f) => f.file === 'in/卫健局.xlsx')).toEqual({
      file: 'in/卫健局.xlsx',
      status: 'superseded',
      supersededBy: 'in/卫健局(改).xlsx',
      unit: '区卫健局',
      unitText: '区卫健局',
      quarter: 3,
      filledOn: '2026-10-09',
      modifiedAt: '2026-10-09T10:00:00Z',
      errors: 0,
      warnings: 0,
      reasonCode: 'merge-file-superseded',
      reason: '文件卫健局.xlsx已被同一单位的卫健局(改).xlsx替代，未采用',
    });
    expect(roster.files.find((f) => f.file === 'in/卫健局(改).xlsx')).toMatchObject({ status: 'merged' });
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['merge-unit-duplicate', 'merge-file-superseded']));
  }
});
